// predictNext: where a drag goes next, on the slider's own grid. A guess is only useful if it is
// the very number the slider will produce, so every case compares with the value NumberControl
// makes from the position the range input snaps to (sliderScale.fromSlider of the decimal string
// the browser writes).
import { describe, expect, test } from 'vitest';
import { defineSchema } from '../../../src/widgets/schema';
import { predictNext } from '../../../src/widgets/kit/predict-next';
import { sliderScale } from '../../../src/widgets/kit/slider-scale';

const schema = defineSchema({
  t: { kind: 'number', default: 1, min: 0.01, max: 5, step: 0.01, label: 'T' },
  lr: { kind: 'number', default: 0.1, min: 0.001, max: 1, scale: 'log', step: 0.05, label: 'lr' },
  n: { kind: 'number', default: 2, min: 1, max: 10, step: 1, integer: true, label: 'N' },
  act: { kind: 'enum', default: 'relu', options: ['relu', 'sigmoid'] as const, label: 'act' },
});
const base = { t: 1, lr: 0.1, n: 2, act: 'relu' as 'relu' | 'sigmoid' };
/** What the slider gives at `position` (a decimal string, as the range input writes it). */
const fromPosition = (name: 't' | 'lr' | 'n', position: string) =>
  sliderScale(schema[name]).fromSlider(Number(position));

describe('predictNext', () => {
  test('a keyboard step (one step) is repeated once, as the slider itself would give it', () => {
    const next = predictNext(schema, { ...base, t: 1.1 }, { ...base, t: 1.11 });
    expect(next).toEqual([{ ...base, t: fromPosition('t', '1.12') }]);
    expect(next[0].t).toBe(1.12); // no float noise (0.01 + 111 × 0.01 is 1.1200000000000001)
  });

  test('a drag of several steps: the same again first, then one step more, then one fewer', () => {
    const next = predictNext(schema, { ...base, t: 0.5 }, { ...base, t: 0.57 });
    expect(next.map((v) => v.t)).toEqual([0.64, 0.65, 0.63]);
    const back = predictNext(schema, { ...base, t: 0.57 }, { ...base, t: 0.5 });
    expect(back.map((v) => v.t)).toEqual([0.43, 0.42, 0.44]);
  });

  test('a steady drag whose changes take turns (3, 4, 3, …): the change before last goes first', () => {
    const at = (t: number) => ({ ...base, t });
    // 0.50 → 0.53 → 0.57: next 3 steps (0.60), then the same 4 again, one more, one fewer
    expect(predictNext(schema, at(0.53), at(0.57), at(0.5)).map((v) => v.t)).toEqual([
      0.6, 0.61, 0.62,
    ]);
    // the same change twice: nothing new first
    expect(predictNext(schema, at(0.54), at(0.57), at(0.51)).map((v) => v.t)).toEqual([
      0.6, 0.61, 0.59,
    ]);
    // a turn back, or another parameter before: the last change alone
    expect(predictNext(schema, at(0.53), at(0.57), at(0.6)).map((v) => v.t)).toEqual([
      0.61, 0.62, 0.6,
    ]);
    const other = { ...base, t: 0.53, n: 3 };
    expect(predictNext(schema, at(0.53), at(0.57), other).map((v) => v.t)).toEqual([
      0.61, 0.62, 0.6,
    ]);
    // slowing down (3 steps, then 1): not taking turns, the last change alone
    expect(predictNext(schema, at(0.53), at(0.54), at(0.5)).map((v) => v.t)).toEqual([0.55]);
    // and taking turns at one and two steps a frame
    expect(predictNext(schema, at(0.5), at(0.52), at(0.49)).map((v) => v.t)).toEqual([
      0.53, 0.54, 0.55,
    ]);
  });

  test('log sliders move on log10 positions: the guess is the value of the next position', () => {
    // positions −1.5 and −1.4 → next −1.3 (the slider's grid starts at log10(0.001) = −3)
    const a = fromPosition('lr', '-1.5');
    const b = fromPosition('lr', '-1.4');
    const next = predictNext(schema, { ...base, lr: a }, { ...base, lr: b });
    expect(next.map((v) => v.lr)).toEqual([
      fromPosition('lr', '-1.3'),
      fromPosition('lr', '-1.25'),
      fromPosition('lr', '-1.35'),
    ]);
  });

  test('integers, and the end of the range: nothing past it, no repeated value', () => {
    expect(predictNext(schema, { ...base, n: 2 }, { ...base, n: 3 }).map((v) => v.n)).toEqual([4]);
    expect(predictNext(schema, { ...base, n: 3 }, { ...base, n: 5 }).map((v) => v.n)).toEqual([
      7, 8, 6,
    ]);
    expect(predictNext(schema, { ...base, n: 8 }, { ...base, n: 10 })).toEqual([]);
    expect(predictNext(schema, { ...base, n: 7 }, { ...base, n: 9 }).map((v) => v.n)).toEqual([10]);
    expect(predictNext(schema, { ...base, t: 4.9 }, { ...base, t: 4.98 }).map((v) => v.t)).toEqual([
      5,
    ]);
  });

  test('no guess when nothing changed, two parameters changed, or the change was not a number', () => {
    expect(predictNext(schema, base, base)).toEqual([]);
    expect(predictNext(schema, base, { ...base, t: 1.5, n: 3 })).toEqual([]);
    expect(predictNext(schema, base, { ...base, act: 'sigmoid' })).toEqual([]);
  });
});
