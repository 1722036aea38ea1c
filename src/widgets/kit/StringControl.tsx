// A string parameter as a text box.
import { useId } from 'react';
import type { StringSpec } from '../schema';

export function StringControl({
  spec,
  value,
  onChange,
  className,
}: {
  spec: StringSpec;
  value: string;
  onChange: (v: string) => void;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`control control-string ${className ?? ''}`}>
      <label htmlFor={id}>{spec.label}</label>
      <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
