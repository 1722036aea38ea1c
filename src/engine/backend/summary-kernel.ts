// LayerSummary, our kernel for tfjs's wasm and cpu backends: every layer's histogram and
// statistics (the weight-init slider path) in one pass of our own WebAssembly SIMD module
// (layer-summary.wat) over the layer's values, where layerSummaries()' tfjs ops make ~15
// full-size intermediates. The same numbers as those ops — scale, floor, clip, the "above hi"
// step, Σ(v−c), Σ(v−c)², the saturated count, each step rounded to float32 as those kernels round
// it; only the sums are accumulated in float64. Each layer's values are copied into the module's
// memory (from tfjs-wasm's heap or tfjs-cpu's array), then `summarise` runs. Where WebAssembly
// SIMD is missing the kernel is not registered and layerSummaries() uses the tfjs ops.
// WebGL has its shader (histogram.ts).
import * as tf from '@tensorflow/tfjs-core';
import type { Saturation } from '../histogram';
import { LAYER_SUMMARY_WASM } from './layer-summary-wasm';
import type { CpuBackendLike, WasmBackendLike } from './tfjs-internals';

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

/** The module's one function (layer-summary.wat has the meaning of each argument). */
type Summarise = (
  src: number, n: number, tables: number, width: number, stats: number,
  lo: number, hi: number, scale: number, last: number, above: number,
  c: number, satLo: number, satHi: number, nanSat: number,
) => void; // prettier-ignore

interface Summariser {
  memory: WebAssembly.Memory;
  summarise: Summarise;
}

/** Saturated: v < satLo or v > satHi (or NaN, with nanSat). ReLU's is "not > 0": below the
 *  smallest positive float32, i.e. ≤ 0, or NaN. As summary()'s comparisons count them. */
const SATURATED: Record<Saturation, [satLo: number, satHi: number, nanSat: number]> = {
  sigmoid: [0.01, 0.99, 0],
  tanh: [-0.99, 0.99, 0],
  relu: [1.401298464324817e-45, Infinity, 1],
};

let instance: Summariser | null | undefined; // undefined: not tried yet; null: no wasm SIMD here

/** The compiled module, instantiated once (646 bytes: synchronous compiling is fine). */
function summariser(): Summariser | null {
  if (instance !== undefined) return instance;
  try {
    const bytes = Uint8Array.from(atob(LAYER_SUMMARY_WASM), (ch) => ch.charCodeAt(0));
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    instance = exports as unknown as Summariser;
  } catch {
    instance = null;
  }
  return instance;
}

/** Values copied into the module at a time: its memory stays ≤ ~4 MB whatever the layer size. */
const CHUNK = 1 << 20;

/** One row per layer: `bins` counts, Σ(v−c), Σ(v−c)², saturated count. */
function summariseLayers(m: Summariser, vs: Float32Array[], a: LayerSummaryAttrs): Float32Array {
  const f = Math.fround;
  const width = a.bins + 2; // slots: below lo, the bins, above hi
  const stats = 0; // Σ(v−c), Σ(v−c)² as float64, the saturated count as int32
  const tables = 32; // four tables of `width` int32 slots, one per SIMD lane
  const src = Math.ceil((tables + 16 * width) / 16) * 16;
  const longest = Math.min(CHUNK, Math.max(...vs.map((v) => v.length)));
  const need = src + 4 * longest + 16; // whole 16-byte groups
  const have = m.memory.buffer.byteLength;
  if (need > have) m.memory.grow(Math.ceil((need - have) / 65536));
  const buffer = m.memory.buffer; // (a grown memory has a new buffer)
  const slots = new Int32Array(buffer, tables, 4 * width);
  const sums = new Float64Array(buffer, stats, 2);
  const saturated = new Int32Array(buffer, stats + 16, 1);
  const lo = f(a.lo);
  const hi = f(a.hi);
  const scale = f(a.bins / f(hi - lo)); // tf.div(bins, tf.sub(hi, lo)) in float32
  const [satLo, satHi, nanSat] = SATURATED[a.saturation];
  const rowWidth = a.bins + 3;
  const rows = new Float32Array(vs.length * rowWidth);
  vs.forEach((v, i) => {
    slots.fill(0); // the tables add up over the chunks; the statistics are summed here
    let [s1, s2, count] = [0, 0, 0];
    for (let start = 0; start < v.length; start += CHUNK) {
      const part = v.subarray(start, start + CHUNK);
      new Float32Array(buffer, src, part.length).set(part);
      m.summarise(src, part.length, tables, width, stats, lo, hi, scale, a.bins - 1,
        Number(a.aboveMatters), a.center, satLo, satHi, nanSat); // prettier-ignore
      [s1, s2, count] = [s1 + sums[0], s2 + sums[1], count + saturated[0]];
    }
    const at = i * rowWidth;
    for (let b = 0; b < a.bins; b++)
      rows[at + b] = slots[b + 1] + slots[width + b + 1] + slots[2 * width + b + 1] + slots[3 * width + b + 1]; // prettier-ignore
    rows.set([s1, s2, count], at + a.bins);
  });
  return rows;
}

/** How the kernel reads its inputs and makes its output on each backend. */
const ON: Record<'cpu' | 'wasm', (backend: unknown) => {
  values(t: tf.TensorInfo): Float32Array;
  output(shape: number[], rows: Float32Array): tf.TensorInfo;
}> = {
  cpu: (backend) => {
    const cpu = backend as CpuBackendLike;
    return {
      values: (t) => cpu.data.get(t.dataId).values as Float32Array,
      output: (shape, rows) => cpu.makeTensorInfo(shape, 'float32', rows),
    };
  },
  wasm: (backend) => {
    const wasm = backend as WasmBackendLike;
    return {
      values: (t) => wasm.typedArrayFromHeap(t) as Float32Array, // a view on tfjs's heap
      output: (shape, rows) => {
        const out = wasm.makeOutput(shape, 'float32'); // may grow the heap: views after it
        (wasm.typedArrayFromHeap(out) as Float32Array).set(rows);
        return out;
      },
    };
  },
}; // prettier-ignore

function kernelFor(name: 'cpu' | 'wasm'): tf.KernelFunc {
  return ({ inputs, attrs, backend }) => {
    const a = attrs as unknown as LayerSummaryAttrs;
    const on = ON[name](backend);
    // inputs v0, v1, … in order: one row each (copied into the module before the output exists)
    const vs = Object.values(inputs).map((t) => on.values(t as tf.TensorInfo));
    const rows = summariseLayers(summariser()!, vs, a);
    return on.output([vs.length, a.bins + 3], rows);
  };
}

/** Registers the kernel on the cpu and wasm backends (load.ts; twice is harmless), if this
 *  runtime has WebAssembly SIMD. */
export function registerLayerSummary(): void {
  if (!summariser()) return;
  for (const name of ['cpu', 'wasm'] as const)
    if (!tf.getKernel(LAYER_SUMMARY, name))
      tf.registerKernel({ kernelName: LAYER_SUMMARY, backendName: name, kernelFunc: kernelFor(name) }); // prettier-ignore
}

/** Whether layerSummaries() can use the kernel: the active backend has it. */
export function hasLayerSummaryKernel(): boolean {
  return tf.getKernel(LAYER_SUMMARY, tf.getBackend()) !== undefined;
}
