// The strided broadcasting kernels registered for tfjs-backend-cpu and tfjs-backend-wasm
// (src/engine/backend/broadcast-kernels.ts) against tfjs's own kernels on the same inputs, bit for
// bit: every binary op over many shape pairs (equal shapes, a row against a column, scalars,
// missing and size-1 dimensions, rank 4, empty), NaN and ±∞; Tile over ranks 1–4 and dtypes; Softmax over rows of
// different lengths with large logits, −∞ and NaN; what they do not take still reaches the
// original; no leak.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerBroadcastKernels } from '../../../src/engine/backend/broadcast-kernels';

const OPS = ['Add', 'Sub', 'Multiply', 'RealDiv', 'Maximum', 'Minimum', 'SquaredDifference', 'Pow'];
/** on wasm the arithmetic stays tfjs's C++; compared anyway (a wrong registration would show) */
const WASM_OPS = OPS.slice(0, 4);
const apply: Record<string, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor> = {
  Add: tf.add,
  Sub: tf.sub,
  Multiply: tf.mul,
  RealDiv: tf.div,
  Maximum: tf.maximum,
  Minimum: tf.minimum,
  SquaredDifference: tf.squaredDifference,
  Pow: tf.pow,
};
const PAIRS: [number[], number[]][] = [
  [
    [128, 3],
    [128, 1],
  ],
  [
    [128, 1],
    [128, 3],
  ],
  [[4, 3], [3]],
  [
    [4, 1],
    [1, 5],
  ],
  [
    [2, 3, 4],
    [3, 1],
  ],
  [
    [2, 1, 4],
    [1, 3, 1],
  ],
  [
    [2, 3, 4, 5],
    [1, 3, 1, 5],
  ],
  [
    [5, 1, 1, 2],
    [4, 3, 1],
  ],
  [[3, 4], []],
  [[], [3, 4]],
  [[1], [6, 2]],
  [
    [0, 3],
    [1, 3],
  ],
  [
    [3, 4],
    [3, 4],
  ],
  [
    [2, 3, 4],
    [2, 3, 4],
  ],
  [[], []],
];
const SPECIAL = [NaN, Infinity, -Infinity, 0, -0, 1e-30, 3e38];

/** Deterministic values with a few specials among them. */
function values(n: number, seed: number): number[] {
  return Array.from({ length: n }, (_, i) => {
    if ((i * 7 + seed) % 11 === 0) return SPECIAL[(i + seed) % SPECIAL.length];
    return Math.sin(i * 1.7 + seed) * 3 + (i % 3 === 0 ? 0.5 : -0.25);
  });
}

const bits = (t: tf.Tensor) => Array.from(new Uint32Array(Float32Array.from(t.dataSync()).buffer));

type Outputs = Record<string, { shape: number[]; bits: number[] }>;

/** Every case's output (shape and exact bits) on the active backend, with its kernels now. */
function runAll(): Outputs {
  const ops = tf.getBackend() === 'wasm' ? WASM_OPS : OPS;
  return tf.tidy(() => {
    const out: Outputs = {};
    const keep = (k: string, t: tf.Tensor) => (out[k] = { shape: t.shape, bits: bits(t) });
    for (const op of ops)
      PAIRS.forEach(([as, bs], i) => {
        const a = tf.tensor(values(tf.util.sizeFromShape(as), i), as);
        const b = tf.tensor(values(tf.util.sizeFromShape(bs), i + 5), bs);
        keep(`${op} ${as}|${bs}`, apply[op](a, b));
      });
    const tiles: [number[], number[]][] = [
      [[3], [4]],
      [
        [2, 3],
        [3, 2],
      ],
      [
        [2, 1, 3],
        [1, 4, 2],
      ],
      [
        [2, 2, 1, 3],
        [2, 1, 3, 1],
      ],
      [
        [1, 1],
        [128, 3],
      ],
      [
        [3, 40],
        [2, 3],
      ],
      [
        [2, 1, 33],
        [1, 2, 2],
      ],
      [
        [0, 2],
        [3, 1],
      ],
    ];
    for (const [shape, reps] of tiles) {
      const n = tf.util.sizeFromShape(shape);
      keep(`Tile f32 ${shape}×${reps}`, tf.tile(tf.tensor(values(n, 3), shape), reps));
      const ints = Array.from({ length: n }, (_, i) => i * 3 - 4);
      keep(`Tile i32 ${shape}×${reps}`, tf.tile(tf.tensor(ints, shape, 'int32'), reps));
      const bools = Array.from({ length: n }, (_, i) => i % 3 === 0);
      keep(`Tile bool ${shape}×${reps}`, tf.tile(tf.tensor(bools, shape, 'bool'), reps));
    }
    const logits: [number[], number[]][] = [
      [[128, 3], values(384, 1)],
      [[5], [1, 2, 3, 4, 5]],
      [
        [2, 4],
        [1000, 999, -1000, 0, -Infinity, 0, 1, 2],
      ],
      [
        [3, 2],
        [NaN, 1, 2, NaN, Infinity, 1],
      ],
      [[2, 3, 7], values(42, 9).map((v) => (Number.isFinite(v) ? v * 20 : 0))],
      [[1, 1], [4]],
    ];
    for (const [shape, v] of logits) keep(`Softmax ${shape}`, tf.softmax(tf.tensor(v, shape)));
    // not taken: int32 arithmetic goes to tfjs's own kernels
    keep('Add int32', tf.add(tf.tensor([1, 2, 3, 4], [2, 2], 'int32'), tf.tensor([5, 6], [2, 1], 'int32'))); // prettier-ignore
    return out;
  });
}

