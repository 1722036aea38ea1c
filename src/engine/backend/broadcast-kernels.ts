// Faster broadcasting kernels for tfjs 4.22's CPU and wasm backends. tfjs-backend-cpu (every
// small widget's backend beside WebGL: onCpu/onSmall) walks a broadcast output element by
// element through util.indexToLoc, allocating two index arrays per value ([128, 3] − [128, 1]:
// ~70 µs), and even with equal shapes calls one closure shared by every binary kernel per value;
// its Tile walks TensorBuffer the same way; its Softmax is six of those kernels (~220 µs for
// 128 × 3). tfjs-backend-wasm's Tile costs ~55 µs more than any other small kernel.
// Policy-gradient's 300 sequential episodes spent most of their time there. These walk the
// output with strides instead, in place on either backend's memory: the same float32
// arithmetic, so the same bits (tests/unit/engine/broadcast-kernels.test.ts compares them with
// tfjs's own on both backends); other dtypes and complex numbers still go to the original kernel.
import * as tf from '@tensorflow/tfjs-core';
import type { CpuBackendLike, WasmBackendLike } from './tfjs-internals';

/** The binary kernels replaced, in the order of applyRow()'s cases. */
const BINARY = ['Add', 'Sub', 'Multiply', 'RealDiv', 'Maximum', 'Minimum', 'SquaredDifference', 'Pow'] as const; // prettier-ignore
export type BinaryKernel = (typeof BINARY)[number];

type Arr = tf.TypedArray;

/**
 * One output row, out[o + j] = a[pa + j·sa] ∘ b[pb + j·sb] for j < n, with each tfjs-cpu binary
 * kernel's element rule exactly as tfjs writes it. The switch sits outside the loops, so each loop
 * is one tight monomorphic body (a closure per kernel would make the call site megamorphic).
 */
