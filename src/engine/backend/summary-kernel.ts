// LayerSummary for tfjs's cpu backend: every layer's histogram and statistics (the weight-init
// slider path) in three plain loops over the values, in place, where layerSummaries()' tfjs ops
// make ~15 full-size intermediates in tfjs-cpu's JavaScript kernels: 5 × 100k sigmoid values
// 246 → ≈ 8 ms in Node. The same numbers as those ops — scale, floor, clip, the "above hi" step,
// Σ(v−c), Σ(v−c)², the saturated count, each step rounded to float32 as those kernels round it;
// only the sums are accumulated in float64. Not on wasm: the same loops there (on a view of the
// heap) were no faster than tfjs-wasm's own kernels (≈ 9 ms both). WebGL has its shader
// (histogram.ts).
import * as tf from '@tensorflow/tfjs-core';
import type { Saturation } from '../histogram';
import type { CpuBackendLike } from './tfjs-internals';

export const LAYER_SUMMARY = 'OurLayerSummary';

/** The kernel's attributes. */
export interface LayerSummaryAttrs {
  /** histogram range [lo, hi] (numpy's rule: hi in the last bin) */
  lo: number;
  hi: number;
  bins: number;
  /** the activation: which values count as saturated, and the centre c of the sums */
  saturation: Saturation;
  /** c: the sums are of v − c (closer to 0: fewer digits lost in float32) */
  center: number;
  /** whether values can lie above hi (hi below the activation's largest value) */
  aboveMatters: boolean;
}

const f = Math.fround;

// Small loops, one job each (one loop doing all three was no faster in Node, and harder to read).

/** Adds each value's bin to `counts`: ⌊(x − lo)·scale⌋ in float32, clipped to the last bin;
 *  below lo, NaN and (where `above`) values above hi fall in none. */
function countBins(v: Float32Array, lo: number, hi: number, scale: number, above: boolean, counts: Int32Array): void {
  const last = counts.length - 1;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    const t = f(f(x - lo) * scale); // lo = 0: x·scale exactly, as the ops skip the subtraction
    if (t >= 0 && !(above && x > hi)) counts[t < last ? t | 0 : last]++; // t ≥ 0: truncation is the floor
  }
} // prettier-ignore

/** [Σd, Σd²] with d = v − c in float32 (as tf.sub and tf.square round), summed in float64. */
function sums(v: Float32Array, c: number): [number, number] {
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < v.length; i++) {
    const d = f(v[i] - c);
    s1 += d;
    s2 += f(d * d);
  }
  return [s1, s2];
}

/** How many values are saturated: the test of summary()'s comparisons (NaN is not, but in ReLU). */
const SATURATED: Record<Saturation, (v: Float32Array) => number> = {
  sigmoid: (v) => {
    const [lo, hi] = [f(0.01), f(0.99)];
    let n = 0;
    for (let i = 0; i < v.length; i++) if (v[i] < lo || v[i] > hi) n++;
    return n;
  },
  tanh: (v) => {
    const hi = f(0.99);
    let n = 0;
    for (let i = 0; i < v.length; i++) if (v[i] > hi || v[i] < -hi) n++;
    return n;
  },
  relu: (v) => {
    let n = 0;
    for (let i = 0; i < v.length; i++) if (!(v[i] > 0)) n++; // n − Σ step(v), as the ops count
    return n;
  },
};

/** One row of the output: `bins` counts, Σ(v−c), Σ(v−c)², saturated count. */
function summarise(v: Float32Array, a: LayerSummaryAttrs, out: Float32Array, at: number): void {
  const lo = f(a.lo);
  const hi = f(a.hi);
  const scale = f(a.bins / f(hi - lo)); // tf.div(bins, tf.sub(hi, lo)) in float32
  const counts = new Int32Array(a.bins);
  countBins(v, lo, hi, scale, a.aboveMatters, counts);
  out.set(counts, at);
  const [s1, s2] = sums(v, f(a.center));
  out[at + a.bins] = s1;
  out[at + a.bins + 1] = s2;
  out[at + a.bins + 2] = SATURATED[a.saturation](v);
}

const kernelFunc: tf.KernelFunc = ({ inputs, attrs, backend }) => {
  const a = attrs as unknown as LayerSummaryAttrs;
  const cpu = backend as unknown as CpuBackendLike;
  // inputs v0, v1, … in order: one row each
  const vs = Object.values(inputs).map(
    (t) => cpu.data.get((t as tf.TensorInfo).dataId).values as Float32Array,
  );
  const width = a.bins + 3;
  const rows = new Float32Array(vs.length * width);
  vs.forEach((v, i) => summarise(v, a, rows, i * width));
  return cpu.makeTensorInfo([vs.length, width], 'float32', rows);
};

/** Registers the kernel on the cpu backend (load.ts, once the backend is; twice is harmless). */
export function registerLayerSummary(): void {
  if (!tf.getKernel(LAYER_SUMMARY, 'cpu'))
    tf.registerKernel({ kernelName: LAYER_SUMMARY, backendName: 'cpu', kernelFunc });
}

/** Whether layerSummaries() can use the kernel: the cpu backend is active and has it. */
export function hasLayerSummaryKernel(): boolean {
  return tf.getBackend() === 'cpu' && tf.getKernel(LAYER_SUMMARY, 'cpu') !== undefined;
}
