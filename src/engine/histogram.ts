// Histograms binned on the device; only the counts (and a few sums) need reading back.
// Bins follow numpy's histogram(range=…) rule: t = (v − lo)·B/(hi − lo), bin = ⌊t⌋, values
// outside [lo, hi] are dropped and v = hi goes to the last bin.
//   webgl      one small shader: each thread accumulates one output row (a bin, or a sum) over
//              one chunk of CHUNK values; a sum over chunks finishes the job
//   wasm, cpu  tfjs's native bincount and sums, in float ops (cheap there)
import * as tf from '@tensorflow/tfjs-core';
import type { GPGPUProgram } from '@tensorflow/tfjs-backend-webgl';
import { runWebGLProgram } from './backend/tfjs-internals';

/** Values per thread in the WebGL pass. */
const CHUNK = 256;

/** Which values count as saturated: sigmoid < 0.01 or > 0.99; tanh |h| > 0.99; ReLU exactly 0. */
export type Saturation = 'sigmoid' | 'tanh' | 'relu';

/** A value near each activation's typical mean: sums are taken of v − c so that the variance
 * Σ(v−c)²/n − (Σ(v−c)/n)² keeps its precision when the spread is tiny (sigmoid with σ = 0.001). */
export const SUMMARY_CENTER: Record<Saturation, number> = { sigmoid: 0.5, tanh: 0, relu: 0 };

const SATURATED_GLSL: Record<Saturation, string> = {
  sigmoid: 'v < 0.01 || v > 0.99',
  tanh: 'abs(v) > 0.99',
  relu: 'v == 0.0',
};

/**
 * Output rows 0…B−1: the count of each bin over one chunk of values per thread. With a
 * `saturation`, three more rows: Σ(v−c), Σ(v−c)² and the saturated count (c = SUMMARY_CENTER).
 * Input `range` holds [lo, hi] on the device, so a new range needs no new shader.
 */
class SummaryProgram implements GPGPUProgram {
  variableNames = ['x', 'range'];
  outputShape: number[];
  userCode: string;

  constructor(n: number, bins: number, saturation: Saturation | null) {
    this.outputShape = [bins + (saturation ? 3 : 0), Math.ceil(n / CHUNK)];
    const c = saturation ? SUMMARY_CENTER[saturation].toFixed(1) : '0.0';
    const sums = saturation
      ? `else if (c.x == ${bins}) acc += v - ${c};
          else if (c.x == ${bins + 1}) acc += (v - ${c}) * (v - ${c});
          else acc += (${SATURATED_GLSL[saturation]}) ? 1.0 : 0.0;`
      : '';
    this.userCode = `
      void main() {
        ivec2 c = getOutputCoords();
        float lo = getRange(0);
        float hi = getRange(1);
        float scale = float(${bins}) / (hi - lo);
        int start = c.y * ${CHUNK};
        float acc = 0.0;
        for (int i = 0; i < ${CHUNK}; i++) {
          int j = start + i;
          if (j >= ${n}) break;
          float v = getX(j);
          if (c.x < ${bins}) {
            float t = (v - lo) * scale;
            // in range by the values themselves: hi's own t may round a hair past B
            float b = v < lo || v > hi ? -1.0 : clamp(floor(t), 0.0, float(${bins - 1}));
            acc += b == float(c.x) ? 1.0 : 0.0;
          } ${sums}
        }
        setOutput(acc);
      }`;
  }
}

function runOnWebGL(
  flat: tf.Tensor1D,
  range: tf.Tensor1D,
  bins: number,
  saturation: Saturation | null,
): tf.Tensor1D {
  const partial = runWebGLProgram(new SummaryProgram(flat.size, bins, saturation), [flat, range]);
  return tf.sum(partial, 1) as tf.Tensor1D;
}

/** Bin counts (float32, length `bins`) of all values of `v` over [lo, hi]. */
export function histogram(
  v: tf.Tensor,
  lo: tf.Tensor | number,
  hi: tf.Tensor | number,
  bins: number,
): tf.Tensor1D {
  return tf.tidy(() => {
    const flat = tf.reshape(v, [-1]) as tf.Tensor1D;
    if (tf.getBackend() === 'webgl') {
      return runOnWebGL(
        flat,
        tf.concat([tf.reshape(lo, [1]), tf.reshape(hi, [1])]) as tf.Tensor1D,
        bins,
        null,
      );
    }
    const t = tf.mul(tf.sub(flat, lo), tf.div(bins, tf.sub(hi, lo)));
    // Slots: 0 below lo, 1…B the bins, B+1 above hi; in range by the values themselves: ⌊t⌋
    // clamped to the last bin (hi's own t may round a hair past B), plus 1 where v > hi (its t
    // may round a hair below B). NaN: the int cast makes it slot 0. Float ops only: comparisons
    // to bool and `where` with a scalar cost 5–15 ms per 100k values on tfjs-wasm.
    const k = tf.add(
      tf.add(tf.clipByValue(tf.floor(t), -1, bins - 1), 1),
      tf.step(tf.sub(flat, hi)),
    );
    const index = tf.cast(k, 'int32') as tf.Tensor1D;
    return tf.slice(
      tf.bincount(index, tf.tensor1d([], 'float32'), bins + 2),
      1,
      bins,
    ) as tf.Tensor1D;
  });
}

/**
 * One layer's summary on the device, `bins + 3` numbers: the histogram of `v` over [lo, hi]
 * (as histogram()), then Σ(v−c), Σ(v−c)² with c = SUMMARY_CENTER[saturation], and the number of
 * saturated values. The caller turns them into mean = c + Σ(v−c)/n,
 * std = √(Σ(v−c)²/n − (Σ(v−c)/n)²) and the saturated share after one readback.
 */
export function summary(
  v: tf.Tensor,
  lo: number,
  hi: number,
  bins: number,
  saturation: Saturation,
): tf.Tensor1D {
  return tf.tidy(() => {
    const flat = tf.reshape(v, [-1]) as tf.Tensor1D;
    if (tf.getBackend() === 'webgl')
      return runOnWebGL(flat, tf.tensor1d([lo, hi]), bins, saturation);
    const saturated =
      saturation === 'sigmoid'
        ? tf.logicalOr(tf.less(flat, 0.01), tf.greater(flat, 0.99))
        : saturation === 'tanh'
          ? tf.greater(tf.abs(flat), 0.99)
          : tf.equal(flat, 0);
    const d = tf.sub(flat, SUMMARY_CENTER[saturation]);
    return tf.concat([
      histogram(flat, lo, hi, bins),
      tf.stack([tf.sum(d), tf.sum(tf.square(d)), tf.sum(tf.cast(saturated, 'float32'))]),
    ]) as tf.Tensor1D;
  });
}
