// Pure helpers of the mnist-inference widget: the shapes along the network for a batch size,
// the slider's listed batch sizes, the grid's pages and filter, and number formats. No engine.
import { INFERENCE_BATCH_SIZES } from '../../experiments/client';

/** digits per page of the grid (whole rows of 7 or 8 tiles: a phone, a laptop) */
export const PAGE_SIZE = 56;

export interface ShapeStep {
  /** 'X', 'W1', … 'Y' */
  name: string;
  shape: string;
}

const tuple = (dims: number[]) => (dims.length === 1 ? `(${dims[0]},)` : `(${dims.join(', ')})`);

/**
 * X · W1 → · W2 → … → Y for a batch of `batch` images (null: one image as the book's x[i],
 * a 1-D array of 784). `layers`: [in, out] of each weight matrix.
 */
export function shapeChain(layers: ReadonlyArray<readonly [number, number]>, batch: number | null) {
  const rows = (n: number) => tuple(batch === null ? [n] : [batch, n]);
  const steps: Array<{ W: ShapeStep; out: ShapeStep }> = layers.map(([i, o], k) => ({
    W: { name: `W${k + 1}`, shape: tuple([i, o]) },
    out: { name: k === layers.length - 1 ? 'Y' : `h${k + 1}`, shape: rows(o) },
  }));
  return { x: { name: 'X', shape: rows(layers[0]?.[0] ?? 784) }, steps };
}

/** The text of a shape chain: "X (100, 784) · W1 (784, 50) → (100, 50) · … → Y (100, 10)". */
export function shapeText(chain: ReturnType<typeof shapeChain>): string {
  return [
    `${chain.x.name} ${chain.x.shape}`,
    ...chain.steps.map(
      (s) => `· ${s.W.name} ${s.W.shape} → ${s.out.name === 'Y' ? 'Y ' : ''}${s.out.shape}`,
    ),
  ].join(' ');
}

/** The slider position of `batch`: the listed size closest on a log scale. */
export function batchIndex(batch: number): number {
  let best = 0;
  INFERENCE_BATCH_SIZES.forEach((b, i) => {
    if (Math.abs(Math.log(b / batch)) < Math.abs(Math.log(INFERENCE_BATCH_SIZES[best] / batch)))
      best = i;
  });
  return best;
}

/** For each digit, the most likely class of its ten probabilities. */
export function argmaxRows(probs: Float32Array, classes = 10): Uint8Array {
  const out = new Uint8Array(probs.length / classes);
  for (let i = 0; i < out.length; i++) {
    let best = 0;
    for (let k = 1; k < classes; k++)
      if (probs[i * classes + k] > probs[i * classes + best]) best = k;
    out[i] = best;
  }
  return out;
}

/** Test indices the grid lists: all of them, or those whose prediction is wrong. */
export function listed(labels: Uint8Array, predicted: Uint8Array, wrongOnly: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < labels.length; i++) if (!wrongOnly || predicted[i] !== labels[i]) out.push(i);
  return out;
}

/** Thousands separators: 10000 → "10,000". */
export const int = (n: number) => Math.round(n).toLocaleString('en-US');

/** A duration for reading: "850 ms", "3.2 s", "1분 12초". */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  return `${Math.floor(ms / 60_000)}분 ${Math.round((ms % 60_000) / 1000)}초`;
}

/** Time per image: "0.21 ms", "3.4 µs". */
export function perImage(ms: number, images: number): string {
  const v = ms / Math.max(1, images);
  return v < 0.1 ? `${(v * 1000).toFixed(1)} µs` : `${v.toFixed(v < 1 ? 3 : 2)} ms`;
}

/** Accuracy as the book prints it: 0.9352. */
export const accuracy = (correct: number, total: number) =>
  total > 0 ? (correct / total).toFixed(4) : '—';
