// The engine's logSoftmax through our one-kernel forward and backward
// (src/engine/backend/log-softmax-kernel.ts) against the same op through tfjs's kernels (the
// composite it takes where ours are not registered): on cpu bit for bit, values and gradients,
// over rows of 1 to 10 values, rank 1 to 3, empty, large logits, −∞ and NaN; on wasm (whose C++
// exp and float32 sums round differently) within a few float32 ulps. Ours really run (two kernel
// calls where the composite makes ten); no leak; registering twice changes nothing.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scope, tensor } from '../../../src/engine';
import {
  LOG_SOFTMAX,
  LOG_SOFTMAX_GRAD,
  registerLogSoftmax,
} from '../../../src/engine/backend/log-softmax-kernel';

const SPECIAL = [NaN, -Infinity, 3e38, -3e38, 0, 88.5, -104];
const CASES: [string, number[], boolean][] = [
  ['[128, 3]', [128, 3], false],
  ['[4, 10]', [4, 10], false],
  ['[5]', [5], false],
  ['[3, 1]', [3, 1], false],
  ['[2, 3, 5]', [2, 3, 5], false],
  ['[0, 3]', [0, 3], false],
  ['[16, 4] with specials', [16, 4], true],
];

function values(n: number, seed: number, special: boolean): Float32Array {
  return Float32Array.from({ length: n }, (_, i) =>
    special && (i * 5 + seed) % 7 === 0
      ? SPECIAL[(i + seed) % SPECIAL.length]
      : Math.sin(i * 1.3 + seed) * 4 + (i % 4) * 0.5,
  );
}

/** log π and ∂J/∂x for J = Σ c · logSoftmax(x), by the engine's op and backward(). */
function run(shape: number[], special: boolean): { out: Float32Array; grad: Float32Array } {
  const n = shape.reduce((a, b) => a * b, 1);
  const x = tensor(values(n, 1, special), { shape, requiresGrad: true });
  const c = tensor(values(n, 2, false), { shape });
  const got = scope(() => {
    const y = x.logSoftmax();
    y.mul(c).sum().backward();
    return { out: y.value.dataSync().slice() as Float32Array, grad: x.grad!.dataSync().slice() as Float32Array }; // prettier-ignore
  });
  x.dispose();
  c.dispose();
  return got;
}

const unregister = () => {
  for (const b of ['cpu', 'wasm'])
    for (const k of [LOG_SOFTMAX, LOG_SOFTMAX_GRAD]) if (tf.getKernel(k, b)) tf.unregisterKernel(k, b); // prettier-ignore
};

/** Kernel names one call of run() makes. */
async function kernelsOf(shape: number[]): Promise<string[]> {
  const info = await tf.profile(() => {
    run(shape, false);
  });
  return info.kernels.map((k) => k.name);
}

describe('logSoftmax as one kernel each way on cpu and wasm', () => {
  const composite: Record<string, Record<string, ReturnType<typeof run>>> = {};
  beforeAll(async () => {
    setWasmPaths(resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
    unregister();
    for (const b of ['cpu', 'wasm']) {
      await tf.setBackend(b);
      composite[b] = Object.fromEntries(CASES.map(([name, shape, sp]) => [name, run(shape, sp)]));
    }
    registerLogSoftmax();
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('registers once on each backend: a second call changes nothing', () => {
    const k = [tf.getKernel(LOG_SOFTMAX, 'cpu'), tf.getKernel(LOG_SOFTMAX_GRAD, 'wasm')];
    expect(k.every(Boolean)).toBe(true);
    registerLogSoftmax();
    expect([tf.getKernel(LOG_SOFTMAX, 'cpu'), tf.getKernel(LOG_SOFTMAX_GRAD, 'wasm')]).toEqual(k);
  });

  it('on cpu gives exactly the composite’s bits, values and gradients', async () => {
    await tf.setBackend('cpu');
    const before = tf.memory().numTensors;
    for (const [name, shape, sp] of CASES) {
      const got = run(shape, sp);
      expect(got.out, `${name}: log π`).toEqual(composite.cpu[name].out);
      expect(got.grad, `${name}: ∂x`).toEqual(composite.cpu[name].grad);
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('on wasm agrees with the composite within a few float32 ulps of each result’s scale (NaN and ∞ where it has them)', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory().numTensors;
    for (const [name, shape, sp] of CASES) {
      const got = run(shape, sp);
      for (const k of ['out', 'grad'] as const) {
        const want = composite.wasm[name][k];
        expect(got[k].length).toBe(want.length);
        // ∂x = dout − π·Σdout cancels: its error scales with the largest value, not its own
        const scale = want.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, Math.abs(v)) : m), 1);
        got[k].forEach((v, i) => {
          if (!Number.isFinite(want[i])) expect(v, `${name} ${k}[${i}]`).toBe(want[i]);
          else expect(Math.abs(v - want[i]), `${name} ${k}[${i}]`).toBeLessThanOrEqual(4 * 2 ** -23 * scale); // prettier-ignore
        });
      }
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('really runs: two kernel calls for the op where the composite makes ten', async () => {
    for (const b of ['cpu', 'wasm']) {
      await tf.setBackend(b);
      const ours = await kernelsOf([128, 3]);
      expect(ours, b).toContain(LOG_SOFTMAX);
      expect(ours, b).toContain(LOG_SOFTMAX_GRAD);
      expect(ours, b).not.toContain('Log');
      expect(ours, b).not.toContain('Max');
      unregister();
      const theirs = await kernelsOf([128, 3]);
      registerLogSoftmax();
      expect(theirs, b).not.toContain(LOG_SOFTMAX);
      expect(theirs.length - ours.length, b).toBe(8);
    }
  });
});
