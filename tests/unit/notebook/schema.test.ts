import { describe, expect, test } from 'vitest';
import {
  defaults,
  defineSchema,
  parseParams,
  parseValue,
  serializeValue,
} from '../../../src/widgets/schema';

const schema = defineSchema({
  lr: { kind: 'number', default: 0.95, min: 1e-4, max: 10, scale: 'log', label: '학습률' },
  steps: { kind: 'number', default: 30, min: 1, max: 100, integer: true, label: '단계' },
  act: {
    kind: 'enum',
    default: 'sigmoid',
    options: ['sigmoid', 'tanh', 'relu'] as const,
    label: '활성화',
  },
  overlay: { kind: 'boolean', default: false, label: '겹쳐 보기' },
  name: {
    kind: 'string',
    default: 'a',
    pattern: /[a-z]+/,
    patternHint: '영문 소문자',
    label: '이름',
  },
});

describe('parameter schema', () => {
  test('defaults are the spec defaults', () => {
    expect(defaults(schema)).toEqual({
      lr: 0.95,
      steps: 30,
      act: 'sigmoid',
      overlay: false,
      name: 'a',
    });
  });

  test('numbers parse within range, with Korean reasons otherwise', () => {
    expect(parseValue(schema.lr, '0.1')).toEqual({ ok: true, value: 0.1 });
    expect(parseValue(schema.lr, '1e-3')).toEqual({ ok: true, value: 0.001 });
    const out = parseValue(schema.lr, '20');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toContain('범위');
    expect(parseValue(schema.lr, 'abc').ok).toBe(false);
    expect(parseValue(schema.lr, '').ok).toBe(false);
    expect(parseValue(schema.lr, 'Infinity').ok).toBe(false);
    expect(parseValue(schema.steps, '2.5').ok).toBe(false);
    expect(parseValue(schema.steps, '7')).toEqual({ ok: true, value: 7 });
  });

  test('enums, booleans and strings', () => {
    expect(parseValue(schema.act, 'relu')).toEqual({ ok: true, value: 'relu' });
    const bad = parseValue(schema.act, 'gelu');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toContain('sigmoid, tanh, relu');
    expect(parseValue(schema.overlay, 'true')).toEqual({ ok: true, value: true });
    expect(parseValue(schema.overlay, 'false')).toEqual({ ok: true, value: false });
    expect(parseValue(schema.overlay, 'yes').ok).toBe(false);
    expect(parseValue(schema.name, 'abc').ok).toBe(true);
    expect(parseValue(schema.name, 'ab1').ok).toBe(false);
  });

  test('parseParams reports unknown names and bad values, keeps the good ones, skips reserved', () => {
    const { values, issues } = parseParams(
      schema,
      { lr: '0.5', steps: 'many', colour: 'red', id: 'x' },
      ['id'],
    );
    expect(values).toEqual({ lr: 0.5 });
    expect(issues.map((i) => i.param)).toEqual(['steps', 'colour']);
    expect(issues[1].message).toContain('lr, steps, act, overlay, name');
  });

  test("every reason is in the UI's 해요체 (it shows inside a notice that is)", () => {
    const long = defineSchema({
      s: { kind: 'string', default: 'a', maxLength: 2, label: '짧은 글' },
    });
    const bad: [keyof typeof schema, string][] = [
      ['lr', 'abc'],
      ['lr', '20'],
      ['steps', '2.5'],
      ['act', 'gelu'],
      ['overlay', 'yes'],
      ['name', 'ab1'],
    ];
    const reasons = bad.map(([k, raw]) => {
      const r = parseValue(schema[k], raw);
      return r.ok ? `${k}=${raw} parsed` : r.reason;
    });
    const tooLong = parseValue(long.s, 'abc');
    reasons.push(tooLong.ok ? 'abc parsed' : tooLong.reason);
    reasons.push(...parseParams(schema, { colour: 'red' }).issues.map((i) => i.message));
    reasons.push(...parseParams({}, { colour: 'red' }).issues.map((i) => i.message));
    expect(new Set(reasons).size).toBe(reasons.length); // each case its own sentence
    for (const r of reasons) {
      expect(r).not.toMatch(/parsed$/);
      expect(r).not.toMatch(/[습합입]니다/);
      expect(r).toMatch(/요(\s|\.|$)/);
    }
  });

  test('serialise → parse round-trips every kind', () => {
    const v = { lr: 0.0123456789, steps: 12, act: 'tanh', overlay: true, name: 'xyz' } as const;
    for (const k of Object.keys(schema) as (keyof typeof schema)[]) {
      const r = parseValue(schema[k], serializeValue(schema[k], v[k]));
      expect(r.ok).toBe(true);
      if (r.ok && k !== 'lr') expect(r.value).toBe(v[k]);
      if (r.ok && k === 'lr') expect(r.value).toBeCloseTo(v.lr, 6);
    }
  });
});
