// A number parameter: a slider (linear or log) and a number box that accepts typed values once
// they parse. Never leaves the schema's range.
import { useId } from 'react';
import type { NumberSpec } from '../schema';
import { formatNumber } from './format';
import { NumberBox } from './NumberBox';
import { sliderScale } from './slider-scale';

export function NumberControl({
  spec,
  value,
  onChange,
  onTouch,
  className,
}: {
  spec: NumberSpec;
  value: number;
  onChange: (v: number) => void;
  /** The slider was pressed or focused: it is about to move. */
  onTouch?: () => void;
  className?: string;
}) {
  const id = useId();
  const { toSlider, fromSlider, step } = sliderScale(spec);
  return (
    <div className={`control control-number ${className ?? ''}`}>
      <label htmlFor={id}>{spec.label}</label>
      {/* slider, box and unit wrap as one: never a box on a line of its own */}
      <span className="control-number-input">
        <input
          id={id}
          type="range"
          min={toSlider(spec.min)}
          max={toSlider(spec.max)}
          step={step}
          value={toSlider(value)}
          aria-valuetext={`${formatNumber(value)}${spec.unit ?? ''}`}
          onChange={(e) => onChange(fromSlider(Number(e.target.value)))}
          onFocus={onTouch}
          onPointerDown={onTouch}
        />
        <NumberBox spec={spec} shown={formatNumber(value, 6)} onChange={onChange} />
        {spec.unit && <span className="control-unit">{spec.unit}</span>}
      </span>
    </div>
  );
}
