// An experiment that throws half-way (a bad surface, a failing device op) frees every tensor it
// made: tf.memory().numTensors is what it was before the call.
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  disposeWeightInitCache,
  optimizerRuns,
  surfaceGrid,
  weightInitHistograms,
} from '../../../src/experiments';
import { SURFACE_FN } from '../../../src/experiments/surfaces';
import type { Tensor } from '../../../src/engine';

// The device histogram fails while `failing.histogram` is set (its second call onwards).
const failing = vi.hoisted(() => ({ histogram: false, calls: 0 }));
vi.mock('../../../src/engine/histogram', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/engine/histogram')>();
  return {
    ...real,
    histogram: (...args: Parameters<typeof real.histogram>) => {
      if (failing.histogram && ++failing.calls > 1) throw new Error('histogram failed');
      return real.histogram(...args);
    },
  };
});

const bowl = SURFACE_FN.bowl;
/** Makes f(x, y) on the bowl throw from its `n`-th evaluation on. */
function bowlFailingAt(n: number): void {
  let calls = 0;
  SURFACE_FN.bowl = (x: Tensor, y: Tensor) => {
    if (++calls >= n) throw new Error('surface failed');
    return bowl(x, y);
  };
}

afterEach(() => {
  SURFACE_FN.bowl = bowl;
  failing.histogram = false;
  failing.calls = 0;
  disposeWeightInitCache();
});

describe('experiments free their tensors when they throw', () => {
  it('optimizerRuns: a step half-way through the runs throws', async () => {
    const before = tf.memory().numTensors;
    bowlFailingAt(10); // the runs step together: f fails at the 10th step, with state and rows made
    await expect(
      optimizerRuns({
        runs: [
          { optimizer: 'adam', lr: 0.3 },
          { optimizer: 'momentum', lr: 0.1 },
        ],
      }),
    ).rejects.toThrow('surface failed');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('surfaceGrid: the surface throws', async () => {
    const before = tf.memory().numTensors;
    bowlFailingAt(1);
    await expect(
      surfaceGrid({ surface: 'bowl', x: [-1, 1], y: [-1, 1], nx: 4, ny: 3 }),
    ).rejects.toThrow('surface failed');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('weightInitHistograms: a gradient histogram fails after backward()', async () => {
    const o = { activation: 'tanh', init: 'xavier', layers: 3, nodes: 20, samples: 50 } as const;
    await weightInitHistograms(o); // fills the cache of random draws (kept on purpose)
    const before = tf.memory().numTensors;
    failing.histogram = true;
    await expect(weightInitHistograms({ ...o, gradients: true })).rejects.toThrow(
      'histogram failed',
    );
    expect(tf.memory().numTensors).toBe(before);
    failing.histogram = false;
    const ok = await weightInitHistograms({ ...o, gradients: true }); // and it still works
    expect(ok.layers.map((l) => l.gradCounts!.reduce((a, b) => a + b))).toEqual([400, 400, 400]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
