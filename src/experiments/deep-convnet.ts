// Chapter 8: the book's DeepConvNet with the book's own trained weights (public/models/
// ch8-deep-convnet.*, deep_convnet_params.pkl of 2016) run by our engine's forward pass
// (im2col convolutions, max pooling, the test-time dropout scaling) on the 10,000 official MNIST
// test digits, in batches whose synchronous work stays short (the worker is shared), with
// progress and stopping; and a drawn digit's probabilities with each convolution's feature maps.
import {
  DeepConvNet,
  engineStatus,
  free,
  readAll,
  scope,
  tensor,
  type BackendName,
  type DeviceTensor,
  type Net,
} from '../engine';
import { bookModel } from './book-models';
import { loadTestDigits, setInferenceSources, type InferenceSources } from './inference-data';
import { batchInput, batchProbs } from './deep-convnet-forward';
import { yieldToEvents } from './run-loop';

/** The book's DeepConvNet weights as shipped in public/models/. */
export const CH8_WEIGHTS = 'ch8-deep-convnet';

const model = bookModel(
  CH8_WEIGHTS,
  (w) => DeepConvNet({ weights: w, requiresGrad: false }),
  (net: Net) => net.dispose(),
);

/** Where the weights and the test digits are read from (Node tests: the disk). */
export function setDeepConvnetSources(s: Partial<InferenceSources>): void {
  if (s.weights) model.setSource(s.weights);
  if (s.mnist) setInferenceSources({ mnist: s.mnist });
}

/** Frees the network's device copy (a widget's unmount; after a run in flight). */
export function disposeDeepConvnet(): void {
  model.dispose();
}

export interface DeepConvnetLayer {
  /** 'Conv1', 'Relu1', 'Pool1', …, 'Affine2', 'Dropout2' */
  name: string;
  /** the output shape of one image (without the batch axis) */
  shape: number[];
}

export interface DeepConvnetInfo {
  /** the layers in order with their output shapes for one 1×28×28 digit */
  layers: DeepConvnetLayer[];
  /** trainable numbers in the file (123,552) */
  parameters: number;
  /** test digits in the official set */
  n: number;
}

export interface DeepConvnetLoadProgress {
  bytesLoaded: number;
  bytesTotal: number;
}

/** Loads the weights and the test digits (once per worker) and describes the network. */
export async function loadDeepConvnet(
  o: { onProgress?: (p: DeepConvnetLoadProgress) => void } = {},
): Promise<DeepConvnetInfo> {
  const parts = { w: [0, 0], t: [0, 0] };
  const emit = () =>
    o.onProgress?.({
      bytesLoaded: parts.w[0] + parts.t[0],
      bytesTotal: parts.w[1] + parts.t[1],
    });
  const [weights, test] = await Promise.all([
    model.weights((n, total) => ((parts.w = [n, total]), emit())),
    loadTestDigits((n, total) => ((parts.t = [n, total]), emit())),
  ]);
  const parameters = [...weights.values()].reduce((a, t) => a + t.data.length, 0);
  // one blank digit through the stack: each layer's output shape (and the model built)
  const layers = await model.use(async (net) => {
    const out: DeepConvnetLayer[] = [];
    scope(() => {
      let h = batchInput(new Uint8Array(784), 0, 1);
      for (const l of net.layers) {
        h = l.forward(h, false);
        out.push({ name: l.name, shape: h.shape.slice(1) });
      }
    });
    return out;
  });
  return { layers, parameters, n: test.n };
}

export interface DeepConvnetProgress {
  /** test digits classified so far / to classify (from the run's `start`) */
  done: number;
  total: number;
  correct: number;
  /** milliseconds since the run started (after the warm-up) */
  elapsedMs: number;
  /** digits per forward pass now (grows while a batch's synchronous work stays short) */
  batchSize: number;
}

export interface DeepConvnetMistake {
  /** index in the official test set */
  index: number;
  label: number;
  predicted: number;
  /** the network's probability of its guess and of the right answer */
  confidence: number;
  labelProb: number;
}

export interface DeepConvnetRunResult extends DeepConvnetProgress {
  /** stopped by the signal before `total`: the numbers cover the first `done` digits */
  stopped: boolean;
  backend: BackendName | null;
  mistakes: DeepConvnetMistake[];
  /** the mistakes' 28×28 grey levels (0..255), one after another */
  pixels: Uint8Array;
  /** the untimed first batch (shader compilation, im2col tables) */
  warmupMs: number;
  /** the longest synchronous stretch of one batch (or layer) in the worker (ms) */
  longestChunkMs: number;
  /** one digit took longer than the target, so the run went layer by layer */
  layerByLayer: boolean;
}

export interface DeepConvnetRunOptions {
  /** the first test digit to classify (default 0) */
  start?: number;
  /** classify `count` test digits from `start` (default: all up to the end) */
  count?: number;
  /** target for a batch's synchronous work in the worker (default 30 ms) */
  chunkMs?: number;
  signal?: AbortSignal;
  onProgress?: (p: DeepConvnetProgress) => void;
}

/** Batch sizes the run may use (few shapes: WebGL compiles shaders per shape). */
const BATCHES = [1, 2, 5, 10, 25, 50, 100];
/** A batch that waits longer than this (the GPU's share included) does not grow further. */
const MAX_BATCH_WAIT_MS = 1000;

/**
 * The book's accuracy loop over the official test digits with the network's forward pass
 * (train = false): batches start at one digit and grow while a batch's synchronous work stays
 * under `chunkMs`; each batch's probabilities are read back once and compared on the host.
 */
