// An enum parameter as radio buttons, every option in view (`control: 'radio'` in the schema).
import { useId } from 'react';
import type { EnumSpec } from '../schema';
import './kit.css';

export function RadioControl<O extends string>({
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
  const name = useId();
  return (
    <fieldset className={`control control-radio ${className ?? ''}`}>
      <legend>{spec.label}</legend>
      {spec.options.map((o) => (
        <label key={o}>
          <input
            type="radio"
            name={name}
            value={o}
            checked={value === o}
            onChange={() => onChange(o)}
          />
          {spec.optionLabels?.[o] ?? o}
        </label>
      ))}
    </fieldset>
  );
}
