// Faster Slice, SplitV and Unpack kernels for tfjs-backend-wasm 4.22. Its own Slice starts with
// `backend.readSync(x)`, which copies the WHOLE input out of the wasm heap before taking the
// part it needs: one row of a [5, 100000] tensor cost 6.7 ms in Chromium here, 100 rows of a
// [60000, 784] one 574 ms; tf.unstack and tf.split (built on Slice) pay it once per part. These
// read the input in place (a view on the heap) and copy only the slice. Same results; strings
// still go to the original kernels. Registered by load.ts when the wasm backend loads.
import * as tf from '@tensorflow/tfjs-core';
import type { WasmBackendLike } from './tfjs-internals';

/** Copies the box begin … begin + size of x (row-major, `strides` its strides) into out. */
function copyBox(
  x: tf.TypedArray,
  strides: number[],
  out: tf.TypedArray,
  begin: number[],
  size: number[],
): void {
  const rank = size.length;
  const inner = size[rank - 1];
  const outer = tf.util.sizeFromShape(size.slice(0, -1));
  const index = new Array<number>(Math.max(0, rank - 1)).fill(0); // position among the outer axes
  for (let row = 0; row < outer; row++) {
    let offset = begin[rank - 1];
    for (let d = 0; d < rank - 1; d++) offset += (begin[d] + index[d]) * strides[d];
    out.set(x.subarray(offset, offset + inner), row * inner);
    for (let d = rank - 2; d >= 0; d--) {
      if (++index[d] < size[d]) break;
      index[d] = 0;
    }
  }
}

/** x[begin … begin + size] as a new wasm tensor, reading x in place. */
function sliceInPlace(
  backend: WasmBackendLike,
  x: tf.TensorInfo,
  begin: number[],
  size: number[],
): tf.TensorInfo {
  // Output first: making it may grow the heap, which would detach a view taken before.
  const out = backend.makeOutput(size, x.dtype);
  if (tf.util.sizeFromShape(size) === 0) return out;
  const xVals = backend.typedArrayFromHeap(x);
  const outVals = backend.typedArrayFromHeap(out);
  const strides = tf.util.computeStrides(x.shape);
  if (tf.slice_util.isSliceContinous(x.shape, begin, size)) {
    const start = tf.slice_util.computeFlatOffset(begin, strides);
    outVals.set(xVals.subarray(start, start + tf.util.sizeFromShape(size)));
  } else {
    copyBox(xVals, strides, outVals, begin, size);
  }
  return out;
}

type Kernel = (
  backend: WasmBackendLike,
  x: tf.TensorInfo,
  attrs: tf.NamedAttrMap,
) => tf.TensorInfo | tf.TensorInfo[];

/** Slice, SplitV and Unpack (the wasm backend builds the last two on its own slow Slice). */
const KERNELS: Record<string, { input: string; run: Kernel }> = {
  Slice: {
    input: 'x',
    run: (backend, x, attrs) => {
      const { begin, size } = attrs as unknown as tf.SliceAttrs;
      const [b, s] = tf.slice_util.parseSliceParams(x as tf.Tensor, begin, size);
      return sliceInPlace(backend, x, b, s);
    },
  },
  SplitV: {
    input: 'x',
    run: (backend, x, attrs) => {
      const { numOrSizeSplits, axis } = attrs as unknown as tf.SplitVAttrs;
      const ax = tf.util.parseAxisParam(axis, x.shape)[0];
      const sizes = tf.backend_util.prepareSplitSize(x as tf.Tensor, numOrSizeSplits, ax);
      const begin = new Array<number>(x.shape.length).fill(0);
      return sizes.map((n) => {
        const size = [...x.shape];
        size[ax] = n;
        const part = sliceInPlace(backend, x, [...begin], size);
        begin[ax] += n;
        return part;
      });
    },
  },
  Unpack: {
    input: 'value',
    run: (backend, x, attrs) => {
      const rank = x.shape.length;
      const ax = ((attrs as unknown as tf.UnpackAttrs).axis + rank) % rank;
      const shape = x.shape.filter((_, i) => i !== ax);
      const size = [...x.shape];
      size[ax] = 1;
      return Array.from({ length: x.shape[ax] }, (_, i) => {
        const begin = new Array<number>(rank).fill(0);
        begin[ax] = i;
        const { dataId, dtype } = sliceInPlace(backend, x, begin, size);
        return { dataId, dtype, shape };
      });
    },
  },
};

/** Replaces the wasm backend's Slice, SplitV and Unpack (call once the backend is registered). */
export function registerWasmSlice(): void {
  for (const [name, { input, run }] of Object.entries(KERNELS)) {
    const original = tf.getKernel(name, 'wasm');
    if (!original || (original as { inPlace?: boolean }).inPlace) continue;
    const kernelFunc: tf.KernelFunc = (args) => {
      const x = args.inputs[input] as tf.TensorInfo;
      if (x.dtype === 'string') return original.kernelFunc(args);
      return run(args.backend as unknown as WasmBackendLike, x, args.attrs ?? {});
    };
    tf.unregisterKernel(name, 'wasm');
    tf.registerKernel({ ...original, kernelFunc, inPlace: true } as tf.KernelConfig);
  }
}
