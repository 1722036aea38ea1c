// The in-place Slice, SplitV and Unpack kernels registered for tfjs-backend-wasm
// (src/engine/backend/wasm-slice.ts) against the cpu backend: every rank up to 5, contiguous and
// strided boxes, empty slices, float32 / int32 / bool, the heap growing while slicing, no leak.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWasmSlice } from '../../../src/engine/backend/wasm-slice';

/** Runs `f` on cpu and on wasm with the same input values; returns both results as arrays. */
async function both<T extends tf.Tensor | tf.Tensor[]>(
  shape: number[],
  dtype: 'float32' | 'int32' | 'bool',
  f: (x: tf.Tensor) => T,
): Promise<[unknown, unknown]> {
  const n = shape.reduce((a, b) => a * b, 1);
  const values = Array.from({ length: n }, (_, i) =>
    dtype === 'bool' ? i % 3 === 0 : dtype === 'int32' ? i - 7 : i * 0.5 - 3,
  );
  const out: unknown[] = [];
  for (const backend of ['cpu', 'wasm']) {
    await tf.setBackend(backend);
    const x = tf.tensor(values as number[], shape, dtype);
    const r = f(x);
    const list = Array.isArray(r) ? r : [r];
    out.push(await Promise.all(list.map(async (t) => ({ shape: t.shape, v: await t.array() }))));
    tf.dispose([x, ...list]);
  }
  return out as [unknown, unknown];
}

describe('in-place wasm Slice, SplitV, Unpack', () => {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    await tf.ready();
    registerWasmSlice();
    registerWasmSlice(); // twice is harmless
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('is the registered kernel', () => {
    for (const name of ['Slice', 'SplitV', 'Unpack'])
      expect((tf.getKernel(name, 'wasm') as { inPlace?: boolean }).inPlace).toBe(true);
  });

  const cases: Array<[number[], number[], number[]]> = [
    [[10], [3], [4]],
    [[10], [0], [-1]],
    [
      [5, 7],
      [1, 0],
      [3, 7],
    ], // whole rows: contiguous
    [
      [5, 7],
      [1, 2],
      [3, 4],
    ], // a strided box
    [
      [5, 7],
      [4, 6],
      [1, 1],
    ],
    [
      [3, 4, 5],
      [1, 1, 2],
      [2, 3, 2],
    ],
    [
      [2, 3, 4, 5],
      [1, 0, 1, 1],
      [1, 3, 2, 3],
    ],
    [
      [2, 2, 3, 4, 3],
      [0, 1, 1, 2, 0],
      [2, 1, 2, 2, 3],
    ],
    [
      [4, 6],
      [2, 3],
      [0, 2],
    ], // empty
  ];
  for (const [shape, begin, size] of cases)
    for (const dtype of ['float32', 'int32', 'bool'] as const)
      it(`slice ${dtype} [${shape}] at [${begin}] size [${size}] as on cpu`, async () => {
        const [cpu, wasm] = await both(shape, dtype, (x) => tf.slice(x, begin, size));
        expect(wasm).toEqual(cpu);
      });

  it('split and unstack along every axis as on cpu, no leak', async () => {
    const start = tf.memory().numTensors;
    for (const axis of [0, 1, 2]) {
      const [c1, w1] = await both([4, 6, 3], 'float32', (x) =>
        tf.split(x, axis === 1 ? [1, 2, 3] : x.shape[axis], axis),
      );
      expect(w1).toEqual(c1);
      const [c2, w2] = await both([4, 6, 3], 'int32', (x) => tf.unstack(x, axis));
      expect(w2).toEqual(c2);
    }
    await tf.setBackend('wasm');
    expect(tf.memory().numTensors).toBe(start);
  });

  it('slices a large tensor correctly while the heap grows', async () => {
    await tf.setBackend('wasm');
    const big = tf.reshape(tf.range(0, 2_000_000, 1, 'float32'), [20_000, 100]);
    // 40 slices of 8 MB each force malloc to grow the heap between reads
    const parts = Array.from({ length: 40 }, () => tf.slice(big, [100, 0], [20_000 - 100, 100]));
    const last = parts[parts.length - 1];
    const v = await last.data();
    expect(last.shape).toEqual([19_900, 100]);
    expect([v[0], v[v.length - 1]]).toEqual([10_000, 1_999_999]);
    tf.dispose([big, ...parts]);
  });
});
