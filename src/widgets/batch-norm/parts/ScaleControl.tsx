// The weight-scale slider: the schema keeps the index (0..15) of np.logspace(0, −4, 16); the
// reader sees and hears w itself.
import { useId } from 'react';
import { BN_WEIGHT_SCALES } from '../../../experiments/client';
import { formatScale, scaleOf } from '../model';

export function ScaleControl({
  label,
  index,
  onChange,
}: {
  label: string;
  index: number;
  onChange: (index: number) => void;
}) {
  const id = useId();
  const w = formatScale(scaleOf(index));
  const n = BN_WEIGHT_SCALES.length;
  return (
    <div className="control bn__scale">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={n - 1}
        step={1}
        value={index}
        aria-valuetext={`w = ${w} (${n}가지 중 ${index + 1}번째)`}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor={id} data-scale={w}>
        w = {w}
      </output>
    </div>
  );
}
