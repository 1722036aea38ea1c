// The experiments the live widgets call: values, shapes, one readback, and no tensor leaks.
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  activationCurves,
  disposeWeightInitCache,
  optimizerRuns,
  optimizerTrajectory,
  stackedLayers,
  surfaceGrid,
  weightInitActivations,
  weightInitHistograms,
} from '../../../src/experiments';

afterEach(() => disposeWeightInitCache());

describe('optimizerRuns', () => {
  it('runs all six optimizers on the bowl with the book defaults, without leaks', async () => {
    const before = tf.memory().numTensors;
    const res = await optimizerRuns({
      runs: [
        { optimizer: 'sgd', lr: 0.95 },
        { optimizer: 'momentum', lr: 0.1 },
        { optimizer: 'nesterov', lr: 0.1 },
        { optimizer: 'adagrad', lr: 1.5 },
        { optimizer: 'rmsprop', lr: 0.2 },
        { optimizer: 'adam', lr: 0.3 },
      ],
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(res.backend).toBe('cpu');
    expect(res.runs).toHaveLength(6);
    for (const r of res.runs) {
      expect(r.points).toHaveLength(31);
      expect(r.points[0]).toEqual([-7, 2]);
      expect(r.values[0]).toBeCloseTo(49 / 20 + 4, 5);
      expect(r.divergedAt).toBeNull();
      const [x, y] = r.points[30];
      expect(Math.hypot(x, y)).toBeLessThan(7.3); // every one of them gets closer to (0, 0)
    }
    // SGD's first step by hand: (x, y) − 0.95·(x/10, 2y)
    expect(res.runs[0].points[1][0]).toBeCloseTo(-7 + 0.95 * 0.7, 5);
    expect(res.runs[0].points[1][1]).toBeCloseTo(2 - 0.95 * 4, 5);
    expect(Object.keys(res.runs[5].state[3]).sort()).toEqual(['lrT', 'm', 'v']);
    expect(res.runs[1].state[0].v).toEqual([0, 0]);
  });

  it('reports divergence', async () => {
    const { runs } = await optimizerRuns({ runs: [{ optimizer: 'sgd', lr: 2 }], steps: 40 });
    expect(runs[0].divergedAt).not.toBeNull();
  });

  it('optimizerTrajectory gives steps + 1 points', async () => {
    const pts = await optimizerTrajectory({ optimizer: 'adam', lr: 0.3, steps: 5 });
    expect(pts).toHaveLength(6);
  });
});

describe('surfaceGrid', () => {
  it('is row-major, ny rows of nx', async () => {
    const g = await surfaceGrid({ surface: 'bowl', x: [-10, 10], y: [-5, 5], nx: 3, ny: 2 });
    expect(Array.from(g)).toEqual([5 + 25, 0 + 25, 5 + 25, 5 + 25, 25, 30].map((v) => v));
    const r = await surfaceGrid({ surface: 'rosenbrock', x: [1, 2], y: [1, 2], nx: 2, ny: 2 });
    expect(r[0]).toBeCloseTo(0, 6);
  });
});

describe('weight-init experiments', () => {
  it('activations: 5 layers of 1000×100 and the histogram slider path without leaks', async () => {
    const acts = await weightInitActivations({ activation: 'sigmoid', init: 1 });
    expect(acts).toHaveLength(5);
    expect(acts[0]).toHaveLength(100_000);
    const before = tf.memory().numTensors;
    const h1 = await weightInitHistograms({ activation: 'sigmoid', init: 1 });
    const h2 = await weightInitHistograms({ activation: 'sigmoid', init: 0.01, gradients: true });
    const h3 = await weightInitHistograms({ activation: 'sigmoid', init: 'xavier' });
    expect(tf.memory().numTensors).toBe(before); // cache unchanged: only the σ changed
    expect(h1.layers[0].counts).toHaveLength(30);
    expect(h1.layers[0].counts.reduce((a, b) => a + b)).toBe(100_000);
    expect(h1.layers[4].saturated).toBeGreaterThan(0.3); // σ = 1: many values stuck near 0 and 1
    expect(h2.layers[4].std).toBeLessThan(0.02); // σ = 0.01: everything near 0.5
    expect(h2.layers[0].gradCounts!.reduce((a, b) => a + b)).toBe(10_000);
    expect(h3.std).toBeCloseTo(0.1, 6);
    disposeWeightInitCache();
    expect(tf.memory().numTensors).toBe(before - 8); // x, five W, dout and x·W₁
  });
});

describe('activationCurves and stackedLayers', () => {
  it('derivatives come from backward()', async () => {
    const xs = [-2, -0.5, 0.5, 2];
    const c = await activationCurves({
      names: ['sigmoid', 'relu', 'tanh', 'step', 'identity', 'leakyRelu'],
      xs,
    });
    xs.forEach((x, i) => {
      const s = 1 / (1 + Math.exp(-x));
      expect(c.sigmoid.y[i]).toBeCloseTo(s, 6);
      expect(c.sigmoid.dy[i]).toBeCloseTo(s * (1 - s), 6);
      expect(c.relu.dy[i]).toBe(x > 0 ? 1 : 0);
      expect(c.tanh.dy[i]).toBeCloseTo(1 - Math.tanh(x) ** 2, 6);
      expect(c.step.dy[i]).toBe(0);
      expect(c.identity.dy[i]).toBe(1);
      expect(c.leakyRelu.dy[i]).toBeCloseTo(x > 0 ? 1 : 0.1, 6);
    });
  });
  it('identity layers collapse to one line', async () => {
    const before = tf.memory().numTensors;
    const xs = [-1, 0, 2];
    const lin = await stackedLayers({ activation: 'identity', xs, seed: 3 });
    const { w, b } = lin.collapsed!;
    xs.forEach((x, i) => expect(lin.y[i]).toBeCloseTo(w * x + b, 4));
    const r = await stackedLayers({ activation: 'relu', xs, seed: 3 });
    expect(r.collapsed).toBeNull();
    expect(r.weights.map((m) => [m.length, m[0].length])).toEqual([
      [1, 4],
      [4, 4],
      [4, 1],
    ]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
