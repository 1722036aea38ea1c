// Small helpers for code above the engine (src/experiments) that holds, packs or frees values
// on the device without importing tfjs. None of them is an op: they record no gradient.
// Experiments do their arithmetic with our Tensor ops; these only manage the device memory
// around it (what a scope() keeps, what is read back, what is freed when a run throws).
import * as tf from '@tensorflow/tfjs-core';
import { histogram } from './histogram';
import { Tensor } from './tensor';

/** A value on the device: what a Tensor's `.value` and `.grad` hold, and what readAll() reads. */
export type DeviceTensor = tf.Tensor;

/** Anything free() accepts: our Tensors, device values, nested arrays of them, null. */
export type Freeable = Tensor | DeviceTensor | null | undefined | readonly Freeable[];

/**
 * Frees device memory: a device value, or our Tensor's value and gradient (Tensor.dispose), or
 * every one in a (nested) array. Freeing a value twice is harmless, so `finally { free(out) }`
 * is safe whether or not a run threw half-way.
 */
export function free(x: Freeable): void {
  if (x === null || x === undefined) return;
  if (x instanceof Tensor) x.dispose();
  else if (x instanceof tf.Tensor) x.dispose();
  else for (const item of x) free(item);
}

/**
 * Keeps a value (ours or a device value) alive past every enclosing scope(), for state that
 * outlives one call, such as cached random draws. The caller frees it with free().
 */
export function hold<T extends Tensor | DeviceTensor>(x: T): T {
  tf.keep(x instanceof Tensor ? x.value : x);
  return x;
}

/**
 * The values, flattened and concatenated into one 1-D row (x, y, f(x, y), state …): many small
 * numbers recorded as one device value and read back together. No gradient flows through it.
 */
export function packRow(values: ReadonlyArray<Tensor | DeviceTensor>): tf.Tensor1D {
  return tf.tidy(() =>
    tf.concat(
      values.map((v) => {
        const t = v instanceof Tensor ? v.value : v;
        return t.rank === 1 ? t : tf.reshape(t, [-1]); // a vector already: no kernel
      }),
    ),
  ) as tf.Tensor1D;
}

/**
 * Histogram of `x` over the symmetric range [−r, r] with r = max|x| (never below `floor`, so an
 * all-zero `x` still has a valid range), binned on the device. Returns the `bins` counts and r,
 * both on the device: read them back together with everything else.
 */
export function symmetricHistogram(
  x: Tensor | DeviceTensor,
  bins: number,
  floor = 1e-30,
): [counts: tf.Tensor1D, r: tf.Scalar] {
  const v = x instanceof Tensor ? x.value : x;
  return tf.tidy(() => {
    const r = tf.maximum(tf.max(tf.abs(v)), floor) as tf.Scalar;
    return [histogram(v, tf.neg(r), r, bins), r];
  });
}
