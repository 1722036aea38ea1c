// Log-softmax along the last axis as ONE kernel, forward and backward, on tfjs's cpu and wasm
// backends (the engine's logSoftmax op calls them where they are registered, the six- and
// four-kernel composites elsewhere, i.e. on WebGL). Policy-gradient runs the op in each of 300
// sequential episodes on [128, 3] logits, where every kernel call costs far more than its
// arithmetic: 10 calls an episode become 2.
// Each step is rounded to float32 where tfjs-cpu's kernels store it (x − max, eˢ, Σ in float64
// then stored, log, the difference), so on cpu the bits equal the composite's; tfjs-wasm's C++
// exp and float32 sums may differ from them in the last bit
// (tests/unit/engine/log-softmax-kernel.test.ts).
import * as tf from '@tensorflow/tfjs-core';
import { produce, rowMax, type Backend } from './broadcast-kernels';

export const LOG_SOFTMAX = 'EngineLogSoftmax';
export const LOG_SOFTMAX_GRAD = 'EngineLogSoftmaxGrad';

const f = Math.fround;

/** out = s − log Σ eˢ with s = x − max x, over each row of n values. */
export function rowLogSoftmax(x: tf.TypedArray, out: tf.TypedArray, n: number): void {
  const e = new Float32Array(n);
  for (let o = 0; o < out.length; o += n) {
    const max = rowMax(x, o, n);
    let sum = 0;
    for (let j = 0; j < n; j++) {
      out[o + j] = x[o + j] - max; // s, stored (rounded to float32)
      e[j] = Math.exp(out[o + j]);
      sum += e[j];
    }
    const logSum = f(Math.log(f(sum)));
    for (let j = 0; j < n; j++) out[o + j] -= logSum;
  }
}

/** dx = dy − π · Σ dy over each row of n values, π = e^out (the forward's output). */
export function rowLogSoftmaxGrad(
  dy: tf.TypedArray,
  out: tf.TypedArray,
  dx: tf.TypedArray,
  n: number,
): void {
  for (let o = 0; o < dx.length; o += n) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += dy[o + j];
    const s = f(sum);
    for (let j = 0; j < n; j++) dx[o + j] = dy[o + j] - f(f(Math.exp(out[o + j])) * s);
  }
}

const last = (t: tf.TensorInfo) => t.shape[t.shape.length - 1];

function forward(on: Backend): tf.KernelFunc {
  return ({ inputs, backend }) => {
    const { x } = inputs as { x: tf.TensorInfo };
    return produce(on, backend, x.shape, 'float32', (out, read) =>
      rowLogSoftmax(read(x), out, last(x)),
    );
  };
}

function backward(on: Backend): tf.KernelFunc {
  return ({ inputs, backend }) => {
    const { dy, y } = inputs as { dy: tf.TensorInfo; y: tf.TensorInfo };
    return produce(on, backend, dy.shape, 'float32', (dx, read) =>
      rowLogSoftmaxGrad(read(dy), read(y), dx, last(dy)),
    );
  };
}

/** Registers both kernels on cpu and wasm (load.ts; twice is harmless). */
export function registerLogSoftmax(): void {
  for (const on of ['cpu', 'wasm'] as const) {
    if (!tf.getKernel(LOG_SOFTMAX, on))
      tf.registerKernel({ kernelName: LOG_SOFTMAX, backendName: on, kernelFunc: forward(on) });
    if (!tf.getKernel(LOG_SOFTMAX_GRAD, on))
      tf.registerKernel({ kernelName: LOG_SOFTMAX_GRAD, backendName: on, kernelFunc: backward(on) }); // prettier-ignore
  }
}

/** Whether `x` can go through the kernels: float32, at least 1-D, on a backend that has them. */
export function hasLogSoftmaxKernel(x: tf.Tensor): boolean {
  return (
    x.dtype === 'float32' && x.rank > 0 && tf.getKernel(LOG_SOFTMAX, tf.getBackend()) !== undefined
  );
}
