// The weight-init slider path keeps the N(0, 1) draws (input and weights) and rescales them by σ:
// the cached path gives the same histograms as a fresh one for the same seed, and the counts are
// those of the activations themselves (read back whole and binned here by numpy's rule).
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  disposeWeightInitCache,
  weightInitActivations,
  weightInitHistograms,
} from '../../../src/experiments/weight-init';

function bin(values: Float32Array, lo: number, hi: number, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    if (!(v >= lo && v <= hi)) continue;
    counts[v === hi ? bins - 1 : Math.min(bins - 1, Math.floor(((v - lo) * bins) / (hi - lo)))]++;
  }
  return counts;
}

describe('weightInitHistograms with cached draws', () => {
  for (const activation of ['sigmoid', 'tanh', 'relu'] as const) {
    it(`${activation}: cached = fresh for the same seed and σ, and = the activations' own bins`, async () => {
      const o = { activation, samples: 200, nodes: 50, seed: 3 };
      const before = tf.memory().numTensors;
      disposeWeightInitCache();
      const fresh = await weightInitHistograms({ ...o, init: 0.3 });
      await weightInitHistograms({ ...o, init: 0.05 }); // σ moves: the draws stay
      const cached = await weightInitHistograms({ ...o, init: 0.3 });
      expect(cached.layers).toEqual(fresh.layers);
      disposeWeightInitCache();
      const again = await weightInitHistograms({ ...o, init: 0.3 });
      expect(again.layers).toEqual(fresh.layers);
      const acts = await weightInitActivations({ ...o, init: 0.3 });
      const [lo, hi] = fresh.range;
      acts.forEach((a, i) => {
        expect(fresh.layers[i].counts).toEqual(bin(a, lo, hi, 30));
        const mean = a.reduce((s, v) => s + v, 0) / a.length;
        expect(fresh.layers[i].mean).toBeCloseTo(mean, 4);
      });
      disposeWeightInitCache();
      expect(tf.memory().numTensors).toBe(before);
    });
  }
});
