// Histograms binned on the device; only the counts need reading back.
// Bins follow numpy's histogram(range=…) rule: t = (v − lo)·B/(hi − lo), bin = ⌊t⌋, values
// outside [lo, hi] are dropped and v = hi goes to the last bin.
//   webgl      one small shader: each thread counts one bin over one chunk of the values
//              (B × chunks threads, a loop of n/chunks reads each), then a sum over chunks
//   wasm, cpu  tfjs's native bincount
import * as tf from '@tensorflow/tfjs-core';
import type { GPGPUProgram, MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';

/** Values per thread in the WebGL counting pass. */
const CHUNK = 256;

/** Counts values of x (flattened, length n) per bin; `range` holds [lo, hi] on the device. */
class HistogramProgram implements GPGPUProgram {
  variableNames = ['x', 'range'];
  outputShape: number[];
  userCode: string;

  constructor(n: number, bins: number) {
    const chunks = Math.ceil(n / CHUNK);
    this.outputShape = [bins, chunks];
    this.userCode = `
      void main() {
        ivec2 c = getOutputCoords();
        float lo = getRange(0);
        float scale = float(${bins}) / (getRange(1) - lo);
        int start = c.y * ${CHUNK};
        float count = 0.0;
        for (int i = 0; i < ${CHUNK}; i++) {
          int j = start + i;
          if (j >= ${n}) break;
          float t = (getX(j) - lo) * scale;
          float b = t == float(${bins}) ? float(${bins - 1}) : floor(t);
          count += b == float(c.x) ? 1.0 : 0.0;
        }
        setOutput(count);
      }`;
  }
}

/** Bin counts (float32, length `bins`) of all values of `v` over [lo, hi]. */
export function histogram(v: tf.Tensor, lo: tf.Tensor | number, hi: tf.Tensor | number, bins: number): tf.Tensor1D {
  return tf.tidy(() => {
    const flat = tf.reshape(v, [-1]) as tf.Tensor1D;
    if (tf.getBackend() === 'webgl') {
      const range = tf.concat([tf.reshape(lo, [1]), tf.reshape(hi, [1])]);
      const backend = tf.backend() as MathBackendWebGL;
      const info = backend.compileAndRun(new HistogramProgram(flat.size, bins), [flat, range]);
      const partial = tf.engine().makeTensorFromTensorInfo(info);
      return tf.sum(partial, 1) as tf.Tensor1D;
    }
    const t = tf.mul(tf.sub(flat, lo), tf.div(bins, tf.sub(hi, lo)));
    const bin = tf.sub(tf.floor(t), tf.cast(tf.equal(t, bins), 'float32'));
    // shift by one so that every index is ≥ 0: slot 0 = below range, slot bins + 1 = above
    const index = tf.cast(tf.add(tf.clipByValue(bin, -1, bins), 1), 'int32') as tf.Tensor1D;
    return tf.slice(tf.bincount(index, tf.tensor1d([], 'float32'), bins + 2), 1, bins) as tf.Tensor1D;
  });
}
