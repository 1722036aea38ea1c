// layerSummaries (all layers in one tensor, the weight-init slider path) against a float64
// reference of numpy's histogram(range=…) rule and against summary() layer by layer, on the cpu
// backend and on wasm (Node runs it too): the edges (lo, hi, just past hi), NaN and ±∞ included;
// histogram() (the per-tensor one) on both backends too. On both the rows come from our LayerSummary
// kernel (our wasm SIMD module), checked here against the op path of summary() and the float64
// reference; layerSummaries()' own op path (where WebAssembly SIMD is missing) too, the kernel
// unregistered.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYER_SUMMARY, registerLayerSummary } from '../../../src/engine/backend/summary-kernel';
import { layerSummaries } from '../../../src/engine/layer-summaries';
import { histogram, summary, SUMMARY_CENTER, type Saturation } from '../../../src/engine/histogram';

function reference(values: Float32Array, lo: number, hi: number, bins: number, sat: Saturation) {
  const counts = new Array<number>(bins).fill(0);
  let s1 = 0;
  let s2 = 0;
  let saturated = 0;
  const c = SUMMARY_CENTER[sat];
  for (const v of values) {
    if (v >= lo && v <= hi)
      counts[v === hi ? bins - 1 : Math.floor(((v - lo) * bins) / (hi - lo))]++;
    s1 += v - c;
    s2 += (v - c) ** 2;
    const fv = Math.fround(v);
    if (sat === 'sigmoid' && (fv < Math.fround(0.01) || fv > Math.fround(0.99))) saturated++;
    if (sat === 'tanh' && Math.abs(fv) > Math.fround(0.99)) saturated++;
    if (sat === 'relu' && fv === 0) saturated++;
  }
  return { counts, s1, s2, saturated };
}

/** Park–Miller values through an activation, with its range's edges mixed in. */
function layer(seed: number, sat: Saturation, n: number): Float32Array {
  let s = seed;
  const u = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const act = {
    sigmoid: (x: number) => 1 / (1 + Math.exp(-x)),
    tanh: Math.tanh,
    relu: (x: number) => Math.max(0, x),
  }[sat];
  const v = Float32Array.from({ length: n }, () => act((u() - 0.5) * 8));
  // within the activation's values (layerSummaries' contract); ReLU's reach past the range
  const edges = {
    sigmoid: [0, 1, 0.01, 0.99, 0.5, 1],
    tanh: [-1, 1, 0, 0.99, -0.99],
    relu: [0, 1, 0.01, 1 + 1e-7, 1.5, 0, 1 - 1e-7],
  }[sat];
  edges.forEach((e, i) => (v[(i * 7919) % n] = e));
  return v;
}

const SATURATIONS = ['sigmoid', 'tanh', 'relu'] as const;
const PATHS = ['our kernel', 'tfjs ops'] as const;

const RANGE: Record<Saturation, [number, number]> = {
  sigmoid: [0, 1],
  tanh: [-1, 1],
  relu: [0, 1],
};

