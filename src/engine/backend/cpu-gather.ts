// A faster GatherV2 kernel for tfjs-backend-cpu 4.22. Its own walks the output element by
// element through TensorBuffer.indexToLoc / locToIndex, allocating index arrays for every value
// (37,632 gathered values: ~5 ms in a Chromium worker here, most of it allocation and GC). This
// one copies with flat offsets: out[b, o, k, :] = x[b, o, indices[b, k], :]. Same results, same
// out-of-range error; strings and complex numbers still go to the original kernel. The engine's
// take() (im2col, pooling windows, bilinear taps) gathers this way on the CPU.
import * as tf from '@tensorflow/tfjs-core';
import type { CpuBackendLike } from './tfjs-internals';

const OUT: Partial<Record<tf.DataType, new (n: number) => tf.TypedArray>> = {
  float32: Float32Array,
  int32: Int32Array,
  bool: Uint8Array,
};

/** Replaces the CPU backend's GatherV2 (call once the backend is registered; twice is harmless). */
export function registerCpuGather(): void {
  const original = tf.getKernel('GatherV2', 'cpu');
  if (!original || (original as { flat?: boolean }).flat) return;
  const kernelFunc: tf.KernelFunc = (args) => {
    const { x, indices } = args.inputs as { x: tf.TensorInfo; indices: tf.TensorInfo };
    const Out = OUT[x.dtype];
    if (!Out) return original.kernelFunc(args);
    const backend = args.backend as unknown as CpuBackendLike;
    const { axis, batchDims = 0 } = args.attrs as unknown as tf.GatherV2Attrs;
    const ax = tf.util.parseAxisParam(axis, x.shape)[0];
    const idx = backend.data.get(indices.dataId).values;
    const dim = x.shape[ax];
    for (let i = 0; i < idx.length; i++)
      if (!(idx[i] >= 0 && idx[i] <= dim - 1))
        throw new Error(`GatherV2: the index value ${idx[i]} is not in [0, ${dim - 1}]`);
    const info = tf.backend_util.segment_util.collectGatherOpShapeInfo(
      x as tf.Tensor,
      indices as tf.Tensor,
      ax,
      batchDims,
    );
    const { batchSize, outerSize, dimSize, sliceSize } = info;
    const perBatch = idx.length / batchSize;
    const xs = backend.data.get(x.dataId).values;
    const out = new Out(batchSize * outerSize * perBatch * sliceSize);
    let dst = 0;
    for (let b = 0; b < batchSize; b++)
      for (let o = 0; o < outerSize; o++) {
        const row = (b * outerSize + o) * dimSize;
        for (let k = 0; k < perBatch; k++) {
          const src = (row + idx[b * perBatch + k]) * sliceSize;
          if (sliceSize === 1) out[dst++] = xs[src];
          else {
            out.set(xs.subarray(src, src + sliceSize), dst);
            dst += sliceSize;
          }
        }
      }
    return backend.makeTensorInfo(info.outputShape, x.dtype, out);
  };
  tf.unregisterKernel('GatherV2', 'cpu');
  tf.registerKernel({ ...original, kernelFunc, flat: true } as tf.KernelConfig);
}