function applyRow(op: number, out: Arr, o: number, n: number, a: Arr, pa: number, sa: number, b: Arr, pb: number, sb: number): void {
  const end = o + n;
  switch (op) {
    case 0: for (; o < end; o++, pa += sa, pb += sb) out[o] = a[pa] + b[pb]; return;
    case 1: for (; o < end; o++, pa += sa, pb += sb) out[o] = a[pa] - b[pb]; return;
    case 2: for (; o < end; o++, pa += sa, pb += sb) out[o] = a[pa] * b[pb]; return;
    case 3: for (; o < end; o++, pa += sa, pb += sb) out[o] = a[pa] / b[pb]; return;
    case 4: for (; o < end; o++, pa += sa, pb += sb) out[o] = Math.max(a[pa], b[pb]); return;
    case 5: for (; o < end; o++, pa += sa, pb += sb) out[o] = Math.min(a[pa], b[pb]); return;
    case 6: for (; o < end; o++, pa += sa, pb += sb) out[o] = (a[pa] - b[pb]) * (a[pa] - b[pb]); return;
    default: for (; o < end; o++, pa += sa, pb += sb) out[o] = Math.pow(a[pa], b[pb]);
  }
} // prettier-ignore

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
  out: tf.TypedArray,
): void {
  const op = BINARY.indexOf(kernel);
  const size = out.length;
  const r = shape.length;
  if (size === 0 || r === 0) {
    if (size === 1) applyRow(op, out, 0, 1, a, 0, 0, b, 0, 0);
    return;
  }
  const n = shape[r - 1];
  const sa = as[r - 1];
  const sb = bs[r - 1];
  const idx = new Array<number>(r).fill(0);
  let ia = 0;
  let ib = 0;
  for (let o = 0; o < size; o += n) {
    applyRow(op, out, o, n, a, ia, sa, b, ib, sb);
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
}

/** x repeated reps[d] times along each dimension d; whole rows copied at a time. */
export function stridedTile(
  x: tf.TypedArray,
  shape: readonly number[],
  reps: readonly number[],
  out: tf.TypedArray,
): void {
  const r = shape.length;
  const outShape = shape.map((n, d) => n * reps[d]);
  const size = out.length;
  if (size === 0 || r === 0) {
    if (size === 1) out[0] = x[0];
    return;
  }
  const xs = tf.util.computeStrides([...shape]); // x's strides of the outer dims
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
}

/** The largest of x[o … o + n), as tfjs's Max finds it: a NaN anywhere wins. */
export function rowMax(x: tf.TypedArray, o: number, n: number): number {
  let max = x[o];
  for (let j = 1; j < n; j++) {
    const v = x[o + j];
    if (v !== v || v > max) max = v;
  }
  return max;
}

/** softmax along the last axis, each step stored in float32 as tfjs-cpu's six kernels do. */
export function rowSoftmax(x: tf.TypedArray, rows: number, n: number): Float32Array {
  const out = new Float32Array(rows * n);
  const e = new Float32Array(n);
  const f = Math.fround;
  for (let i = 0, o = 0; i < rows; i++, o += n) {
    const max = rowMax(x, o, n);
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

export type Backend = 'cpu' | 'wasm';

/**
 * A new tensor of `shape` on `on`, filled by `write(out, read)`, where read(t) is an input's values
 * in place: tfjs-cpu's arrays, or views on tfjs-wasm's heap (taken after the output is made:
 * making it may grow the heap, which detaches older views).
 */
export function produce(
  on: Backend,
  backend: unknown,
  shape: number[],
  dtype: tf.DataType,
  write: (out: tf.TypedArray, read: (t: tf.TensorInfo) => tf.TypedArray) => void,
): tf.TensorInfo {
  const size = tf.util.sizeFromShape(shape);
  if (on === 'wasm') {
    const b = backend as WasmBackendLike;
    const info = b.makeOutput(shape, dtype);
    if (size > 0) write(b.typedArrayFromHeap(info), (t) => b.typedArrayFromHeap(t));
    return info;
  }
  const b = backend as CpuBackendLike;
  const out = tf.util.getTypedArrayFromDType(dtype as 'float32', size);
  write(out, (t) => b.data.get(t.dataId).values);
  return b.makeTensorInfo(shape, dtype, out);
}

function binaryKernel(kernel: BinaryKernel, original: tf.KernelConfig): tf.KernelFunc {
  return (args) => {
    const { a, b } = args.inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
    if (a.dtype !== 'float32' || b.dtype !== 'float32') return original.kernelFunc(args);
    const shape = tf.backend_util.assertAndGetBroadcastShape(a.shape, b.shape);
    // equal shapes: one flat row (tfjs's own loop calls a shared, megamorphic closure per value)
    const flat = tf.util.arraysEqual(a.shape, b.shape);
    const walk = flat ? [tf.util.sizeFromShape(shape)] : shape;
    const [as, bs] = flat ? [[1], [1]] : [stridesIn(a.shape, shape), stridesIn(b.shape, shape)];
    return produce('cpu', args.backend, shape, 'float32', (out, read) =>
      stridedBinary(kernel, walk, read(a), as, read(b), bs, out),
    );
  };
}

function tileKernel(on: Backend, original: tf.KernelConfig): tf.KernelFunc {
  return (args) => {
    const { x } = args.inputs as { x: tf.TensorInfo };
    if (x.dtype !== 'float32' && x.dtype !== 'int32' && x.dtype !== 'bool')
      return original.kernelFunc(args);
    const { reps } = args.attrs as unknown as tf.TileAttrs;
    const shape = x.shape.map((n, d) => n * reps[d]);
    return produce(on, args.backend, shape, x.dtype, (out, read) =>
      stridedTile(read(x), x.shape, reps, out),
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
    return backend.makeTensorInfo(logits.shape, 'float32', rowSoftmax(backend.data.get(logits.dataId).values, rows, n)); // prettier-ignore
  };
}

function replace(name: string, on: Backend, make: (original: tf.KernelConfig) => tf.KernelFunc) {
  const original = tf.getKernel(name, on);
  if (!original || (original as { [MARK]?: boolean })[MARK]) return;
  tf.unregisterKernel(name, on);
  tf.registerKernel({ ...original, kernelFunc: make(original), [MARK]: true } as tf.KernelConfig);
}

/**
 * Swaps in the strided kernels on whichever of cpu and wasm is registered (call after loading a
 * backend; again is harmless). On wasm only Tile: its C++ broadcasting arithmetic is faster than
 * this JavaScript (measured: 1.1 vs 2.4 ms for [1000, 100] × [1, 100]).
 */
export function registerBroadcastKernels(): void {
  for (const name of BINARY) replace(name, 'cpu', (o) => binaryKernel(name, o));
  replace('Tile', 'cpu', (o) => tileKernel('cpu', o));
  replace('Tile', 'wasm', (o) => tileKernel('wasm', o));
  replace('Softmax', 'cpu', softmaxKernel);
}
