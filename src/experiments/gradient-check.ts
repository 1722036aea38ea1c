// Chapter 5.7.3, the book's gradient_check.py: backprop (our engine's backward(), float32) next to
// central differences (f(p + h) − f(p − h)) / 2h for TwoLayerNet(784, 50, 10) on the first three
// official MNIST training digits, per parameter tensor. The numerical side runs in plain JS
// (gradient-check-numerical.ts) twice: in float64 (numpy's precision, as in the book) and in
// float32 (tfjs's, every operation rounded), over a fixed seeded sample of entries per tensor,
// at the chosen h and over the U-curve's h grid.
// A planted bug (gradient-check-bugs.ts) changes only the backprop side.
import { loadMnistStream } from '../data/mnist';
import {
  createRng,
  engineStatus,
  initEngine,
  readAll,
  scope,
  tensor,
  TwoLayerNet,
  type Net,
  type Tensor,
} from '../engine';
import { plantedLoss } from './gradient-check-bugs';
import { gradientJs, numericalGradientJs, type NetJs } from './gradient-check-numerical';
import {
  GRADIENT_BUGS,
  GRADIENT_CHECK_NET as NET,
  GRADIENT_CHECK_SAMPLES,
  GRADIENT_TENSORS,
  GRADIENT_H_GRID,
  gradientRelativeError,
  type GradientBug,
  type GradientCheckResult,
  type GradientPrecision,
  type GradientTensorCheck,
} from './gradient-check-meta';

export * from './gradient-check-meta';

/** The first `images` training digits as the book feeds them: pixels / 255 (float32), labels. */
async function firstDigits(images: number): Promise<{ x: Float32Array; labels: number[] }> {
  const d = await loadMnistStream().first;
  const px = d.rows * d.cols;
  const x = new Float32Array(images * px);
  for (let i = 0; i < x.length; i++) x[i] = d.trainImages[i] / 255;
  return { x, labels: Array.from(d.trainLabels.subarray(0, images)) };
}

/** The labels as one-hot rows [n, 10] (what softmaxCrossEntropy takes as a Tensor). */
function oneHot(labels: number[]): Tensor {
  const rows = new Float32Array(labels.length * NET.outputs);
  labels.forEach((t, n) => (rows[n * NET.outputs + t] = 1));
  return tensor(rows, { shape: [labels.length, NET.outputs] });
}

/** What one seed fixes: the digits, the initial weights (host), the checked entries and caches. */
interface Setup {
  seed: number;
  x: Float32Array;
  labels: number[];
  /** W1, b1, W2, b2 as TwoLayerNet initialises them (float32) */
  params: Float32Array[];
  shapes: number[][];
  indices: number[][];
  /** the same network for the numerical side (plain JS) */
  js: NetJs;
  /** the exact float64 gradient at the checked entries (the U-curve's reference) */
  exact: number[][];
  /** numerical gradients per h, per precision: [tensor][k] */
  numerical: Record<GradientPrecision, Map<number, Float64Array[]>>;
  /** backward()'s checked entries and loss per planted bug (they do not depend on h) */
  backprops: Map<GradientBug, Promise<Backprop>>;
}

interface Backprop {
  grads: number[][];
  loss: number;
  /** the backend that ran it */
  backend: string;
}

let setup: Setup | null = null;

/** TwoLayerNet(784, 50, 10), weights N(0, 0.01²) from `seed`, biases 0 (the book's). */
const makeNet = (seed: number): Net =>
  TwoLayerNet({ inputSize: NET.inputs, hiddenSize: NET.hidden, outputSize: NET.outputs, seed });

/** `k` distinct entries of [0, n) drawn with `rng` among those `allowed` (all when n ≤ k). */
function sample(rng: ReturnType<typeof createRng>, candidates: number[], k: number): number[] {
  if (candidates.length <= k) return candidates;
  const order = rng.permutation(candidates.length);
  return Array.from(order.subarray(0, k), (i) => candidates[i]).sort((a, b) => a - b);
}

async function getSetup(seed: number): Promise<Setup> {
  if (setup?.seed === seed) return setup;
  const { x, labels } = await firstDigits(NET.images);
  const net = makeNet(seed);
  const params = net.params.map((p) => p.host.slice());
  const shapes = net.params.map((p) => p.shape);
  net.dispose();
  // W1's rows of pixels that are 0 in all three digits have exactly zero gradient on both
  // sides: the sample comes from the rows the digits light up.
  const lit = new Set<number>();
  for (let i = 0; i < x.length; i++) if (x[i] !== 0) lit.add(i % NET.inputs);
  const rng = createRng(seed + 7919);
  const all = (n: number) => Array.from({ length: n }, (_, i) => i);
  const w1 = all(NET.inputs * NET.hidden).filter((i) => lit.has(Math.floor(i / NET.hidden)));
  const indices = [w1, all(NET.hidden), all(NET.hidden * NET.outputs), all(NET.outputs)].map((c) =>
    sample(rng, c, GRADIENT_CHECK_SAMPLES),
  );
  const js: NetJs = { ...NET, n: NET.images, x, labels, params };
  const numerical = { float32: new Map(), float64: new Map() };
  const full = gradientJs(js);
  const exact = indices.map((idx, t) => idx.map((i) => full[t][i]));
  const backprops = new Map();
  return (setup = { seed, x, labels, params, shapes, indices, js, exact, numerical, backprops });
}

