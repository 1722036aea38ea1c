// The book's gradient check (§5.7.3) on the engine: TwoLayerNet(784, 50, 10) on the first three
// official MNIST training digits. Clean backprop agrees with float64 central differences to
// ~1e−7 (float32 backprop) and with float32 ones at the float32-sized h; every planted bug fails
// by orders of magnitude, in the tensors it touches; the U-curve has its minima where float32
// and float64 round-off put them; nothing leaks.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useNodeMnist } from '../../../src/data/mnist-node';
import {
  bestCheckH,
  GRADIENT_PASS_RELATIVE as PASS,
  GRADIENT_H_GRID,
  gradientCheckRun,
  type GradientCheckResult,
} from '../../../src/experiments/gradient-check';
import { lossJs, numericalGradientJs } from '../../../src/experiments/gradient-check-numerical';
import { numericalGradient, tensor, TwoLayerNet } from '../../../src/engine';
import { loadMnistNode } from '../../../src/data/mnist-node';

beforeAll(() => useNodeMnist());

const rel = (r: GradientCheckResult, p: 'float32' | 'float64') =>
  Object.fromEntries(r.tensors.map((t) => [t.name, t.relError[p]]));

describe('gradientCheckRun', () => {
  it('clean backprop passes against float64 at the book’s h = 1e−4, with the book’s magnitudes', async () => {
    const before = tf.memory().numTensors;
    const r = await gradientCheckRun({ h: 1e-4, bug: 'none' });
    expect(tf.memory().numTensors).toBe(before);
    expect(r.labels).toEqual([5, 0, 4]); // the official training set's first three digits
    expect(r.loss).toBeCloseTo(Math.log(10), 1); // N(0, 0.01²) weights: nearly uniform softmax
    expect(r.tensors.map((t) => t.name)).toEqual(['W1', 'b1', 'W2', 'b2']);
    expect(r.tensors.map((t) => t.indices.length)).toEqual([20, 20, 20, 10]);
    for (const t of r.tensors) {
      // the book prints 1e−13 … 1e−7 in float64; float32 backprop rounds at ~1e−7 of |gradient|
      expect(t.meanAbsDiff.float64).toBeLessThan(1e-7);
      expect(t.meanAbsDiff.float64).toBeLessThan(1e-5 * t.meanAbsGrad);
      expect(t.relError.float64).toBeLessThan(PASS.float64 / 100);
    }
    // …while float32 central differences at the book's h = 1e−4 drown in round-off
    // (ε₃₂·|L|/h ≈ 3e−3 against gradients of ~1e−3)
    expect(Math.max(...Object.values(rel(r, 'float32')))).toBeGreaterThan(PASS.float32);
    const h5 = await gradientCheckRun({ h: 1e-5, bug: 'none' });
    expect(Math.max(...Object.values(rel(h5, 'float32')))).toBeGreaterThan(0.5);
  });

  it('float32 central differences pass at the float32-sized h ≈ 3e−3, and the U-curve minima sit apart', async () => {
    const r = await gradientCheckRun({ h: GRADIENT_H_GRID[3], bug: 'none' }); // 10^−2.5
    for (const [name, e] of Object.entries(rel(r, 'float32')))
      expect(e, `${name} float32 at h = 3.2e−3`).toBeLessThan(PASS.float32);
    // the U-curve: central differences against the exact float64 gradient
    const u = r.uCurve;
    const best32 = bestCheckH(u.hs, u.float32);
    const best64 = bestCheckH(u.hs, u.float64);
    expect(best32).toBeGreaterThanOrEqual(1e-3);
    expect(best32).toBeLessThanOrEqual(1e-2);
    expect(best64).toBeGreaterThanOrEqual(1e-6);
    expect(best64).toBeLessThanOrEqual(1e-4);
    // a U: both ends worse than the bottom by orders of magnitude
    const last = u.hs.length - 1;
    const min64 = Math.min(...u.float64);
    expect(min64).toBeLessThan(1e-8); // far below float32 backprop's ~1e−7
    expect(u.float64[0]).toBeGreaterThan(1e4 * min64); // truncation (and ReLU kinks)
    expect(u.float64[last]).toBeGreaterThan(1e3 * min64); // round-off at h = 1e−10
    const min32 = Math.min(...u.float32);
    expect(u.float32[0]).toBeGreaterThan(10 * min32);
    expect(u.float32[last]).toBeGreaterThan(10 * min32);
    expect(u.now.float32).toBe(u.float32[3]); // h = 10^−2.5 is the grid's fourth point
  });

  it('the float32 threshold holds for the hardest seeds seen (3 and 6: 11% at their best h)', async () => {
    for (const seed of [3, 6]) {
      const clean = await gradientCheckRun({ h: 1e-4, bug: 'none', seed });
      expect(Math.min(...clean.sweep.float32), `seed ${seed}`).toBeLessThan(PASS.float32);
      const bugged = await gradientCheckRun({ h: 1e-4, bug: 'loss-batch', seed }); // the mildest bug
      expect(Math.min(...bugged.sweep.float32), `seed ${seed}`).toBeGreaterThan(4 * PASS.float32);
    }
  });

  it('the U-curve’s reference (float64 backward formulas in JS) agrees with the engine’s backprop', async () => {
    const r = await gradientCheckRun({ h: 1e-4, bug: 'none', seed: 5 });
    // backprop vs float64 numerical at its best h, and the reference through the U-curve floor
    for (const t of r.tensors) expect(t.relError.float64, t.name).toBeLessThan(1e-6);
    expect(Math.min(...r.uCurve.float64)).toBeLessThan(1e-8);
  });

  it.each([
    ['relu-mask', ['W1', 'b1']],
    ['bias-sum', ['b1', 'b2']],
    ['loss-batch', ['W1', 'b1', 'W2', 'b2']],
  ] as const)('the planted %s bug fails exactly %j, at every h', async (bug, hit) => {
    const before = tf.memory().numTensors;
    const r = await gradientCheckRun({ h: 1e-4, bug });
    expect(tf.memory().numTensors).toBe(before);
    for (const [name, e] of Object.entries(rel(r, 'float64'))) {
      if ((hit as readonly string[]).includes(name))
        expect(e, name).toBeGreaterThan(0.3); // ≥ 3000× the threshold
      else expect(e, name).toBeLessThan(PASS.float64 / 100);
    }
    // no h rescues it, in either precision
    expect(Math.min(...r.sweep.float64)).toBeGreaterThan(0.3);
    expect(Math.min(...r.sweep.float32)).toBeGreaterThan(4 * PASS.float32);
  });

  it('moving h reruns no engine op: backprop is kept per seed and bug, the numbers are the same', async () => {
    const a = await gradientCheckRun({ h: 1e-4, bug: 'none', seed: 2 });
    let b: GradientCheckResult | undefined;
    const profile = await tf.profile(async () => {
      b = await gradientCheckRun({ h: 1e-6, bug: 'none', seed: 2 });
    });
    expect(profile.kernels.length).toBe(0);
    expect(b!.tensors.map((t) => t.backprop)).toEqual(a.tensors.map((t) => t.backprop));
    expect(b!.loss).toBe(a.loss);
    expect(b!.tensors[0].numerical.float64).not.toEqual(a.tensors[0].numerical.float64);
    // another bug runs backward() again
    const other = await tf.profile(async () => {
      await gradientCheckRun({ h: 1e-6, bug: 'relu-mask', seed: 2 });
    });
    expect(other.kernels.length).toBeGreaterThan(10);
  });

  it('rejects bad options without leaking', async () => {
    const before = tf.memory().numTensors;
    await expect(gradientCheckRun({ h: 0, bug: 'none' })).rejects.toThrow(/h/);
    await expect(gradientCheckRun({ h: 1e-4, bug: 'nope' as never })).rejects.toThrow(/버그/);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('lossJs', () => {
  it('is the mean softmax cross-entropy, in float64 or rounded to float32', () => {
    // one input, 1 hidden unit, 2 classes: z1 = 2·0.5 + 0 = 1, a1 = 1, z2 = [1, −1] + [0, 0]
    const net = {
      n: 1, inputs: 1, hidden: 1, outputs: 2, x: new Float32Array([2]), labels: [0],
      params: [[0.5], [0], [1, -1], [0, 0]],
    }; // prettier-ignore
    const exact = Math.log(1 + Math.exp(-2));
    expect(lossJs(net, 'float64')).toBeCloseTo(exact, 14);
    expect(lossJs(net, 'float32')).toBe(Math.fround(lossJs(net, 'float32')));
    expect(Math.abs(lossJs(net, 'float32') - exact)).toBeLessThan(1e-7);
  });
});

describe('numericalGradientJs in float32', () => {
  it('matches the engine’s one-forward-per-entry numericalGradient within float32 noise', async () => {
    const d = await loadMnistNode({ trainChunks: 1 });
    const x = Float32Array.from(d.trainImages.subarray(0, 3 * 784), (v) => v / 255);
    const labels = Array.from(d.trainLabels.subarray(0, 3));
    const net = TwoLayerNet({ seed: 3 });
    const params = net.params.map((p) => p.host.slice());
    const indices = [
      [0 * 50 + 1, 350 * 50 + 7, 400 * 50 + 20],
      [3, 17],
      [5 * 10 + 2, 49 * 10 + 9],
      [0, 4, 9],
    ];
    const before = tf.memory().numTensors;
    const hs = [1e-2, 1e-3];
    const batched = numericalGradientJs(
      { n: 3, inputs: 784, hidden: 50, outputs: 10, x, labels, params },
      indices,
      hs,
      'float32',
    );
    expect(tf.memory().numTensors).toBe(before);
    const onehot = new Float32Array(30);
    labels.forEach((t, r) => (onehot[r * 10 + t] = 1));
    const xt = tensor(x, { shape: [3, 784] });
    const tt = tensor(onehot, { shape: [3, 10] });
    for (const [hi, h] of hs.entries()) {
      const plain = await numericalGradient(() => net.loss(xt, tt), net.params, h, { indices });
      indices.forEach((idx, t) =>
        idx.forEach((i, k) =>
          // float32 loss round-off ≈ 1.2e−7 · 2.3 per evaluation, divided by 2h (and 4× slack)
          expect(
            Math.abs(batched[hi][t][k] - plain[t][i]),
            `tensor ${t} entry ${i} h ${h}`,
          ).toBeLessThan((4 * 2 * 2.3 * 1.2e-7) / (2 * h)),
        ),
      );
    }
    xt.dispose();
    tt.dispose();
    net.dispose();
  });
});
