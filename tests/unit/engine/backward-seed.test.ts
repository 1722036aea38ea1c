// backward(dout): the seed ∂L/∂this stays the caller's. The engine reads it, never frees or keeps
// it, and does not copy it first (a copy is a kernel call: policy-gradient seeds 300 backward
// passes in sequence per α change); a leaf seeded directly keeps its own copy.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { tensor } from '../../../src/engine';

describe('backward(dout)', () => {
  it('reads the seed without copying or freeing it; only the leaf gradient is new', async () => {
    const x = tensor([[1, 2], [3, 4]], { requiresGrad: true }); // prettier-ignore
    const y = x.mul(x);
    const dout = tf.tensor2d([
      [1, 0],
      [0.5, 2],
    ]);
    const before = tf.memory().numTensors;
    const { kernels } = await tf.profile(() => y.backward(dout));
    expect(kernels.map((k) => k.name)).not.toContain('Identity');
    expect(dout.isDisposed).toBe(false);
    expect(await dout.array()).toEqual([[1, 0], [0.5, 2]]); // prettier-ignore
    expect(await x.grad!.array()).toEqual([
      [2, 0],
      [3, 16],
    ]); // 2x · dout, prettier-ignore
    expect(tf.memory().numTensors - before).toBe(1); // x.grad, nothing else left behind
    for (const t of [x, y]) t.dispose();
    dout.dispose();
  });

  it('a leaf seeded directly keeps a copy: the caller may free the seed', async () => {
    const x = tensor([1, 2, 3], { requiresGrad: true });
    const dout = tf.tensor1d([0.5, -1, 2]);
    x.backward(dout);
    x.backward(dout); // += : the second adds to the first's copy
    dout.dispose();
    expect(await x.grad!.array()).toEqual([1, -2, 4]);
    x.dispose();
  });
});
