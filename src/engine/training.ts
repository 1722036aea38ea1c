// Small device helpers for the training loop (experiments/session.ts): device counters, and
// the host-side checkpoint a chunk redone after a WebGL context loss rewinds to. Parameters
// themselves come back from their host snapshots (parameter.ts).
import * as tf from '@tensorflow/tfjs-core';
import type { Rng, RngState } from '../data/rng';
import type { Net } from './nets';
import type { Optimizer } from './optimizers';
import type { DeviceTensor } from './device';
import type { Tensor } from './tensor';

/** For each row of x: the index of its largest value (as float32, the book's argmax) and that value. */
export function argMaxRows(x: Tensor): [DeviceTensor, DeviceTensor] {
  return [tf.cast(tf.argMax(x.value, 1), 'float32'), tf.max(x.value, 1)];
}

/** A device scalar that survives scopes, starting at `value`. */
export function deviceScalar(value: number): DeviceTensor {
  return tf.keep(tf.scalar(value));
}

/** total + next as a new kept tensor; both inputs are freed (a running sum on the device). */
export function addInto(total: DeviceTensor, next: DeviceTensor): DeviceTensor {
  const sum = tf.keep(tf.add(total, next));
  tf.dispose([total, next]);
  return sum;
}

/**
 * What a chunk of training steps changes on the host: the batch generator, the dropout
 * generators and the optimizer's step count (Adam's t). Returns a function that puts all of
 * it back, so a chunk redone on a new backend draws the same batches and masks and uses the
 * same ηt as the first attempt.
 */
export function hostCheckpoint(net: Net, opt: Optimizer, rngs: Rng[]): () => void {
  const generators = [...rngs, ...net.rngs];
  const saved: RngState[] = generators.map((g) => g.save());
  const iteration = opt.iteration;
  return () => {
    generators.forEach((g, i) => g.load(saved[i]));
    opt.iteration = iteration;
  };
}