const BACKENDS = ['cpu', 'wasm'] as const;

describe('strided broadcasting kernels on the cpu and wasm backends', () => {
  const expected: Partial<Record<(typeof BACKENDS)[number], Outputs>> = {};
  beforeAll(async () => {
    setWasmPaths(resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
    for (const b of BACKENDS) {
      await tf.setBackend(b);
      expected[b] = runAll(); // tfjs's own kernels, before ours are registered
    }
    registerBroadcastKernels();
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('registers once: a second call changes nothing', () => {
    const k = [tf.getKernel('Sub', 'cpu'), tf.getKernel('Tile', 'wasm')];
    registerBroadcastKernels();
    expect([tf.getKernel('Sub', 'cpu'), tf.getKernel('Tile', 'wasm')]).toEqual(k);
    // wasm's arithmetic stays tfjs's own (no mark)
    for (const op of OPS) expect(Object.getOwnPropertySymbols(tf.getKernel(op, 'wasm')!)).toHaveLength(0); // prettier-ignore
  });

  for (const b of BACKENDS)
    it(`gives exactly the bits and shapes of tfjs’s own kernels on ${b}`, async () => {
      await tf.setBackend(b);
      const before = tf.memory().numTensors;
      const got = runAll();
      expect(tf.memory().numTensors).toBe(before);
      expect(Object.keys(got)).toEqual(Object.keys(expected[b]!));
      for (const k of Object.keys(got)) expect(got[k], `${b}: ${k}`).toEqual(expected[b]![k]);
    });

  it('runs our kernel for a broadcast: [128, 3] − [128, 1] without tfjs’s per-value index arrays', async () => {
    await tf.setBackend('cpu');
    const spy = tf.util.indexToLoc;
    let calls = 0;
    const util = tf.util as { indexToLoc: typeof spy };
    const patched = (...a: Parameters<typeof spy>) => (calls++, spy(...a));
    Object.defineProperty(util, 'indexToLoc', { value: patched, configurable: true, writable: true }); // prettier-ignore
    try {
      tf.tidy(() => tf.sub(tf.ones([128, 3]), tf.ones([128, 1])).dataSync());
      tf.tidy(() => tf.softmax(tf.ones([128, 3])).dataSync());
    } finally {
      Object.defineProperty(util, 'indexToLoc', { value: spy, configurable: true, writable: true }); // prettier-ignore
    }
    expect(calls).toBe(0);
  });

  it('runs ours on wasm: Tile writes the heap from JavaScript', async () => {
    await tf.setBackend('wasm');
    const names: string[] = [];
    const profile = await tf.profile(() =>
      tf.tidy(() => tf.add(tf.tile(tf.ones([1, 1]), [128, 3]), tf.ones([128, 1])).dataSync()),
    );
    names.push(...profile.kernelNames);
    expect(names).toEqual(expect.arrayContaining(['Tile', 'Add']));
    expect(Object.getOwnPropertySymbols(tf.getKernel('Tile', 'wasm')!)).toHaveLength(1);
  });
});
