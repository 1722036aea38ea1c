// The ch4 gradient experiments on the CPU backend: backward() gives ∇f = 2x on the book's grid,
// the float64 central differences agree with it, float32 ones show their round-off, and the
// book's gradient descent lands where (1 − 2·lr)^steps says; no tensor leaks.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { gradientDescent, gradientField } from '../../../src/experiments/gradients';
import {
  FIELD_AXIS,
  fieldPoints,
  numericalField64,
  numericalGradient64,
} from '../../../src/experiments/gradients-meta';

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};

describe('gradientField', () => {
  it('gives 2x from backward() on the 17×17 grid of Fig 4-9, without leaks', async () => {
    const pts = fieldPoints();
    expect(FIELD_AXIS).toHaveLength(17);
    expect(FIELD_AXIS[0]).toBe(-2);
    expect(FIELD_AXIS[16]).toBe(2);
    expect(pts).toHaveLength(289 * 2);
    const before = tf.memory().numTensors;
    const r = await gradientField({ points: pts });
    expect(tf.memory().numTensors).toBe(before);
    expect(r.backend).toBe('cpu');
    expect(r.grad).toHaveLength(pts.length);
    // The grid's values are exact in float32, so 2x is exact too.
    expect(Array.from(r.grad)).toEqual(Array.from(pts, (v) => 2 * v));
    // The book's float64 central differences agree with backward() far below 1e-3 …
    const num64 = numericalField64(pts);
    expect(maxAbsDiff(r.grad, num64)).toBeLessThan(1e-9);
    // … while the same formula in float32 is off by round-off of order f·ε/h.
    const err32 = maxAbsDiff(r.numeric32, num64);
    expect(err32).toBeGreaterThan(1e-3);
    expect(err32).toBeLessThan(0.1);
  });

  it('the book examples: (3, 4) → (6, 8), (0, 2) → (0, 4), (3, 0) → (6, 0)', async () => {
    const r = await gradientField({ points: [3, 4, 0, 2, 3, 0] });
    expect(Array.from(r.grad)).toEqual([6, 8, 0, 4, 6, 0]);
    const f = (x: number[]) => x[0] ** 2 + x[1] ** 2;
    const g = numericalGradient64(f, [3, 4]);
    expect(g[0]).toBeCloseTo(6, 8);
    expect(g[1]).toBeCloseTo(8, 8);
  });

  it('rejects bad points and leaks nothing when it does', async () => {
    const before = tf.memory().numTensors;
    await expect(gradientField({ points: [1] })).rejects.toThrow(/points/);
    await expect(gradientField({ points: [1, NaN] })).rejects.toThrow(/points/);
    await expect(gradientField({ points: [1, 2], h: 0 })).rejects.toThrow(/h/);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('gradientDescent', () => {
  it('the book defaults: (−3, 4), lr 0.1, 20 steps → 0.8²⁰·(−3, 4), without leaks', async () => {
    const before = tf.memory().numTensors;
    const r = await gradientDescent({ init: [-3, 4], lr: 0.1, steps: 20 });
    expect(tf.memory().numTensors).toBe(before);
    expect(r.points).toHaveLength(42);
    expect(r.values).toHaveLength(21);
    expect([r.points[0], r.points[1]]).toEqual([-3, 4]);
    expect(r.values[0]).toBe(25);
    expect([r.grads[0], r.grads[1]]).toEqual([-6, 8]); // ∇f = 2x at the start
    const k = 0.8 ** 20;
    expect(r.points[40]).toBeCloseTo(-3 * k, 5); // −0.0346
    expect(r.points[41]).toBeCloseTo(4 * k, 5); // 0.0461
    expect(r.points[40]).toBeCloseTo(-0.0346, 4);
    expect(r.points[41]).toBeCloseTo(0.0461, 4);
    for (let i = 0; i <= 20; i++) {
      const [x0, x1] = [r.points[2 * i], r.points[2 * i + 1]];
      expect(r.values[i]).toBeCloseTo(x0 * x0 + x1 * x1, 5);
      expect(r.grads[2 * i]).toBeCloseTo(2 * x0, 6);
      expect(r.grads[2 * i + 1]).toBeCloseTo(2 * x1, 6);
    }
  });

  it("the book's step_num = 100 reaches (−6.1e−10, 8.1e−10)", async () => {
    const r = await gradientDescent({ init: [-3, 4], lr: 0.1, steps: 100 });
    expect(r.points[200] / -6.11e-10).toBeCloseTo(1, 2);
    expect(r.points[201] / 8.15e-10).toBeCloseTo(1, 2);
  });

  it('lr 10 multiplies x by −19 each step: it diverges', async () => {
    const r = await gradientDescent({ init: [-3, 4], lr: 10, steps: 20 });
    expect(r.points[2]).toBeCloseTo(57, 3);
    expect(r.points[3]).toBeCloseTo(-76, 3);
    expect(Math.abs(r.points[41]) / (4 * 19 ** 20)).toBeCloseTo(1, 3);
    expect(r.values[20]).toBe(Infinity); // f ≈ 3.5e52 overflows float32
  });

  it('lr 1e−10 does not move in float32: x − 2e−10·x rounds back to x', async () => {
    const r = await gradientDescent({ init: [-3, 4], lr: 1e-10, steps: 20 });
    expect([r.points[40], r.points[41]]).toEqual([-3, 4]);
  });

  it('steps 0 gives the start only; bad options throw without leaks', async () => {
    const before = tf.memory().numTensors;
    const r = await gradientDescent({ init: [1, 2], lr: 0.1, steps: 0 });
    expect(Array.from(r.points)).toEqual([1, 2]);
    await expect(gradientDescent({ init: [1, 2], lr: -1, steps: 3 })).rejects.toThrow();
    await expect(gradientDescent({ init: [1, 2], lr: 0.1, steps: 101 })).rejects.toThrow();
    await expect(gradientDescent({ init: [1, NaN], lr: 0.1, steps: 3 })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
  });
});
