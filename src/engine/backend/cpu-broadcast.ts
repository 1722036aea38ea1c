// Faster broadcasting kernels for tfjs-backend-cpu 4.22, the backend every small widget runs on
// beside WebGL (onCpu/onSmall). Its binary ops walk a broadcast output element by element
// through util.indexToLoc, allocating two index arrays per value ([128, 3] − [128, 1]: ~70 µs);
// its Tile does the same through TensorBuffer; its Softmax is six of those kernels (~220 µs for
// 128 × 3). Policy-gradient's 300 episodes spent most of their time there. These walk the
// output with strides instead: the same float32 arithmetic in the same order, so the same bits
// (tests/unit/engine/cpu-broadcast.test.ts compares them with tfjs's own); anything else
// (equal shapes, other dtypes, complex numbers) still goes to the original kernel.
import * as tf from '@tensorflow/tfjs-core';
import type { CpuBackendLike } from './tfjs-internals';

/** The binary kernels replaced, in the order of applyOp()'s cases. */
const BINARY = ['Add', 'Sub', 'Multiply', 'RealDiv', 'Maximum', 'Minimum', 'SquaredDifference', 'Pow'] as const; // prettier-ignore
export type BinaryKernel = (typeof BINARY)[number];

/**
 * The element-wise rule of each tfjs-cpu binary kernel, exactly as tfjs writes it. One function
 * with a switch, not a closure per kernel: its call site stays monomorphic and is inlined.
 */
function applyOp(code: number, a: number, b: number): number {
  switch (code) {
    case 0:
      return a + b;
    case 1:
      return a - b;
    case 2:
      return a * b;
    case 3:
      return a / b;
    case 4:
      return Math.max(a, b);
    case 5:
      return Math.min(a, b);
    case 6:
      return (a - b) * (a - b);
    default:
      return Math.pow(a, b);
  }
}

const MARK = Symbol('strided');

/** Row-major strides of `shape` placed right-aligned in `out`'s rank; 0 where it broadcasts. */
function stridesIn(shape: readonly number[], out: readonly number[]): number[] {
  const s = new Array<number>(out.length).fill(0);
  for (let k = shape.length - 1, d = out.length - 1, acc = 1; k >= 0; k--, d--) {
    s[d] = shape[k] === 1 && out[d] !== 1 ? 0 : acc;
    acc *= shape[k];
  }
  return s;
}

/** out[i] = op(a[ia], b[ib]) over `shape`, the inputs addressed through their strides. */
export function stridedBinary(
  kernel: BinaryKernel,
  shape: readonly number[],
  a: tf.TypedArray,
  as: readonly number[],
  b: tf.TypedArray,
  bs: readonly number[],
): Float32Array {
  const op = BINARY.indexOf(kernel);
  const size = shape.reduce((p, n) => p * n, 1);
  const out = new Float32Array(size);
  const r = shape.length;
  if (size === 0 || r === 0) {
    if (size === 1) out[0] = applyOp(op, a[0], b[0]);
    return out;
  }
  const n = shape[r - 1];
  const sa = as[r - 1];
  const sb = bs[r - 1];
  const idx = new Array<number>(r).fill(0);
  let ia = 0;
  let ib = 0;
  for (let o = 0; o < size; o += n) {
    for (let j = 0, pa = ia, pb = ib; j < n; j++, pa += sa, pb += sb)
      out[o + j] = applyOp(op, a[pa], b[pb]);
    // the outer dimensions, an odometer: step the last one, carrying into the ones before it
    for (let d = r - 2; d >= 0; d--) {
      ia += as[d];
      ib += bs[d];
      if (++idx[d] < shape[d]) break;
      ia -= as[d] * shape[d];
      ib -= bs[d] * shape[d];
      idx[d] = 0;
    }
  }
  return out;
}

const values = (backend: CpuBackendLike, t: tf.TensorInfo) => backend.data.get(t.dataId).values;

function binaryKernel(kernel: BinaryKernel, original: tf.KernelConfig): tf.KernelFunc {
  return (args) => {
    const { a, b } = args.inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
    if (a.dtype !== 'float32' || b.dtype !== 'float32' || tf.util.arraysEqual(a.shape, b.shape))
      return original.kernelFunc(args);
    const backend = args.backend as unknown as CpuBackendLike;
    const shape = tf.backend_util.assertAndGetBroadcastShape(a.shape, b.shape);
    const out = stridedBinary(kernel, shape, values(backend, a), stridesIn(a.shape, shape), values(backend, b), stridesIn(b.shape, shape)); // prettier-ignore
    return backend.makeTensorInfo(shape, 'float32', out);
  };
}