/** Numerical gradients at every h of `hs` not yet cached, in both precisions. */
function ensureNumerical(s: Setup, hs: readonly number[]): void {
  for (const p of ['float32', 'float64'] as const) {
    const need = hs.filter((h) => !s.numerical[p].has(h));
    numericalGradientJs(s.js, s.indices, need, p).forEach((g, i) => s.numerical[p].set(need[i], g));
  }
}

/** backprop() once per seed and bug: moving h changes only the numerical side. */
function cachedBackprop(s: Setup, bug: GradientBug): Promise<Backprop> {
  let b = s.backprops.get(bug);
  if (!b) {
    b = backprop(s, bug);
    b.catch(() => s.backprops.delete(bug)); // a failed run is not kept
    s.backprops.set(bug, b);
  }
  return b;
}

/** backward() of the (possibly bugged) loss: the checked entries of each gradient and the loss. */
async function backprop(s: Setup, bug: GradientBug): Promise<Backprop> {
  const net = makeNet(s.seed);
  try {
    const loss = scope(() => {
      const x = tensor(s.x, { shape: [NET.images, NET.inputs] });
      const l = plantedLoss(net, x, oneHot(s.labels), bug);
      l.backward();
      return l.value;
    });
    let read: Float32Array[];
    try {
      read = await readAll([...net.params.map((p) => p.grad!), loss]);
    } finally {
      loss.dispose();
    }
    return {
      grads: s.indices.map((idx, t) => idx.map((i) => read[t][i])),
      loss: read[4][0],
      backend: engineStatus().backend ?? '',
    };
  } finally {
    net.dispose();
  }
}

function compare(s: Setup, grads: number[][], h: number): GradientTensorCheck[] {
  return GRADIENT_TENSORS.map((name, t) => {
    const a = grads[t];
    const numerical = {} as GradientTensorCheck['numerical'];
    const meanAbsDiff = {} as GradientTensorCheck['meanAbsDiff'];
    const relError = {} as GradientTensorCheck['relError'];
    for (const p of ['float32', 'float64'] as const) {
      const n = Array.from(s.numerical[p].get(h)![t]);
      numerical[p] = n;
      meanAbsDiff[p] = a.reduce((sum, v, k) => sum + Math.abs(v - n[k]), 0) / a.length;
      relError[p] = gradientRelativeError(a, n);
    }
    const meanAbsGrad = a.reduce((sum, v) => sum + Math.abs(v), 0) / a.length;
    return { name, shape: s.shapes[t], indices: s.indices[t], backprop: a, numerical, meanAbsDiff, relError, meanAbsGrad }; // prettier-ignore
  });
}

/** The worst tensor's relative error (numerical vs `grads`) at each h. */
function sweepOf(
  s: Setup,
  grads: number[][],
  p: GradientPrecision,
  hs = GRADIENT_H_GRID,
): number[] {
  return hs.map((h) => {
    const n = s.numerical[p].get(h)!;
    return Math.max(...grads.map((a, t) => gradientRelativeError(a, n[t])));
  });
}

/**
 * The book's gradient check at `h` with `bug` planted in one backward rule, plus the U-curve
 * (the worst tensor's relative error vs h over GRADIENT_H_GRID, float32 and float64 numerical sides). The numerical
 * gradients are cached per seed and h (they do not depend on the bug), backprop per seed and bug
 * (it does not depend on h).
 */
export async function gradientCheckRun(o: {
  h: number;
  bug: GradientBug;
  seed?: number;
}): Promise<GradientCheckResult> {
  const { h, bug, seed = 0 } = o;
  if (!(h > 0 && h <= 1)) throw new Error(`h는 0보다 크고 1 이하여야 합니다: ${h}`);
  if (!GRADIENT_BUGS.includes(bug)) throw new Error(`알 수 없는 버그 종류: ${String(bug)}`);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`seed는 0 이상의 정수여야 합니다.`);
  await initEngine();
  const s = await getSetup(seed);
  ensureNumerical(s, [...GRADIENT_H_GRID, h]);
  const { grads, loss, backend } = await cachedBackprop(s, bug);
  return {
    h,
    bug,
    tensors: compare(s, grads, h),
    sweep: {
      hs: [...GRADIENT_H_GRID],
      float32: sweepOf(s, grads, 'float32'),
      float64: sweepOf(s, grads, 'float64'),
    },
    uCurve: {
      hs: [...GRADIENT_H_GRID],
      float32: sweepOf(s, s.exact, 'float32'),
      float64: sweepOf(s, s.exact, 'float64'),
      now: {
        float32: sweepOf(s, s.exact, 'float32', [h])[0],
        float64: sweepOf(s, s.exact, 'float64', [h])[0],
      },
    },
    labels: s.labels,
    loss,
    backend,
  };
}
