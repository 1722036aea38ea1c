// The flat-offset GatherV2 registered for tfjs-backend-cpu (src/engine/backend/cpu-gather.ts)
// against tfjs's own kernel on the same inputs: every axis, batchDims, slices of one and of many
// values, float32 / int32 / bool, repeated indices, the out-of-range error, no leak.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerCpuGather } from '../../../src/engine/backend/cpu-gather';

type Case = {
  shape: number[];
  idx: number[];
  idxShape?: number[];
  axis: number;
  batchDims?: number;
};
const CASES: Case[] = [
  { shape: [7], idx: [3, 0, 6, 6, 1], axis: 0 },
  { shape: [1, 785], idx: Array.from({ length: 300 }, (_, i) => (i * 37) % 785), axis: 1 },
  { shape: [4, 5, 3], idx: [4, 0, 2], axis: 1 },
  { shape: [4, 5, 3], idx: [2, 2, 0, 1], axis: 2 },
  { shape: [4, 5, 3], idx: [3, 1], axis: 0 },
  { shape: [2, 3, 4], idx: [2, 0, 1, 1], idxShape: [2, 2], axis: 1, batchDims: 1 },
  {
    shape: [3, 6],
    idx: [
      [5, 0],
      [1, 1],
      [2, 3],
    ].flat(),
    idxShape: [3, 2],
    axis: 1,
    batchDims: 1,
  },
  { shape: [3, 4], idx: [], axis: 1 },
];

function run(c: Case, dtype: 'float32' | 'int32' | 'bool') {
  const n = c.shape.reduce((a, b) => a * b, 1);
  const values = Array.from({ length: n }, (_, i) => (dtype === 'bool' ? i % 3 : i * 1.5 - 4));
  return tf.tidy(() => {
    const x = tf.tensor(values, c.shape, dtype);
    const ind = tf.tensor(c.idx, c.idxShape ?? [c.idx.length], 'int32');
    const out = tf.gather(x, ind, c.axis, c.batchDims ?? 0);
    return { shape: out.shape, values: Array.from(out.dataSync()) };
  });
}

describe('flat GatherV2 on the cpu backend', () => {
  const expected = new Map<string, unknown>();
  beforeAll(async () => {
    await tf.setBackend('cpu');
    // tfjs's own kernel first, then ours for every test below
    for (const c of CASES)
      for (const dtype of ['float32', 'int32', 'bool'] as const)
        expected.set(JSON.stringify([c, dtype]), run(c, dtype));
    registerCpuGather();
    registerCpuGather(); // twice is harmless
  });

  it('is the registered kernel', () => {
    expect((tf.getKernel('GatherV2', 'cpu') as { flat?: boolean }).flat).toBe(true);
  });

  for (const c of CASES)
    for (const dtype of ['float32', 'int32', 'bool'] as const)
      it(`${dtype} [${c.shape}] axis ${c.axis} batchDims ${c.batchDims ?? 0}: as tfjs's`, () => {
        expect(run(c, dtype)).toEqual(expected.get(JSON.stringify([c, dtype])));
      });

  it('refuses an index out of range, and leaks nothing', () => {
    const start = tf.memory().numTensors;
    const x = tf.tensor2d([1, 2, 3, 4], [2, 2]);
    const bad = tf.tensor1d([0, 2], 'int32');
    expect(() => tf.gather(x, bad, 1)).toThrow(/index value 2 is not in \[0, 1\]/);
    tf.dispose([x, bad]);
    run(CASES[1], 'float32');
    expect(tf.memory().numTensors).toBe(start);
  });
});
