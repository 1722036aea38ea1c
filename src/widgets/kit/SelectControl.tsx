// An enum parameter as a drop-down (the default for enums).
import { useId } from 'react';
import type { EnumSpec } from '../schema';

export function SelectControl<O extends string>({
  spec,
  value,
  onChange,
  className,
}: {
  spec: EnumSpec<O>;
  value: O;
  onChange: (v: O) => void;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`control control-enum ${className ?? ''}`}>
      <label htmlFor={id}>{spec.label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const picked = spec.options.find((o) => o === e.target.value);
          if (picked !== undefined) onChange(picked);
        }}
      >
        {spec.options.map((o) => (
          <option key={o} value={o}>
            {spec.optionLabels?.[o] ?? o}
          </option>
        ))}
      </select>
    </div>
  );
}