for (const backend of ['cpu', 'wasm'] as const) {
  describe(`layerSummaries on ${backend}`, () => {
    let before = 'cpu';
    beforeAll(async () => {
      before = tf.getBackend();
      registerLayerSummary(); // as the engine does when it loads the cpu backend
      await tf.setBackend(backend);
      await tf.ready();
    });
    afterAll(async () => {
      await tf.setBackend(before);
    });

    for (const [sat, path] of SATURATIONS.flatMap((s) => PATHS.map((p) => [s, p] as const))) {
      it(`${sat}, ${path}: counts by the values themselves, sums and saturated counts, no leak`, async () => {
        const kernel = tf.getKernel(LAYER_SUMMARY, backend)!;
        if (path === 'tfjs ops') tf.unregisterKernel(LAYER_SUMMARY, backend);
        const [lo, hi] = RANGE[sat];
        const layers = [1, 2, 3].map((seed) => layer(seed * 101, sat, 2000));
        const start = tf.memory().numTensors;
        const vs = layers.map((v) => tf.tensor2d(v, [20, 100]));
        const out = layerSummaries(vs, lo, hi, 30, sat);
        expect(out.shape).toEqual([3, 33]);
        const rows = await out.array();
        const each = vs.map((v) => summary(v, lo, hi, 30, sat));
        const perLayer = await Promise.all(each.map((t) => t.array()));
        layers.forEach((v, i) => {
          const ref = reference(v, lo, hi, 30, sat);
          expect(rows[i].slice(0, 30)).toEqual(perLayer[i].slice(0, 30));
          expect(rows[i].slice(0, 30)).toEqual(ref.counts);
          expect(rows[i][30]).toBeCloseTo(ref.s1, 1);
          expect(rows[i][31]).toBeCloseTo(ref.s2, 1);
          expect(rows[i][32]).toBe(ref.saturated);
          expect(rows[i][32]).toBe(perLayer[i][32]);
        });
        tf.dispose([out, ...vs, ...each]);
        expect(tf.memory().numTensors).toBe(start);
        if (path === 'tfjs ops') tf.registerKernel(kernel);
      });
    }

    it('runs our one LayerSummary kernel', async () => {
      const v = tf.tensor2d(layer(7, 'sigmoid', 400), [4, 100]);
      const { kernels } = await tf.profile(() => layerSummaries([v, v], 0, 1, 10, 'sigmoid'));
      expect(kernels.map((k) => k.name)).toEqual([LAYER_SUMMARY]);
      v.dispose();
    });

    it('the kernel: lengths that are not a multiple of 4, layers of different sizes, one in chunks', async () => {
      const sizes = [1, 2, 3, 5, 7, 300001, 2_500_003]; // the last in three chunks
      const vs = sizes.map((n, i) => tf.tensor1d(layer(11 + i, 'tanh', n)));
      const out = layerSummaries(vs, -1, 1, 8, 'tanh');
      const rows = await out.array();
      vs.forEach((v, i) => {
        const ref = reference(v.dataSync() as Float32Array, -1, 1, 8, 'tanh');
        expect(rows[i].slice(0, 8)).toEqual(ref.counts);
        expect(rows[i][8]).toBeCloseTo(ref.s1, 1);
        expect(rows[i][10]).toBe(ref.saturated);
      });
      tf.dispose([out, ...vs]);
    });

    it('histogram() (the gradient histograms) the same way: tensor bounds, NaN and ±∞', async () => {
      const v = tf.tensor1d([-2, -1, -0.5, 0, 0.999, 1, 1.5, NaN, Infinity, -Infinity, 0.25]);
      const [lo, hi] = [tf.scalar(-1), tf.scalar(1)];
      const c = await histogram(v, lo, hi, 4).data();
      expect(Array.from(c)).toEqual([1, 1, 2, 2]);
      tf.dispose([v, lo, hi]);
    });

    it('a narrower range drops what lies outside; NaN and ±∞ fall in no bin', async () => {
      const v = tf.tensor2d([
        [-2, -1, -0.5, 0, 0.999, 1, 1.5, NaN, Infinity, -Infinity, 0.25, 0.5],
      ]);
      const rows = await layerSummaries([v], -1, 1, 4, 'relu').array();
      expect(rows[0].slice(0, 4)).toEqual([1, 1, 2, 3]);
      const w = tf.tensor2d([[0, 0.3, 0.6, 1, 2, Infinity, 1]]);
      const r2 = await layerSummaries([w], 0, 0.6, 3, 'relu').array();
      expect(r2[0].slice(0, 3)).toEqual([1, 1, 1]); // 0.6 itself in the last bin
      expect(r2[0][5]).toBe(1); // one exact zero
      tf.dispose([v, w]);
    });
  });
}
