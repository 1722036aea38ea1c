// Chapter 6.2.2: activations of a 5-layer, bias-free network fed N(0, 1) data, for several
// weight scales. The N(0, 1) input and the N(0, 1) weight draws are cached per (seed, shape), so
// moving the σ slider only rescales: a = z·(σW), and for the first layer a = σ·(x·W₁) with x·W₁
// cached too (it does not depend on σ). Histograms are binned on the device and only
// the counts and statistics are read back (one readback per update).
import {
  ContextLostError,
  createRng,
  engineSettled,
  free,
  hold,
  initEngine,
  initStd,
  trackRestorable,
  readAll,
  scope,
  sigmoid,
  tanh,
  relu,
  tensor,
  type BackendName,
  type Init,
  type Tensor,
  layerSummaries,
  SUMMARY_CENTER,
  symmetricHistogram,
} from '../engine';

// The activations' names and default ranges are engine-free (meta.ts): the page needs them too.
import { DEFAULT_RANGE, type WeightInitActivation } from './meta';
export { DEFAULT_RANGE };
export type { WeightInitActivation } from './meta';

interface Options {
  activation: WeightInitActivation;
  init: Init;
  layers?: number;
  nodes?: number;
  samples?: number;
  seed?: number;
}

const ACTIVATIONS: Record<WeightInitActivation, (t: Tensor) => Tensor> = { sigmoid, tanh, relu };

// --- the cache of random draws --------------------------------------------------------------

interface Draws {
  key: string;
  /** the N(0, 1) input, samples × nodes */
  x: Tensor;
  /** N(0, 1) weights of each layer, nodes × nodes (scaled by σ when used) */
  w: Tensor[];
  /** a fixed N(0, 1) upstream gradient ∂L/∂(last activation), for the gradient histograms */
  dout: Tensor;
  /** x·W₁, the first layer's product before σ scales it; made on first use */
  xw: Tensor | null;
}

let cache: Draws | null = null;
// After a WebGL context loss the cached device tensors are gone: drop them (redrawn from the seed).
trackRestorable({ restore: () => disposeWeightInitCache() });

function draws(seed: number, layers: number, nodes: number, samples: number): Draws {
  const key = `${seed}/${layers}/${nodes}/${samples}`;
  if (cache?.key === key) return cache;
  disposeWeightInitCache();
  const rng = createRng(seed);
  const normal = (rows: number, cols: number) =>
    hold(tensor(rng.normalArray(rows * cols), { shape: [rows, cols] }));
  // Same order as the book: the input first, then one weight matrix per layer.
  const made: Tensor[] = [];
  try {
    const x = normal(samples, nodes);
    made.push(x);
    const w: Tensor[] = [];
    for (let i = 0; i < layers; i++) {
      w.push(normal(nodes, nodes));
      made.push(w[i]);
    }
    const dout = normal(samples, nodes);
    cache = { key, x, w, dout, xw: null };
    return cache;
  } catch (e) {
    free(made); // a half-made cache (out of memory, a lost context) is not left behind
    throw e;
  }
}

/** Frees the cached draws (widgets call this on unmount): the tensor count returns to baseline. */
export function disposeWeightInitCache(): void {
  if (cache) free([cache.x, ...cache.w, cache.dout, cache.xw]);
  cache = null;
}

function checkOptions(o: Options): Required<Options> {
  const full = { layers: 5, nodes: 100, samples: 1000, seed: 0, ...o };
  if (!(full.activation in ACTIVATIONS))
    throw new Error(`알 수 없는 활성화 함수: ${String(full.activation)}`);
  for (const [k, v, max] of [
    ['layers', full.layers, 20],
    ['nodes', full.nodes, 1000],
    ['samples', full.samples, 10000],
  ] as const) {
    if (!Number.isInteger(v) || v < 1 || v > max)
      throw new Error(`${k}는 1에서 ${max} 사이의 정수여야 합니다: ${v}`);
  }
  return full;
}

/**
 * The forward pass with the engine: z_i = h(z_{i−1}·(σW_i)), z_0 = x. Returns the z_i and, with
 * `withGrad`, the scaled weights σW_i, leaves of the graph (backward() fills their `.grad`).
 * Run it inside scope(); a caller that calls backward() frees the leaf gradients (zeroGrad).
 */
export function forward(
  d: Draws,
  act: WeightInitActivation,
  std: number,
  withGrad: boolean,
): { zs: Tensor[]; ws: Tensor[] } {
  let z: Tensor = d.x;
  const zs: Tensor[] = [];
  const ws: Tensor[] = [];
  d.w.forEach((w, i) => {
    // Without gradients the first layer is σ·(x·W₁) with x·W₁ cached: a σ move costs four
    // matmuls, not five. With them σW is a leaf, as in the book's network: the gradient
    // histograms show ∂L/∂(σW).
    if (i === 0 && !withGrad) {
      d.xw ??= hold(d.x.matmul(w));
      z = ACTIVATIONS[act](d.xw.mul(std));
    } else {
      const scaled = tensor(w.mul(std), { requiresGrad: withGrad });
      ws.push(scaled);
      z = ACTIVATIONS[act](z.matmul(scaled));
    }
    zs.push(z);
  });
  return { zs, ws };
}

