// The batch size B: a slider over listed sizes that divide 10,000 (1, 2, 5, 10, … 10,000) and
// a number box for any whole number from 1 to 10,000.
import { useId } from 'react';
import { INFERENCE_BATCH_SIZES } from '../../../experiments/client';
import type { NumberSpec } from '../../schema';
import { NumberBox } from '../../kit';
import { batchIndex, int } from '../model';

export function BatchSlider({
  spec,
  value,
  onChange,
}: {
  spec: NumberSpec;
  value: number;
  onChange: (v: number) => void;
}) {
  const id = useId();
  return (
    <div className="control control-number mnist-inference-batch">
      <label htmlFor={id}>{spec.label}</label>
      <span className="control-number-input">
        <input
          id={id}
          type="range"
          min={0}
          max={INFERENCE_BATCH_SIZES.length - 1}
          step={1}
          value={batchIndex(value)}
          aria-valuetext={`${int(value)}장`}
          onChange={(e) => onChange(INFERENCE_BATCH_SIZES[Number(e.target.value)])}
        />
        <NumberBox spec={spec} shown={String(value)} step={1} onChange={onChange} />
      </span>
    </div>
  );
}
