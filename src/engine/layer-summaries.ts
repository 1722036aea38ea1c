// Every layer's summary in one device tensor (one readback): the slider path of the weight-init
// histograms. Rows as summary() in histogram.ts: `bins` counts over [lo, hi] (numpy's rule, hi in
// the last bin), Σ(v−c), Σ(v−c)², the saturated count.
//   webgl      summary()'s shader, one pass per layer, stacked
//   wasm, cpu  our LayerSummary kernel (backend/summary-kernel.ts): one pass of our wasm SIMD
//              module over each layer's values (5 × 100k values: 9.9 → 2.5 ms on wasm in Node)
//   otherwise  (no WebAssembly SIMD) all layers at once in float ops that are cheap on tfjs-wasm:
//              there, comparisons to bool, bool → float casts and `where` with a scalar cost 5–15
//              ms per 500k values, floor / clip / step / sums about 0.5–1.5 ms (2-core EPYC)
import * as tf from '@tensorflow/tfjs-core';
import {
  hasLayerSummaryKernel,
  LAYER_SUMMARY,
  type LayerSummaryAttrs,
} from './backend/summary-kernel';
import { summary, SUMMARY_CENTER, type Saturation } from './histogram';

/** The values each activation can take (NaN aside): sigmoid [0, 1], tanh [−1, 1], ReLU [0, ∞]. */
const BOUNDS: Record<Saturation, [number, number]> = {
  sigmoid: [0, 1],
  tanh: [-1, 1],
  relu: [0, Infinity],
};

/**
 * `vs`: L tensors of the same size, outputs of the activation `saturation` names (their values lie
 * in its BOUNDS). Returns [L, bins + 3]: row i is summary(vs[i], lo, hi, bins, saturation).
 */
export function layerSummaries(
  vs: readonly tf.Tensor[],
  lo: number,
  hi: number,
  bins: number,
  saturation: Saturation,
): tf.Tensor2D {
  return tf.tidy(() => {
    if (tf.getBackend() === 'webgl')
      return tf.stack(vs.map((v) => summary(v, lo, hi, bins, saturation))) as tf.Tensor2D;
    if (vs.every((v) => v.dtype === 'float32') && hasLayerSummaryKernel()) {
      const attrs: LayerSummaryAttrs = {
        lo,
        hi,
        bins,
        saturation,
        center: SUMMARY_CENTER[saturation],
        aboveMatters: hi < BOUNDS[saturation][1],
      };
      const inputs = Object.fromEntries(vs.map((v, i) => [`v${i}`, v]));
      return tf.engine().runKernel(LAYER_SUMMARY, inputs, attrs as unknown as tf.NamedAttrMap) as tf.Tensor2D; // prettier-ignore
    }
    const L = vs.length;
    const z = tf.stack(vs.map((v) => tf.reshape(v, [-1]))) as tf.Tensor2D; // [L, n]
    const n = z.shape[1];
    const scale = tf.div(bins, tf.sub(hi, lo)); // in float32, as histogram()
    const t = tf.mul(lo === 0 ? z : tf.sub(z, lo), scale);
    // Slots per row: 0 below lo (and NaN: wasm's clip gives −1, the int cast of NaN 0), 1…B the
    // bins, B+1 above hi. ⌊t⌋ is an exact integer, so adding to it moves no value to another bin.
    // In range or not is decided by the values themselves: hi's own t may round a hair past B
    // (clipped to the last bin), and a value just above hi may round a hair below B (`above`
    // adds 1 to its slot). Values above hi exist only where hi lies below the activation's top.
    // Row i's slots are shifted by i·(B+2), so one 1-D bincount counts every row at once (unstack
    // into rows was 28 ms of 34 on tfjs-wasm: its Unpack kernel copies slowly).
    const width = bins + 2;
    const first = tf.tensor2d(
      Array.from({ length: L }, (_, i) => 1 + i * width),
      [L, 1],
    );
    let k = tf.add(tf.clipByValue(tf.floor(t), -1, bins - 1), first);
    if (hi < BOUNDS[saturation][1]) k = tf.add(k, tf.step(tf.sub(z, hi)));
    const slot = tf.reshape(tf.cast(k, 'int32'), [-1]) as tf.Tensor1D;
    // a 1-D bincount: denseBincount over [L, n] is ×60 slower on cpu, ×1.5 on wasm
    const none = tf.tensor1d([], 'float32');
    const slots = tf.reshape(tf.bincount(slot, none, L * width), [L, width]);
    const counts = tf.slice(slots, [0, 1], [L, bins]);
    // Statistics of d = v − c, and the saturated count, by signs (step(x) = 1 where x > 0).
    const c = SUMMARY_CENTER[saturation];
    const d = c === 0 ? z : tf.sub(z, c);
    const count = (x: tf.Tensor) => tf.sum(tf.step(x), 1);
    const saturated =
      saturation === 'sigmoid'
        ? tf.add(count(tf.sub(0.01, z)), count(tf.sub(z, 0.99))) // v < 0.01 or v > 0.99
        : saturation === 'tanh'
          ? count(tf.sub(tf.abs(z), 0.99)) // |v| > 0.99
          : tf.sub(n, count(z)); // ReLU outputs are ≥ 0: exactly 0 where not > 0
    const stats = tf.stack([tf.sum(d, 1), tf.sum(tf.square(d), 1), saturated], 1);
    return tf.concat([counts, stats], 1) as tf.Tensor2D;
  });
}
