// Histograms binned on the device (numpy's histogram(range=…) rule): every value inside the
// range is counted — the maximum too, even when its bin index rounds a hair past B in float32
// (the symmetric ±max|x| range of the gradient histograms hit this) — and values outside are
// dropped.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { histogram } from '../../../src/engine/histogram';
import { symmetricHistogram } from '../../../src/engine';

/** The numpy rule in float64, for reference. */
function reference(values: ArrayLike<number>, lo: number, hi: number, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (const v of Array.from(values)) {
    if (v < lo || v > hi) continue;
    counts[v === hi ? bins - 1 : Math.floor(((v - lo) * bins) / (hi - lo))]++;
  }
  return counts;
}

/** 50 values in ±seed·1e-3 from a Park–Miller sequence (seeds 386, 427 and 602 put the max's t past B). */
function values(seed: number): Float32Array {
  let s = seed;
  return Float32Array.from(
    { length: 50 },
    () => ((s = (s * 16807) % 2147483647) / 2147483647 - 0.5) * 2 * seed * 1e-3,
  );
}

describe('histogram', () => {
  it('symmetric ±max|x|: all values counted, also where the maximum rounds past the last bin', async () => {
    for (const seed of [386, 427, 602, 7, 1999]) {
      const before = tf.memory().numTensors;
      const [counts, r] = symmetricHistogram(tf.tensor1d(values(seed)), 30);
      const c = await counts.data();
      expect(Array.from(c).reduce((a, b) => a + b, 0)).toBe(50);
      const max = (await r.data())[0];
      expect(Array.from(c)).toEqual(reference(values(seed), -max, max, 30));
      tf.dispose([counts, r]);
      expect(tf.memory().numTensors).toBe(before + 1); // the input tensor above
    }
  });

  it('an explicit range drops what lies outside and puts hi in the last bin', async () => {
    const v = tf.tensor1d([-2, -1, -0.5, 0, 0.999, 1, 1.5]);
    const c = await histogram(v, -1, 1, 4).data();
    expect(Array.from(c)).toEqual([1, 1, 1, 2]);
    expect(Array.from(c)).toEqual(reference([-2, -1, -0.5, 0, 0.999, 1, 1.5], -1, 1, 4));
    v.dispose();
  });
});
