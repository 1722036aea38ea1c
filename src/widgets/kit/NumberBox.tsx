// A number parameter's text box: keeps what the reader types until it parses, then the value
// follows (never leaving the schema's range); marked invalid meanwhile. Beside a slider in
// NumberControl and in widgets' own sliders (mnist-inference's batch sizes).
import { useState } from 'react';
import { parseValue, type NumberSpec } from '../schema';

export function NumberBox({
  spec,
  shown,
  step = 'any',
  onChange,
}: {
  spec: NumberSpec;
  /** the value as the box writes it */
  shown: string;
  step?: number | 'any';
  onChange: (v: number) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && !parseValue(spec, draft).ok;
  return (
    <input
      type="number"
      className="control-number-box"
      aria-label={`${spec.label} 값`}
      aria-invalid={invalid || undefined}
      min={spec.min}
      max={spec.max}
      step={step}
      value={draft ?? shown}
      onChange={(e) => {
        setDraft(e.target.value);
        const r = parseValue(spec, e.target.value);
        if (r.ok && typeof r.value === 'number') onChange(r.value);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
