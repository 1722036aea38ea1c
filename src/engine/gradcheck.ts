// Gradient checking as the book does it (gradient_check.py): compare backward()'s gradients
// with central differences (f(p + h) − f(p − h)) / 2h. Our arithmetic is float32, so expect
// differences around 1e-4 … 1e-3 where the book's float64 shows 1e-10.
import * as tf from '@tensorflow/tfjs-core';
import { createRng } from '../data/rng';
import { readAll } from './backend';
import type { Net } from './nets';
import type { Parameter } from './parameter';
import { scope, tensor, type Tensor } from './tensor';

/**
 * Central-difference gradient of the scalar f() with respect to each parameter: ∂f/∂p[i] ≈
 * (f(p + h·eᵢ) − f(p − h·eᵢ)) / 2h, for every element or only `indices[k]` of params[k]
 * (other entries are left 0). All the f evaluations are read back together, once.
 */
export async function numericalGradient(
  f: () => Tensor,
  params: Parameter[],
  h = 1e-4,
  opts: { indices?: Array<ArrayLike<number>> } = {},
): Promise<Float32Array[]> {
  const originals = (await readAll(params.map((p) => p.value))).map((a) => a.slice());
  const evaluations: tf.Tensor[] = [];
  const plan: Array<[number, number]> = [];
  params.forEach((p, k) => {
    const indices = opts.indices?.[k] ?? Array.from({ length: p.size }, (_, i) => i);
    for (let j = 0; j < indices.length; j++) {
      const i = indices[j];
      for (const sign of [1, -1]) {
        const moved = originals[k].slice();
        moved[i] += sign * h;
        p.assign(tf.tensor(moved, p.shape));
        evaluations.push(scope(() => f().value));
      }
      plan.push([k, i]);
    }
    p.assign(tf.tensor(originals[k], p.shape));
  });
  let values: Float32Array[];
  try {
    values = await readAll(evaluations);
  } finally {
    tf.dispose(evaluations);
  }
  const grads = params.map((p) => new Float32Array(p.size));
  plan.forEach(([k, i], n) => (grads[k][i] = (values[2 * n][0] - values[2 * n + 1][0]) / (2 * h)));
  return grads;
}

export interface GradientCheckRow {
  /** the parameter's name (W1, b1, …) */
  name: string;
  /** mean |backprop − numerical| over the checked entries (the book's printout) */
  meanAbsDiff: number;
  /** the largest |backprop − numerical| */
  maxAbsDiff: number;
  /** how many entries were compared */
  checked: number;
}

/**
 * The book's gradient_check.py for any Net: backprop gradients vs numerical ones on a batch,
 * per parameter. `samplesPerParam` (seeded) limits the (slow) numerical side; Infinity = all.
 * Use `train: false` for nets with dropout (fresh masks would change f between evaluations).
 */
export async function gradientCheck(
  net: Net,
  batch: { x: tf.Tensor; t: tf.Tensor },
  opts: { h?: number; samplesPerParam?: number; seed?: number; train?: boolean } = {},
): Promise<GradientCheckRow[]> {
  const { h = 1e-4, samplesPerParam = 20, seed = 0, train = true } = opts;
  const params = net.params;
  const labels = () => (batch.t.dtype === 'int32' ? (batch.t as tf.Tensor1D) : tensor(batch.t));
  const loss = () => net.loss(tensor(batch.x), labels(), train);
  net.zeroGrad();
  scope(() => loss().backward());
  const backprop = await readAll(params.map((p) => p.grad!));
  const analytic = backprop.map((a) => a.slice());
  net.zeroGrad();
  const rng = createRng(seed);
  const indices = params.map((p) =>
    p.size <= samplesPerParam
      ? Array.from({ length: p.size }, (_, i) => i)
      : Array.from(rng.choice(p.size, samplesPerParam)),
  );
  const numeric = await numericalGradient(loss, params, h, { indices });
  return params.map((p, k) => {
    const diffs = indices[k].map((i) => Math.abs(analytic[k][i] - numeric[k][i]));
    return {
      name: p.name,
      meanAbsDiff: diffs.reduce((a, b) => a + b, 0) / diffs.length,
      maxAbsDiff: Math.max(...diffs),
      checked: diffs.length,
    };
  });
}