/** The book's experiment: one Float32Array of activations per layer. One readback. */
export async function weightInitActivations(o: Options): Promise<Float32Array[]> {
  const opts = checkOptions(o);
  await initEngine();
  const run = async () => {
    const d = draws(opts.seed, opts.layers, opts.nodes, opts.samples);
    const std = initStd(opts.init, opts.nodes);
    const zs = scope(() => forward(d, opts.activation, std, false).zs.map((z) => z.value));
    try {
      return (await readAll(zs)).map((a) => a.slice());
    } finally {
      free(zs);
    }
  };
  return retryOnLoss(run);
}

export interface WeightInitHistograms {
  /** the histogram range used for every layer */
  range: [number, number];
  layers: Array<{
    /** `bins` counts of the layer's activations within `range` */
    counts: number[];
    /** mean and standard deviation of all the layer's activations */
    mean: number;
    std: number;
    /** share of saturated units: sigmoid < 0.01 or > 0.99; tanh |h| > 0.99; ReLU exactly 0 */
    saturated: number;
    /** histogram of ∂L/∂W_i over gradRange, where L = Σ r ⊙ z_last with a fixed r ~ N(0, 1) */
    gradCounts?: number[];
    gradRange?: [number, number];
  }>;
  /** σ actually used (Xavier/He resolved) */
  std: number;
  backend: BackendName;
  /** the whole call in the engine, ms */
  ms: number;
  /** of which: running the ops (on webgl: queuing them) and waiting for the one readback */
  timing: { kernelsMs: number; readbackMs: number };
}

/** The slider path: histograms and statistics of every layer, one readback. */
export async function weightInitHistograms(
  o: Options & { bins?: number; range?: [number, number]; gradients?: boolean },
): Promise<WeightInitHistograms> {
  const opts = checkOptions(o);
  const bins = o.bins ?? 30;
  if (!Number.isInteger(bins) || bins < 1 || bins > 200)
    throw new Error(`bins는 1에서 200 사이의 정수여야 합니다: ${bins}`);
  const range = o.range ?? DEFAULT_RANGE[opts.activation];
  if (!(range[1] > range[0]))
    throw new Error(`범위의 끝이 시작보다 커야 합니다: [${range.join(', ')}]`);
  const backend = await initEngine();
  const t0 = performance.now();
  const std = initStd(opts.init, opts.nodes);
  const timing = { kernelsMs: 0, readbackMs: 0 };
  const run = async () => {
    const tRun = performance.now();
    const d = draws(opts.seed, opts.layers, opts.nodes, opts.samples);
    const out = scope(() => {
      const { zs, ws } = forward(d, opts.activation, std, o.gradients === true);
      // Every layer's bins, Σ(v−c), Σ(v−c)², saturated count in one [L, bins + 3] tensor.
      const values = zs.map((z) => z.value);
      const perLayer = [layerSummaries(values, range[0], range[1], bins, opts.activation)];
      if (!o.gradients) return perLayer;
      try {
        zs[zs.length - 1].backward(d.dout.value);
        // each layer's ∂L/∂W over its own symmetric range ±max|∂L/∂W|: counts and r
        const grad = ws.map((w) => symmetricHistogram(w.grad!, bins));
        return [...perLayer, ...grad.flat()];
      } finally {
        for (const w of ws) w.zeroGrad(); // leaf gradients outlive scopes: free them, also on a throw
      }
    });
    const t1 = performance.now();
    try {
      const data = await readAll(out);
      const L = opts.layers;
      const rows = data[0];
      timing.kernelsMs = t1 - tRun;
      timing.readbackMs = performance.now() - t1;
      return {
        range,
        layers: Array.from({ length: L }, (_, i) => {
          const s = rows.subarray(i * (bins + 3), (i + 1) * (bins + 3));
          const n = opts.samples * opts.nodes;
          const shift = s[bins] / n; // mean − c
          const layer: WeightInitHistograms['layers'][number] = {
            counts: Array.from(s.subarray(0, bins)),
            mean: SUMMARY_CENTER[opts.activation] + shift,
            std: Math.sqrt(Math.max(0, s[bins + 1] / n - shift * shift)),
            saturated: s[bins + 2] / n,
          };
          if (o.gradients) {
            const [gc, r] = data.slice(1 + 2 * i, 1 + 2 * i + 2);
            layer.gradCounts = Array.from(gc);
            layer.gradRange = [-r[0], r[0]];
          }
          return layer;
        }),
        std,
        backend,
        ms: 0,
        timing,
      };
    } finally {
      free(out);
    }
  };
  const result = await retryOnLoss(run);
  return { ...result, backend: await initEngine(), ms: performance.now() - t0 };
}

/** Runs `fn`; if the WebGL context was lost meanwhile, waits for the fallback and runs it once more. */
async function retryOnLoss<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!(e instanceof ContextLostError)) throw e;
    await engineSettled();
    disposeWeightInitCache();
    return fn();
  }
}
