// Chapter 3.6: the book's trained inference network (784 → 50 → 100 → 10, sigmoid, softmax;
// sample_weight.pkl) classifies the 10,000 official MNIST test digits with our engine — one
// image at a time (the book's first loop, x[i]) or in batches of B (x[i:i+B]) — timed on the
// active backend. Inputs are the pixels / 255 as float32, flattened to 784 (the book's
// normalize=True, flatten=True), computed once on the host. Each batch is uploaded from the host
// like the book's x[i:i+B]; its per-image argmax stays on the device and is read back in groups
// (about every `readEveryMs`), never once per image.
import {
  argMaxRows,
  engineStatus,
  free,
  initEngine,
  readAll,
  scope,
  type BackendName,
  type DeviceTensor,
} from '../engine';
import { loadHostData, type LoadProgress } from './inference-data';
import { yieldToEvents } from './run-loop';
import {
  input,
  layerShapes,
  predict,
  withModel,
  type DeviceModel,
  type LayerShapes,
} from './inference-model';

export { setInferenceSources, type InferenceSources, type LoadProgress } from './inference-data';
export { disposeInference } from './inference-model';

/** What the page needs to draw: the test digits, their labels and the network's shapes. */
export interface InferenceInfo {
  n: number;
  rows: number;
  cols: number;
  /** n·rows·cols grey levels 0..255 (a copy the page may keep) */
  images: Uint8Array;
  labels: Uint8Array;
  /** the layers' shapes in order: W (in, out) and b (out) of each Affine */
  layers: LayerShapes;
}

export interface InferenceProgress {
  /** images classified and read back so far / to classify */
  done: number;
  total: number;
  correct: number;
  /** milliseconds since the timed run started (uploads, forward passes, argmax, readbacks) */
  elapsedMs: number;
  /** readbacks so far (groups of argmax results) */
  readbacks: number;
}

export interface InferenceRunOptions {
  /** images per forward pass: 1 is the book's one-at-a-time loop */
  batchSize: number;
  /** classify only the first `count` test images (default: all 10,000) */
  count?: number;
  /** read the argmax results back about this often (default 250 ms; at least once per batch) */
  readEveryMs?: number;
  signal?: AbortSignal;
  onProgress?: (p: InferenceProgress) => void;
}

export interface InferenceRunResult extends InferenceProgress {
  batchSize: number;
  /** the run was stopped (signal) before `total`: the numbers cover the first `done` images */
  stopped: boolean;
  /** the untimed first batch (shader compilation, allocation) */
  warmupMs: number;
  backend: BackendName | null;
  /** predicted digit per image (255 where not classified: a stopped run) */
  predictions: Uint8Array;
}

// --- the experiments -----------------------------------------------------------------------------

/** Loads the weights and the test set (once per worker) and describes them for the page. */
export async function loadInference(
  o: { onProgress?: (p: LoadProgress) => void } = {},
): Promise<InferenceInfo> {
  const [host] = await Promise.all([loadHostData(o.onProgress), initEngine()]);
  const { rows, cols, n, images, labels } = host.test;
  return {
    n,
    rows,
    cols,
    images: images.slice(),
    labels: labels.slice(),
    layers: layerShapes(host),
  };
}

/** The book's accuracy loop, timed: batches of `batchSize` (1 = one image at a time). */
export async function runInference(o: InferenceRunOptions): Promise<InferenceRunResult> {
  const n = (await loadHostData()).test.n;
  const B = o.batchSize;
  const total = o.count ?? n;
  if (!Number.isInteger(B) || B < 1 || B > n)
    throw new Error(`배치 크기는 1에서 ${n} 사이의 정수여야 합니다: ${B}`);
  if (!Number.isInteger(total) || total < 1 || total > n)
    throw new Error(`이미지 수는 1에서 ${n} 사이의 정수여야 합니다: ${total}`);
  return withModel((m) => timedAccuracy(m, B, total, o));
}

/**
 * The book's loop over the test set in batches of B (B = 1: one image at a time), timed after
 * an untimed first batch: upload x[i:i+B], predict, argmax per row on the device; the argmax
 * results are read back together about every `readEveryMs`, compared with the labels on the
 * host, and reported as progress. Stops between groups when the signal aborts.
 */
export async function timedAccuracy(
  m: DeviceModel,
  B: number,
  total: number,
  o: InferenceRunOptions,
): Promise<InferenceRunResult> {
  const every = o.readEveryMs ?? 250;
  const classify = (start: number) =>
    scope(() => argMaxRows(predict(m, input(m, start, Math.min(B, total - start), B)))[0]);

  // Warm-up, untimed: the first batch compiles WebGL shaders and allocates on every backend.
  const w0 = performance.now();
  const first = classify(0);
  try {
    await readAll([first]);
  } finally {
    free(first);
  }
  const warmupMs = performance.now() - w0;
  let stopped = o.signal?.aborted ?? false;

  const predictions = new Uint8Array(total).fill(255);
  const p: InferenceProgress = { done: 0, total, correct: 0, elapsedMs: 0, readbacks: 0 };
  let pending: DeviceTensor[] = [];
  const t0 = performance.now();
  let lastRead = t0;
  try {
    for (let start = 0; start < total && !stopped; start += B) {
      pending.push(classify(start));
      const end = Math.min(total, start + B);
      if (end < total && performance.now() - lastRead < every) continue;
      // one readback for the whole group of batches
      const values = await readAll(pending);
      let i = p.done;
      for (const v of values)
        for (let k = 0; k < v.length && i < end; k++, i++) {
          predictions[i] = v[k];
          if (v[k] === m.labels[i]) p.correct++;
        }
      free(pending);
      pending = [];
      p.done = end;
      p.readbacks++;
      lastRead = performance.now();
      p.elapsedMs = lastRead - t0;
      o.onProgress?.({ ...p });
      if (end < total) {
        await yieldToEvents();
        if (o.signal?.aborted) {
          stopped = true;
          break;
        }
      }
    }
  } finally {
    free(pending);
  }
  return {
    ...p,
    elapsedMs: performance.now() - t0,
    batchSize: B,
    stopped,
    warmupMs,
    backend: engineStatus().backend,
    predictions,
  };
}

/**
 * The ten softmax probabilities of every test image (n × 10, row i = image i), for the page's
 * grid: batches of 1,000, one readback. Not timed.
 */
export function inferenceProbabilities(): Promise<Float32Array> {
  const B = 1000;
  return withModel(async (m) => {
    const ys: DeviceTensor[] = [];
    try {
      for (let start = 0; start < m.n; start += B)
        ys.push(scope(() => predict(m, input(m, start, Math.min(B, m.n - start), B)).value));
      const values = await readAll(ys);
      const out = new Float32Array(m.n * (ys[0]?.shape[1] ?? 0));
      values.forEach((v, k) => out.set(v.subarray(0, out.length - k * v.length), k * v.length));
      return out;
    } finally {
      free(ys);
    }
  });
}