/** x repeated reps[d] times along each dimension d; whole rows copied at a time. */
export function stridedTile(
  x: tf.TypedArray,
  shape: readonly number[],
  reps: readonly number[],
): tf.TypedArray {
  const r = shape.length;
  const outShape = shape.map((n, d) => n * reps[d]);
  const size = outShape.reduce((p, n) => p * n, 1);
  const out = new (x.constructor as new (n: number) => tf.TypedArray)(size);
  if (size === 0 || r === 0) {
    if (size === 1) out[0] = x[0];
    return out;
  }
  const xs = stridesIn(shape, shape);
  const row = shape[r - 1];
  const idx = new Array<number>(r - 1).fill(0); // the output row's index in the outer dims
  for (let o = 0; o < size; o += row * reps[r - 1]) {
    let src = 0;
    for (let d = 0; d < r - 1; d++) src += (idx[d] % shape[d]) * xs[d];
    if (row >= 32) {
      const from = x.subarray(src, src + row);
      for (let k = 0; k < reps[r - 1]; k++) out.set(from, o + k * row);
    } else {
      // short rows: a subarray each would cost more than copying the values one by one
      for (let k = 0, p = o; k < reps[r - 1]; k++)
        for (let j = 0; j < row; j++) out[p++] = x[src + j];
    }
    for (let d = r - 2; d >= 0; d--) {
      if (++idx[d] < outShape[d]) break;
      idx[d] = 0;
    }
  }
  return out;
}

/** softmax along the last axis, each step stored in float32 as tfjs-cpu's six kernels do. */
export function rowSoftmax(x: tf.TypedArray, rows: number, n: number): Float32Array {
  const out = new Float32Array(rows * n);
  const e = new Float32Array(n);
  const f = Math.fround;
  for (let i = 0, o = 0; i < rows; i++, o += n) {
    let max = x[o];
    for (let j = 0; j < n; j++) {
      const v = x[o + j];
      if (v !== v || v > max) max = v; // NaN wins, as in tfjs's Max
    }
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const v = f(Math.exp(f(x[o + j] - max)));
      e[j] = v;
      sum += v;
    }
    const s = f(sum);
    for (let j = 0; j < n; j++) out[o + j] = e[j] / s;
  }
  return out;
}

function tileKernel(original: tf.KernelConfig): tf.KernelFunc {
  return (args) => {
    const { x } = args.inputs as { x: tf.TensorInfo };
    if (x.dtype !== 'float32' && x.dtype !== 'int32' && x.dtype !== 'bool')
      return original.kernelFunc(args);
    const { reps } = args.attrs as unknown as tf.TileAttrs;
    const backend = args.backend as unknown as CpuBackendLike;
    const out = stridedTile(values(backend, x), x.shape, reps);
    return backend.makeTensorInfo(
      x.shape.map((n, d) => n * reps[d]),
      x.dtype,
      out,
    );
  };
}

function softmaxKernel(original: tf.KernelConfig): tf.KernelFunc {
  return (args) => {
    const { logits } = args.inputs as { logits: tf.TensorInfo };
    const { dim } = args.attrs as unknown as tf.SoftmaxAttrs;
    const rank = logits.shape.length;
    if (logits.dtype !== 'float32' || rank === 0 || (dim !== -1 && dim !== rank - 1))
      return original.kernelFunc(args);
    const backend = args.backend as unknown as CpuBackendLike;
    const n = logits.shape[rank - 1];
    const rows = n === 0 ? 0 : tf.util.sizeFromShape(logits.shape) / n;
    return backend.makeTensorInfo(logits.shape, 'float32', rowSoftmax(values(backend, logits), rows, n)); // prettier-ignore
  };
}

function replace(name: string, make: (original: tf.KernelConfig) => tf.KernelFunc): void {
  const original = tf.getKernel(name, 'cpu');
  if (!original || (original as { [MARK]?: boolean })[MARK]) return;
  tf.unregisterKernel(name, 'cpu');
  tf.registerKernel({ ...original, kernelFunc: make(original), [MARK]: true } as tf.KernelConfig);
}

/** Swaps in the strided kernels (call once the CPU backend is registered; twice is harmless). */
export function registerCpuBroadcast(): void {
  for (const name of BINARY) replace(name, (o) => binaryKernel(name, o));
  replace('Tile', tileKernel);
  replace('Softmax', softmaxKernel);
}
