// A Parameter is a leaf Tensor that lives across training steps: weights, biases and optimizer
// state. It owns its value (kept out of every scope), remembers a host copy of its numbers, and
// re-uploads that copy when the backend changes after a WebGL context loss.
import * as tf from '@tensorflow/tfjs-core';
import { readAll, trackRestorable } from './backend';
import { Tensor } from './tensor';

export class Parameter extends Tensor {
  /** a name for printing and gradient-check reports ('W1', 'b1', 'W1.v' …) */
  readonly name: string;
  /** the numbers as of the last snapshot (or creation): what a lost backend is restored from */
  host: Float32Array;
  private readonly untrack: () => void;

  constructor(
    name: string,
    host: Float32Array,
    shape: number[],
    opts: { requiresGrad?: boolean } = {},
  ) {
    super(tf.keep(tf.tensor(host, shape, 'float32')), { requiresGrad: opts.requiresGrad ?? true });
    this.name = name;
    this.host = host;
    this.untrack = trackRestorable(this);
  }

  /** A parameter filled with zeros of `shape` (optimizer state starts here). */
  static zeros(name: string, shape: number[], requiresGrad = false): Parameter {
    return new Parameter(name, new Float32Array(shape.reduce((a, b) => a * b, 1)), shape, {
      requiresGrad,
    });
  }

  /** Replaces the value (an update step); the old value is freed, the new one kept. */
  assign(value: tf.Tensor): void {
    if (value.shape.join() !== this.value.shape.join()) {
      throw new Error(
        `${this.name}: 모양 [${this.value.shape.join(', ')}] 에 [${value.shape.join(', ')}] 를 넣을 수 없습니다.`,
      );
    }
    if (value === this.value) return;
    const old = this.value;
    this.value = tf.keep(value);
    old.dispose();
  }

  /** After a backend switch: re-create the value from the host copy on the new backend. */
  restore(): void {
    try {
      this.value.dispose();
    } catch {
      // the lost backend may refuse; its memory is gone anyway
    }
    this.value = tf.keep(tf.tensor(this.host, this.shape, 'float32'));
    this.zeroGrad();
  }

  override dispose(): void {
    this.untrack();
    super.dispose();
  }
}

/**
 * Copies the current values of `params` to their host copies with ONE readback (all flattened
 * and concatenated on the device). Call it at the end of a chunk of training steps.
 */
export async function snapshot(params: Parameter[]): Promise<void> {
  const data = await readAll(params.map((p) => p.value));
  params.forEach((p, i) => (p.host = data[i].slice()));
}
