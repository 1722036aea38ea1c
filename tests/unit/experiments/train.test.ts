// TwoLayerNet with the book's settings (784-50-10, σ 0.01, batch 100, SGD lr 0.1) on the
// official MNIST (60,000 train / 10,000 test), with a small budget; the full 10,000 iterations
// run in the bench.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useNodeMnist } from '../../../src/data/mnist-node';
import { loadMnist, trainNet } from '../../../src/experiments';

beforeAll(() => useNodeMnist());

describe('trainNet', () => {
  it('TwoLayerNet, book settings, 300 iterations (half an epoch): test accuracy above 0.85 (measured 0.881), no leaks', async () => {
    const data = await loadMnist();
    expect([data.nTrain, data.nTest]).toEqual([60000, 10000]);
    const before = tf.memory().numTensors;
    const progress: number[] = [];
    const res = await trainNet({
      iterations: 300,
      evalEvery: 150,
      evalSize: 10_000, // the whole test set; the first 10,000 training digits (not 60,000)
      onProgress: (p) => progress.push(p.iteration),
    });
    expect(tf.memory().numTensors).toBe(before);
    console.log(
      `TwoLayerNet 300 it: test acc ${res.testAcc.at(-1)}, train acc ${res.trainAcc.at(-1)}, ${res.examplesPerSecond.toFixed(0)} ex/s`,
    );
    expect(res.loss).toHaveLength(300);
    expect(res.evalAt).toEqual([150, 300]);
    expect(res.loss[0]).toBeCloseTo(Math.log(10), 1);
    expect(res.testAcc.at(-1)).toBeGreaterThan(0.85);
    expect(progress.at(-1)).toBe(300);
  });

  it('stops on abort and frees everything', async () => {
    const before = tf.memory().numTensors;
    const ctrl = new AbortController();
    const run = trainNet({
      iterations: 100_000,
      signal: ctrl.signal,
      onProgress: (p) => p.iteration > 20 && ctrl.abort(),
    });
    await expect(run).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
  });
});
