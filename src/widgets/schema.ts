// One declarative schema per widget drives directive parsing, validation, URL state and the
// controls (the model is TF Playground's state.ts). A schema maps parameter names (kebab-case,
// as written in the directive: `::optimizer-trajectories{lr-sgd=0.95}`) to their specs.
import { serializeNumber } from './kit/format';

export type ParamSpec = NumberSpec | EnumSpec | BooleanSpec | StringSpec;

export interface NumberSpec {
  kind: 'number';
  /** The book's value: what "책 기본값" restores. */
  default: number;
  min: number;
  max: number;
  /** Slider step in value units (linear) or in log10 units (log). */
  step?: number;
  /** 'log': the slider moves over log10(value), for learning rates and std. */
  scale?: 'linear' | 'log';
  /** A log slider's positions stand for exact powers of ten (10^−2.5, not the shorter 0.0032),
   *  where other numbers are computed on the same grid (gradient-check's U-curve). */
  exactPowers?: boolean;
  /** Only whole numbers are valid. */
  integer?: boolean;
  /** Korean label for the control (also the accessible name). */
  label: string;
  unit?: string;
}

export interface EnumSpec<O extends string = string> {
  kind: 'enum';
  default: O;
  options: readonly O[];
  /** Korean display text per option; the option itself is shown where missing. */
  optionLabels?: Partial<Record<O, string>>;
  /** How the generated control shows the options: a drop-down (default) or radio buttons. */
  control?: 'select' | 'radio';
  label: string;
}

export interface BooleanSpec {
  kind: 'boolean';
  default: boolean;
  label: string;
}

export interface StringSpec {
  kind: 'string';
  default: string;
  label: string;
  /** The whole value must match. */
  pattern?: RegExp;
  /** Korean description of what the pattern allows, for error messages. */
  patternHint?: string;
  maxLength?: number;
}

export type Schema = Record<string, ParamSpec>;

export type ParamValue<P extends ParamSpec> = P extends NumberSpec
  ? number
  : P extends EnumSpec<infer O>
    ? O
    : P extends BooleanSpec
      ? boolean
      : string;

export type Values<S extends Schema> = { [K in keyof S]: ParamValue<S[K]> };

/** Keeps literal option types: `defineSchema({ act: { kind: 'enum', options: ['a', 'b'] as const, … } })`. */
export function defineSchema<const S extends Schema>(schema: S): S {
  return schema;
}

export function defaults<S extends Schema>(schema: S): Values<S> {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(schema)) out[k] = spec.default;
  return out as Values<S>;
}

export type ParseResult<T = unknown> = { ok: true; value: T } | { ok: false; reason: string };

/** Describes what a parameter accepts, in Korean (for error cards). */
export function describeAllowed(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'number':
      return `${spec.integer ? '정수' : '숫자'} ${serializeNumber(spec.min)} ~ ${serializeNumber(spec.max)}`;
    case 'enum':
      return spec.options.join(', ') + ' 중 하나';
    case 'boolean':
      return 'true 또는 false';
    case 'string':
      return spec.patternHint ?? (spec.maxLength ? `${spec.maxLength}자 이하의 글자` : '글자');
  }
}

/** Parses one raw text value (from a directive attribute or the URL) against its spec. */
export function parseValue(spec: ParamSpec, raw: string): ParseResult {
  const text = raw.trim();
  switch (spec.kind) {
    case 'number': {
      const v = text === '' ? NaN : Number(text);
      if (!Number.isFinite(v))
        return { ok: false, reason: `숫자가 아니에요 (${describeAllowed(spec)})` };
      if (spec.integer && !Number.isInteger(v))
        return { ok: false, reason: `정수여야 해요 (${describeAllowed(spec)})` };
      if (v < spec.min || v > spec.max)
        return { ok: false, reason: `범위를 벗어났어요 (${describeAllowed(spec)})` };
      return { ok: true, value: v };
    }
    case 'enum':
      return (spec.options as readonly string[]).includes(text)
        ? { ok: true, value: text }
        : { ok: false, reason: `쓸 수 없는 값이에요 (${describeAllowed(spec)})` };
    case 'boolean':
      if (text === 'true' || text === '' || text === '1') return { ok: true, value: true };
      if (text === 'false' || text === '0') return { ok: true, value: false };
      return { ok: false, reason: 'true나 false여야 해요' };
    case 'string':
      if (spec.maxLength !== undefined && text.length > spec.maxLength)
        return { ok: false, reason: `너무 길어요 (${describeAllowed(spec)})` };
      if (
        spec.pattern &&
        !new RegExp(`^(?:${spec.pattern.source})$`, spec.pattern.flags).test(text)
      )
        return { ok: false, reason: `형식이 맞지 않아요 (${describeAllowed(spec)})` };
      return { ok: true, value: text };
  }
}

export function serializeValue(spec: ParamSpec, value: unknown): string {
  if (spec.kind === 'number' && typeof value === 'number') return serializeNumber(value);
  return String(value);
}

export interface ParamIssue {
  /** The parameter name as written (may be unknown to the schema). */
  param: string;
  raw: string;
  /** Korean: what was wrong and what is allowed. */
  message: string;
}

/**
 * Validates attributes against a schema: returns the values that parsed and one issue per
 * unknown parameter or bad value. `reserved` names (like `id`) are skipped.
 */
export function parseParams<S extends Schema>(
  schema: S,
  attrs: Record<string, string>,
  reserved: readonly string[] = [],
): { values: Partial<Values<S>>; issues: ParamIssue[] } {
  const values: Record<string, unknown> = {};
  const issues: ParamIssue[] = [];
  const known = Object.keys(schema);
  for (const [param, raw] of Object.entries(attrs)) {
    if (reserved.includes(param)) continue;
    // Own keys only: `constructor`, `toString`, `__proto__` from a link are unknown parameters.
    const spec = Object.hasOwn(schema, param) ? schema[param] : undefined;
    if (!spec) {
      issues.push({
        param,
        raw,
        message: known.length
          ? `알 수 없는 매개변수예요. 쓸 수 있는 것: ${known.join(', ')}`
          : '이 위젯은 매개변수를 받지 않아요',
      });
      continue;
    }
    const r = parseValue(spec, raw);
    if (r.ok) values[param] = r.value;
    else issues.push({ param, raw, message: r.reason });
  }
  return { values: values as Partial<Values<S>>, issues };
}
