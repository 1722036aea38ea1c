// Chapter 5 (§5.5–5.6): backpropagation through layers on a tiny batch. X (N×2) → Affine
// (W 2×3, b 3) → ReLU or Sigmoid → Softmax-with-Loss over 3 classes, built from the engine's
// ops and differentiated by its backward(); the gradients between the layers are read with
// probes (backprop.ts), the parameters' gradients from their .grad.
import {
  createRng,
  free,
  initEngine,
  onCpu,
  packRow,
  readAll,
  relu,
  scope,
  sigmoid,
  softmax,
  softmaxCrossEntropy,
  tensor,
  type Tensor,
} from '../engine';
import { probe, type Probe } from './backprop';
import type {
  LayerActivation,
  LayerBackpropResult,
  LayerName,
  SoftmaxWithLossResult,
} from './backprop-meta';

const ACT: Record<LayerActivation, (x: Tensor) => Tensor> = { relu, sigmoid };

/** Rows of `cols` numbers out of a flat array. */
function rows(flat: ArrayLike<number>, cols: number): number[][] {
  return Array.from({ length: flat.length / cols }, (_, r) =>
    Array.from({ length: cols }, (_, c) => flat[r * cols + c]),
  );
}

/** Splits one read-back row into pieces of the given sizes. */
function split(data: Float32Array, sizes: number[]): Float32Array[] {
  let at = 0;
  return sizes.map((s) => data.subarray(at, (at += s)));
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The chain's seeded numbers: inputs, weights and bias with one decimal, labels 0–2. */
export function layerBackpropData(batch: number, seed: number) {
  const rng = createRng(seed);
  const x = Array.from(rng.normalArray(batch * 2), round1);
  const w = Array.from(rng.normalArray(6, 0.8), round1);
  const b = Array.from(rng.normalArray(3, 0.5), round1);
  const labels = Array.from({ length: batch }, () => rng.int(3));
  return { x, w, b, labels };
}

/**
 * One forward and one backward pass through Affine → activation → Softmax-with-Loss on a
 * batch of `batch` (1–4) rows drawn from `seed`. Returns every value and gradient on the way.
 */
export async function layerBackprop(o: {
  activation: LayerActivation;
  batch: number;
  seed: number;
}): Promise<LayerBackpropResult> {
  const act = ACT[o.activation];
  if (!act)
    throw new Error(`activation은 'relu' 또는 'sigmoid'여야 합니다: ${String(o.activation)}`);
  const n = o.batch;
  if (!Number.isInteger(n) || n < 1 || n > 4)
    throw new Error(`batch는 1에서 4 사이의 정수여야 합니다: ${n}`);
  if (!Number.isInteger(o.seed) || o.seed < 0)
    throw new Error(`seed는 0 이상의 정수여야 합니다: ${o.seed}`);
  const d = layerBackpropData(n, o.seed);
  const t = d.labels.map((l) => [0, 1, 2].map((k) => (k === l ? 1 : 0)));
  await initEngine();
  const log: Probe<LayerName>[] = [];
  const row = onCpu(() =>
    scope(() => {
      const X = tensor(d.x, { shape: [n, 2], requiresGrad: true });
      const W = tensor(d.w, { shape: [2, 3], requiresGrad: true });
      const b = tensor(d.b, { requiresGrad: true });
      const Aleaf = { t: null as Tensor | null };
      try {
        // The probe on X fires once the Affine layer's backward has run (its ∂L/∂X), the one
        // on A once the activation's has, the one on H once Softmax-with-Loss's has.
        const A = probe(X, 'affine', log).matmul(W).add(b);
        const H = act(probe(A, 'activation', log));
        const L = softmaxCrossEntropy(probe(H, 'softmaxWithLoss', log), t);
        L.backward();
        // h′(A) on its own: the same activation on a copy of A, differentiated by backward().
        Aleaf.t = tensor(A.value, { requiresGrad: true });
        act(Aleaf.t).sum().backward();
        const grad = (name: LayerName) => log.find((p) => p.name === name)!.grad;
        return packRow([
          A.value,
          H.value,
          softmax(H).value,
          L.value,
          grad('softmaxWithLoss'),
          Aleaf.t.grad!,
          grad('activation'),
          W.grad!,
          b.grad!,
          grad('affine'),
        ]);
      } finally {
        free(log.map((p) => p.grad));
        for (const leaf of [X, W, b, Aleaf.t]) leaf?.zeroGrad();
      }
    }),
  );
  try {
    const [data] = await readAll([row], { cpu: true });
    const m = 3 * n;
    const [a, h, y, loss, dH, local, dA, dW, db, dX] = split(data, [
      m,
      m,
      m,
      1,
      m,
      m,
      m,
      6,
      3,
      2 * n,
    ]);
    return {
      x: rows(d.x, 2),
      w: rows(d.w, 3),
      b: d.b,
      labels: d.labels,
      t,
      a: rows(a, 3),
      h: rows(h, 3),
      y: rows(y, 3),
      loss: loss[0],
      dH: rows(dH, 3),
      local: rows(local, 3),
      dA: rows(dA, 3),
      dW: rows(dW, 3),
      db: Array.from(db),
      dX: rows(dX, 2),
      backwardOrder: log.map((p) => p.name),
    };
  } finally {
    free(row);
  }
}

/**
 * Softmax-with-Loss alone, fed the logits log(p) so that its softmax output is exactly p
 * (rows of probabilities, e.g. the notes' (0.2, 0.1, 0.7)); labels are class indices.
 */
export async function softmaxWithLoss(o: {
  probs: number[][];
  labels: number[];
}): Promise<SoftmaxWithLossResult> {
  const n = o.probs.length;
  const k = o.probs[0]?.length ?? 0;
  if (n < 1 || n > 8 || k < 2 || k > 10 || o.probs.some((r) => r.length !== k))
    throw new Error('probs는 1~8개의 같은 길이(2~10) 행이어야 합니다.');
  if (o.probs.flat().some((p) => !(p > 0 && p <= 1)))
    throw new Error('probs의 값은 0보다 크고 1 이하여야 합니다.');
  if (o.labels.length !== n || o.labels.some((l) => !Number.isInteger(l) || l < 0 || l >= k))
    throw new Error(`labels는 0에서 ${k - 1} 사이의 정수 ${n}개여야 합니다.`);
  await initEngine();
  const row = onCpu(() =>
    scope(() => {
      const logits = tensor(tensor(o.probs).log(), { requiresGrad: true });
      try {
        const L = softmaxCrossEntropy(logits, o.labels);
        L.backward();
        return packRow([softmax(logits).value, L.value, logits.grad!]);
      } finally {
        logits.zeroGrad();
      }
    }),
  );
  try {
    const [data] = await readAll([row], { cpu: true });
    const [y, loss, grad] = split(data, [n * k, 1, n * k]);
    return { y: rows(y, k), loss: loss[0], grad: rows(grad, k) };
  } finally {
    free(row);
  }
}
