// readAll: many tensors read with one readback, split back into their own values. Rows of one
// width are concatenated as they are (one Concat kernel, no reshape each: policy-gradient reads
// 300 [128, 3] gradients at the end of a run); anything else is flattened first.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { readAll } from '../../../src/engine';

const kernelsOf = async (f: () => Promise<unknown>) =>
  (await tf.profile(async () => void (await f()))).kernels.map((k) => k.name);

describe('readAll', () => {
  it('rows of one width: their values in order, through one Concat and no Reshape', async () => {
    const ts = [0, 1, 2].map((k) =>
      tf.tensor2d([
        [k, k + 0.5, -k],
        [10 * k, 1, 2],
      ]),
    );
    const before = tf.memory().numTensors;
    let out: Float32Array[] = [];
    const kernels = await kernelsOf(async () => (out = await readAll(ts)));
    expect(kernels).toEqual(['Concat']);
    expect(out.map((a) => [...a])).toEqual([
      [0, 0.5, -0, 0, 1, 2],
      [1, 1.5, -1, 10, 1, 2],
      [2, 2.5, -2, 20, 1, 2],
    ]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose(ts);
  });

  it('rows of different lengths along the first axis are rows of one width too', async () => {
    const ts = [tf.tensor2d([[1, 2]]), tf.tensor2d([[3, 4], [5, 6]])]; // prettier-ignore
    const out = await readAll(ts);
    expect(out.map((a) => [...a])).toEqual([[1, 2], [3, 4, 5, 6]]); // prettier-ignore
    tf.dispose(ts);
  });

  it('other shapes, ranks and dtypes are flattened first, with the same values', async () => {
    const ts = [
      tf.tensor2d([[1, 2, 3]]),
      tf.tensor2d([[4], [5]]),
      tf.scalar(6),
      tf.tensor1d([7, 8], 'int32'),
    ];
    const before = tf.memory().numTensors;
    const out = await readAll(ts);
    expect(out.map((a) => [...a])).toEqual([[1, 2, 3], [4, 5], [6], [7, 8]]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose(ts);
  });
});
