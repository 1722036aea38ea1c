// A boolean parameter as a checkbox, optionally with the colour key of what it shows.
import { useId } from 'react';
import type { BooleanSpec } from '../schema';
import { Swatch } from './Swatch';
import './kit.css';

export function BooleanControl({
  spec,
  value,
  onChange,
  swatch,
  className,
}: {
  spec: BooleanSpec;
  value: boolean;
  onChange: (v: boolean) => void;
  swatch?: string;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`control control-boolean ${className ?? ''}`}>
      <input id={id} type="checkbox" checked={value} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>
        {swatch && <Swatch color={swatch} />}
        {spec.label}
      </label>
    </div>
  );
}
