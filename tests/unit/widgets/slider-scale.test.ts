// Log sliders: each position's value is the shortest decimal near it (0.95, not 0.954993), no two
// positions share a value, a value snaps back to its own position, and every log parameter's
// default on the site sits on its slider (the text asks readers to slide to such numbers).
import { describe, expect, it } from 'vitest';
import { GRADIENT_H_GRID } from '../../../src/experiments/gradient-check-meta';
import { schema as gradientCheck } from '../../../src/widgets/gradient-check/schema';
import { sliderScale } from '../../../src/widgets/kit/slider-scale';
import type { NumberSpec } from '../../../src/widgets/schema';

const schemas = import.meta.glob<{ schema: Record<string, { kind: string }> }>(
  '../../../src/widgets/*/schema.ts',
  { eager: true },
);
const logSpecs = Object.entries(schemas).flatMap(([file, m]) =>
  Object.entries(m.schema)
    .filter(([, s]) => s.kind === 'number' && (s as NumberSpec).scale === 'log')
    .map(([name, s]) => [`${file.split('/').at(-2)} ${name}`, s as NumberSpec] as const),
);

/** Every position of the slider, lowest first, and its value. */
function positions(spec: NumberSpec) {
  const sc = sliderScale(spec);
  const out: { at: number; value: number }[] = [];
  for (let k = 0; sc.min + k * sc.step <= sc.max + 1e-9; k++)
    out.push({ at: sc.snap(sc.min + k * sc.step), value: sc.fromSlider(sc.min + k * sc.step) });
  return { sc, out };
}

describe('log slider values', () => {
  it('the optimizer lr slider: 0.95 and 0.93 beside 1, decades exact', () => {
    const { sc } = positions({ kind: 'number', default: 0.95, min: 0.001, max: 100, step: 0.01, scale: 'log', label: 'lr' }); // prettier-ignore
    expect([-0.03, -0.02, -0.01, 0, -1, -3, 2].map(sc.fromSlider)).toEqual([0.93, 0.95, 0.98, 1, 0.1, 0.001, 100]); // prettier-ignore
    expect(sc.fromSlider(0.18)).toBe(1.5); // AdaGrad's 1.5
    expect(sc.fromSlider(0.01)).toBe(1.02); // 3 digits where 2 would be a step away
  });

  it("gradient-check's h keeps exact powers of ten: the U-curve's own grid", () => {
    const values = positions(gradientCheck.h).out.map((p) => p.value);
    expect(values).toEqual([...GRADIENT_H_GRID].reverse());
  });

  it.each(logSpecs)('%s: distinct, increasing, each snapping back to its position', (_, spec) => {
    const { sc, out } = positions(spec);
    expect(out.length).toBeGreaterThan(2);
    // whole numbers (batch sizes) round: neighbours may share one, never go down
    for (let i = 1; i < out.length; i++)
      if (spec.integer) expect(out[i].value).toBeGreaterThanOrEqual(out[i - 1].value);
      else expect(out[i].value).toBeGreaterThan(out[i - 1].value);
    if (!spec.integer)
      for (const p of out) expect(sc.snap(sc.toSlider(p.value))).toBeCloseTo(p.at, 9);
  });

  it.each(logSpecs)('%s: its default is a value of its slider', (_, spec) => {
    const sc = sliderScale(spec);
    expect(sc.fromSlider(sc.snap(sc.toSlider(spec.default)))).toBe(spec.default);
  });
});