export async function runDeepConvnet(o: DeepConvnetRunOptions = {}): Promise<DeepConvnetRunResult> {
  const test = await loadTestDigits();
  const first = o.start ?? 0;
  if (!Number.isInteger(first) || first < 0 || first >= test.n)
    throw new Error(`첫 시험 숫자는 0에서 ${test.n - 1} 사이의 정수여야 합니다: ${first}`);
  const total = o.count ?? test.n - first;
  if (!Number.isInteger(total) || total < 1 || first + total > test.n)
    throw new Error(`시험 숫자 수는 1에서 ${test.n - first} 사이의 정수여야 합니다: ${total}`);
  const target = o.chunkMs ?? 30;
  return model.use(async (net) => {
    const input = (start: number, rows: number) => () => batchInput(test.images, start, rows);
    let stepwise = false; // one digit alone is longer than the target: layer by layer
    const w0 = performance.now();
    const { y: warm } = await batchProbs(net, input(first, 1), false);
    try {
      await readAll([warm]);
    } finally {
      free(warm);
    }
    const warmupMs = performance.now() - w0;

    const p: DeepConvnetProgress = { done: 0, total, correct: 0, elapsedMs: 0, batchSize: 1 };
    const mistakes: DeepConvnetMistake[] = [];
    let level = 0;
    let fresh = true; // the first batch of a new size compiles shaders: not measured
    let longest = 0;
    let stopped = o.signal?.aborted ?? false;
    const t0 = performance.now();
    let lastReport = 0;
    while (p.done < total && !stopped) {
      const rows = Math.min(BATCHES[level], total - p.done);
      const s0 = performance.now();
      const { y, syncMs, totalMs } = await batchProbs(net, input(first + p.done, rows), stepwise);
      let values: Float32Array;
      try {
        [values] = await readAll([y]);
      } finally {
        free(y);
      }
      const waitMs = performance.now() - s0;
      if (!fresh) longest = Math.max(longest, syncMs);
      for (let r = 0; r < rows; r++) {
        const row = values.subarray(r * 10, r * 10 + 10);
        let best = 0;
        for (let d = 1; d < 10; d++) if (row[d] > row[best]) best = d;
        const index = first + p.done + r;
        const label = test.labels[index];
        if (best === label) p.correct++;
        else
          mistakes.push({ index, label, predicted: best, confidence: row[best], labelProb: row[label] }); // prettier-ignore
      }
      p.done += rows;
      const next = BATCHES[level + 1];
      if (
        !fresh &&
        next &&
        (totalMs * next) / rows <= target &&
        (waitMs * next) / rows <= MAX_BATCH_WAIT_MS
      ) {
        level++;
        fresh = true;
      } else fresh = false;
      if (level === 0 && !fresh && totalMs > target) stepwise = true;
      p.batchSize = BATCHES[level];
      const now = performance.now();
      p.elapsedMs = now - t0;
      if (now - lastReport > 100 || p.done === total) {
        lastReport = now;
        o.onProgress?.({ ...p });
      }
      await yieldToEvents();
      if (o.signal?.aborted) stopped = p.done < total;
    }
    const pixels = new Uint8Array(mistakes.length * 784);
    mistakes.forEach((m, k) => pixels.set(test.images.subarray(m.index * 784, (m.index + 1) * 784), k * 784)); // prettier-ignore
    return {
      ...p,
      elapsedMs: performance.now() - t0,
      stopped,
      backend: engineStatus().backend,
      mistakes,
      pixels,
      warmupMs,
      longestChunkMs: longest,
      layerByLayer: stepwise,
    };
  });
}

export interface FeatureMaps {
  /** 'Relu1' … 'Relu6': the output of each convolution after its ReLU */
  name: string;
  channels: number;
  height: number;
  width: number;
  /** channels × height × width, channel after channel */
  data: Float32Array;
}

export interface DeepConvnetPrediction {
  /** the ten softmax probabilities */
  probs: Float32Array;
  /** each convolution's ReLU output (empty unless asked for) */
  maps: FeatureMaps[];
}

/** One digit (784 values in 0..1, row-major 28×28): its probabilities, and its feature maps. */
export async function predictDeepConvnet(o: {
  pixels: Float32Array;
  maps?: boolean;
}): Promise<DeepConvnetPrediction> {
  if (o.pixels.length !== 784)
    throw new Error(`입력은 28×28 = 784개의 값이어야 합니다: ${o.pixels.length}개`);
  return model.use(async (net) => {
    const out = scope(() => {
      const kept: { name: string; value: DeviceTensor }[] = [];
      let h = tensor(o.pixels, { shape: [1, 1, 28, 28] });
      for (let i = 0; i < net.layers.length; i++) {
        const l = net.layers[i];
        h = l.forward(h, false);
        if (o.maps && l.name.startsWith('Relu') && net.layers[i - 1]?.name.startsWith('Conv'))
          kept.push({ name: l.name, value: h.value });
      }
      return { probs: h.softmax().value, kept };
    });
    const all = [out.probs, ...out.kept.map((k) => k.value)];
    try {
      const [probs, ...data] = await readAll(all);
      const maps = out.kept.map((k, i) => {
        const [, channels, height, width] = k.value.shape;
        return { name: k.name, channels, height, width, data: data[i].slice() };
      });
      // own buffers (readAll's are views of one), so each can be transferred to the page
      return { probs: probs.slice(), maps };
    } finally {
      free(all);
    }
  });
}
