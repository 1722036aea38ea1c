// The loss-functions widget's pure helpers: the y parameter, editing one class with the others
// rescaled so the sum stays 1, the presets, and the schema's pattern.
import { describe, expect, it } from 'vitest';
import { parseParams } from '../../../src/widgets/schema';
import { parseY, PRESETS, serializeY, setClass } from '../../../src/widgets/loss-functions/model';
import { schema } from '../../../src/widgets/loss-functions/schema';

const sum = (v: number[]) => v.reduce((s, x) => s + x, 0);

describe('loss-functions model', () => {
  it("the default and the presets are the book's outputs", () => {
    expect(parseY(schema.y.default)).toEqual([0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0]);
    expect(PRESETS[0].y).toBe(schema.y.default);
    expect(parseY(PRESETS[1].y)[7]).toBe(0.6);
    expect(parseY(PRESETS[1].y)[2]).toBe(0.1);
    expect(PRESETS.map((p) => p.target)).toEqual(['2', '2', null]);
  });

  it('setClass moves one class and rescales the others by one factor; the sum stays 1', () => {
    const y = parseY(schema.y.default);
    const next = setClass(y, 2, 0.8);
    expect(next[2]).toBe(0.8);
    expect(sum(next)).toBeCloseTo(1, 12);
    expect(next[0] / next[1]).toBeCloseTo(2, 12); // 0.1 : 0.05 kept
    expect(next[3]).toBe(0);
    // From a certain class back down: the others share the rest equally.
    const certain = setClass(y, 4, 1);
    expect(certain.filter((_, i) => i !== 4).every((v) => v === 0)).toBe(true);
    const back = setClass(certain, 4, 0.1);
    expect(back.filter((_, i) => i !== 4).every((v) => Math.abs(v - 0.1) < 1e-12)).toBe(true);
    // A y that does not sum to 1 is normalised first.
    const scaled = setClass(
      y.map((v) => v * 3),
      0,
      0.2,
    );
    expect(sum(scaled)).toBeCloseTo(1, 12);
  });

  it('serializeY keeps 5 decimals and parses back', () => {
    const s = serializeY(setClass(parseY(schema.y.default), 2, 0.61));
    expect(s.split(',')).toHaveLength(10);
    expect(sum(parseY(s))).toBeCloseTo(1, 4);
    expect(parseParams(schema, { y: s }).issues).toEqual([]);
  });

  it('the pattern takes 10 numbers in [0, 1] and nothing else', () => {
    const ok = (y: string) => parseParams(schema, { y }).issues.length === 0;
    expect(ok(schema.y.default)).toBe(true);
    expect(ok('0.1, 0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,.1')).toBe(true);
    expect(ok('0.1,0.1,0.1')).toBe(false);
    expect(ok('abc')).toBe(false);
    expect(ok('1.5,0,0,0,0,0,0,0,0,0')).toBe(false);
    expect(ok('-0.1,0,0,0,0,0,0,0,0,1')).toBe(false);
    expect(parseParams(schema, { target: '12' }).issues).toHaveLength(1);
  });
});
