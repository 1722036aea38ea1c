// Controls generated from a parameter spec: every control has a visible label that is also its
// accessible name, works from the keyboard, and never leaves the schema's range.
import { useId, useState } from 'react';
import type { BooleanSpec, EnumSpec, NumberSpec, ParamSpec, Schema, Values } from '../schema';
import { parseValue } from '../schema';
import type { WidgetProps } from '../types';

const round = (v: number) => Number(v.toPrecision(6));

/** Shows a number compactly: 0.001, 1.5, 2.3e-5. */
export function formatNumber(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return String(v);
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5)) return v.toExponential(2);
  return String(Number(v.toPrecision(digits)));
}

function NumberControl({ spec, value, onChange }: { spec: NumberSpec; value: number; onChange: (v: number) => void }) {
  const id = useId();
  const log = spec.scale === 'log';
  const toSlider = (v: number) => (log ? Math.log10(v) : v);
  const fromSlider = (s: number) => {
    const v = log ? 10 ** s : s;
    const clamped = Math.min(spec.max, Math.max(spec.min, spec.integer ? Math.round(v) : round(v)));
    return clamped;
  };
  const step = spec.step ?? (log ? 0.01 : spec.integer ? 1 : (spec.max - spec.min) / 100);
  // The text box keeps what the reader types until it parses; then the value follows.
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && !parseValue(spec, draft).ok;
  return (
    <div className="control control-number">
      <label htmlFor={id}>{spec.label}</label>
      <input
        id={id}
        type="range"
        min={toSlider(spec.min)}
        max={toSlider(spec.max)}
        step={step}
        value={toSlider(value)}
        aria-valuetext={`${formatNumber(value)}${spec.unit ?? ''}`}
        onChange={(e) => onChange(fromSlider(Number(e.target.value)))}
      />
      <input
        type="number"
        className="control-number-box"
        aria-label={`${spec.label} 값`}
        aria-invalid={invalid || undefined}
        min={spec.min}
        max={spec.max}
        step="any"
        value={draft ?? formatNumber(value, 6)}
        onChange={(e) => {
          setDraft(e.target.value);
          const r = parseValue(spec, e.target.value);
          if (r.ok) onChange(r.value as number);
        }}
        onBlur={() => setDraft(null)}
      />
      {spec.unit && <span className="control-unit">{spec.unit}</span>}
    </div>
  );
}

function EnumControl({ spec, value, onChange }: { spec: EnumSpec; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="control control-enum">
      <label htmlFor={id}>{spec.label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {spec.options.map((o) => (
          <option key={o} value={o}>
            {spec.optionLabels?.[o] ?? o}
          </option>
        ))}
      </select>
    </div>
  );
}

function BooleanControl({ spec, value, onChange }: { spec: BooleanSpec; value: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="control control-boolean">
      <input id={id} type="checkbox" checked={value} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{spec.label}</label>
    </div>
  );
}

/** One control for one parameter spec. */
export function ParamControl({ spec, value, onChange }: { spec: ParamSpec; value: unknown; onChange: (v: unknown) => void }) {
  switch (spec.kind) {
    case 'number':
      return <NumberControl spec={spec} value={value as number} onChange={onChange} />;
    case 'enum':
      return <EnumControl spec={spec} value={value as string} onChange={onChange} />;
    case 'boolean':
      return <BooleanControl spec={spec} value={value as boolean} onChange={onChange} />;
    case 'string': {
      return <StringControl label={spec.label} value={value as string} onChange={onChange} />;
    }
  }
}

function StringControl({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="control control-string">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** The controls for the named parameters of a widget, straight from its schema. */
export function ParamControls<S extends Schema>({
  props,
  names,
}: {
  props: Pick<WidgetProps<S>, 'schema' | 'values' | 'set'>;
  names: ReadonlyArray<keyof S & string>;
}) {
  return (
    <div className="controls">
      {names.map((name) => (
        <ParamControl
          key={name}
          spec={props.schema[name]}
          value={props.values[name]}
          onChange={(v) => props.set({ [name]: v } as unknown as Partial<Values<S>>)}
        />
      ))}
    </div>
  );
}
