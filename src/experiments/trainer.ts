// Interactive training sessions (train-mnist and later training widgets): the book's TwoLayerNet
// on the official MNIST, which Run / Pause / Step drive one chunk at a time. Sessions are
// addressed by id so the API crosses a worker boundary unchanged (trainer-types.ts).
//
// Data streams in (the test set and the first 10,000 training digits first). To start early
// and still give the same numbers for the same seed, iteration i draws its batch from the
// first min(60,000, 10,000·(1 + ⌊i / STREAM_EVERY⌋)) training digits: all of them from
// iteration 500 on, whatever the network speed (it waits for a chunk that is late).
import {
  argMaxRows,
  createOptimizer,
  createRng,
  free,
  initEngine,
  readAll,
  scope,
  tensor,
  TwoLayerNet,
} from '../engine';
import {
  dataProgress,
  followDownload,
  ownData,
  releaseShared,
  sharedData,
  usable,
  chunkStreamed,
  type TrainData,
} from './mnist-device';
import { runLoop, stepOnce, type RunHooks } from './run-loop';
import { TrainSession } from './session';
import type {
  IdxFiles,
  Mistake,
  TrainerOptions,
  TrainerPhase,
  TrainerProgress,
} from './trainer-types';

interface Trainer {
  o: TrainerOptions;
  data: TrainData;
  session: TrainSession;
  emit: () => void;
  phase: TrainerPhase;
  pausing: boolean;
  running: Promise<TrainerProgress> | null;
  /** time spent running so far, ms, and when the current run started */
  elapsed: number;
  since: number;
  disposed: boolean;
}

const trainers = new Map<number, Trainer>();
let nextId = 1;

function get(id: number): Trainer {
  const t = trainers.get(id);
  if (!t || t.disposed) throw new Error(`학습 세션 ${id} 이 없습니다 (이미 초기화되었습니다).`);
  return t;
}

function validate(o: TrainerOptions): void {
  const ints = { hiddenSize: o.hiddenSize, batchSize: o.batchSize, iterations: o.iterations };
  for (const [k, v] of Object.entries(ints))
    if (!Number.isInteger(v) || v < 1) throw new Error(`${k}는 1 이상의 정수여야 합니다: ${v}`);
  if (!(o.lr > 0 && Number.isFinite(o.lr)))
    throw new Error(`학습률은 0보다 큰 수여야 합니다: ${o.lr}`);
  if (!(o.weightInitStd >= 0))
    throw new Error(`초깃값 σ는 0 이상이어야 합니다: ${o.weightInitStd}`);
}

function progressOf(t: Trainer): TrainerProgress {
  const s = t.session.state;
  const elapsedMs = t.elapsed + (t.running ? performance.now() - t.since : 0);
  return {
    phase: t.phase, iteration: s.iteration, iterations: t.o.iterations,
    loss: Float32Array.from(s.loss), evalAt: s.evalAt.slice(), trainAcc: s.trainAcc.slice(),
    testAcc: s.testAcc.slice(), elapsedMs, backend: s.backend, divergedAt: s.divergedAt,
    examplesPerSecond: s.trainMs > 0 ? (s.iteration * t.o.batchSize) / (s.trainMs / 1000) : 0,
    trainDigits: t.session.train.size, testDigits: t.session.test.size,
    source: t.data.shared ? 'mnist' : 'files', data: dataProgress,
  }; // prettier-ignore
}

/**
 * A new session: loads the data (the official MNIST, progress with phase 'loading'; or the
 * reader's idx `files`), builds the book's TwoLayerNet from `seed` (the same seed, the same
 * initial weights and batches) and reports phase 'ready'.
 */
export async function createTrainer(
  o: TrainerOptions,
  onProgress: (p: TrainerProgress) => void,
  files?: IdxFiles,
): Promise<number> {
  validate(o);
  const backend = await initEngine();
  const data = files ? await ownData(files) : await sharedData(o, onProgress, backend);
  const total = data.train.size;
  const net = TwoLayerNet({
    inputSize: 784, hiddenSize: o.hiddenSize, activation: o.activation,
    weightInitStd: o.weightInitStd, seed: o.seed,
  }); // prettier-ignore
  const epoch = Math.floor((data.shared ? data.shared.total : total) / o.batchSize); // iter_per_epoch
  const evalEvery = o.evalEvery ?? Math.max(1, epoch);
  const shared = data.shared;
  const session = new TrainSession(
    net, createOptimizer(o.optimizer, o.lr), data.train, data.test, createRng(o.seed + 17),
    {
      batchSize: o.batchSize, iterations: o.iterations, evalEvery,
      evalTrain: o.evalSize ?? Infinity, evalTest: o.evalSize ?? Infinity,
      usableTrain: shared ? (i) => usable(i, shared.total) : undefined,
    },
    backend,
  ); // prettier-ignore
  const id = nextId++;
  const t: Trainer = {
    o, data, session, phase: 'ready', pausing: false, running: null, elapsed: 0, since: 0,
    disposed: false, emit: () => onProgress(progressOf(t)),
  }; // prettier-ignore
  trainers.set(id, t);
  t.emit();
  // the rest of MNIST streams in after the first chunk: an idle session reports it as it comes
  if (data.shared)
    followDownload(
      () => !t.running && t.emit(),
      () => t.disposed,
    );
  return id;
}

/** One chunk (or one step) with the data it needs already on the device. */
function advance(t: Trainer, maxSteps: number): Promise<void> {
  const s = t.data.shared;
  return s ? chunkStreamed(t.session, s, maxSteps) : t.session.chunk(maxSteps);
}

/** The run loop's view of one trainer. */
function hooks(t: Trainer): RunHooks<TrainerProgress> {
  return {
    done: () => t.session.done,
    advance: (maxSteps) => advance(t, maxSteps),
    settle: () => settle(t),
    finish: () => finish(t),
    progress: () => progressOf(t),
  };
}

function settle(t: Trainer): void {
  const s = t.session.state;
  t.phase = s.divergedAt !== null ? 'diverged' : t.session.done ? 'done' : 'paused';
}

/** Trains until done, diverged or paused; reports once per chunk. */
export function trainerRun(id: number): Promise<TrainerProgress> {
  const t = get(id);
  return runLoop(t, hooks(t));
}

/** Stops a run at the next chunk boundary (its promise then resolves with phase 'paused'). */
export function trainerPause(id: number): void {
  get(id).pausing = true;
}

/** Exactly one iteration (and the evaluation when it ends an epoch). */
export async function trainerStep(id: number): Promise<TrainerProgress> {
  const t = get(id);
  return stepOnce(t, hooks(t));
}

/** The ten class probabilities for one image (784 values in 0..1, row-major 28×28). */
export async function trainerPredict(id: number, pixels: Float32Array): Promise<Float32Array> {
  const net = get(id).session.net;
  if (pixels.length !== 784)
    throw new Error(`이미지는 784개의 픽셀이어야 합니다: ${pixels.length}`);
  await initEngine();
  const p = scope(() => net.predict(tensor(pixels, { shape: [1, 784] }), false).softmax().value);
  try {
    return (await readAll([p]))[0].slice();
  } finally {
    free(p);
  }
}

/** Official test digits the current network gets wrong (the first `limit` in test-set order). */
export async function trainerMistakes(id: number, limit: number): Promise<Mistake[]> {
  const t = get(id);
  const s = t.data;
  const n = s.test.size;
  const parts = [];
  for (let start = 0; start < n; start += 1000) {
    const count = Math.min(1000, n - start);
    parts.push(
      scope(() => {
        const { x } = s.test.slice(start, count);
        return argMaxRows(t.session.net.predict(x, false).softmax());
      }),
    );
  }
  let rows: Float32Array[];
  try {
    rows = await readAll(parts.flat());
  } finally {
    free(parts.flat());
  }
  const out: Mistake[] = [];
  for (let k = 0; k < parts.length && out.length < limit; k++) {
    const [index, prob] = [rows[2 * k], rows[2 * k + 1]];
    for (let i = 0; i < index.length && out.length < limit; i++) {
      const j = k * 1000 + i;
      const label = s.testLabels[j];
      if (index[i] !== label)
        out.push({ index: j, label, predicted: index[i], confidence: prob[i],
          pixels: s.testImages.slice(j * 784, (j + 1) * 784) }); // prettier-ignore
    }
  }
  return out;
}

function finish(t: Trainer): void {
  t.session.dispose();
  if (t.data.shared) releaseShared();
  else [t.data.train, t.data.test].forEach((d) => d.dispose());
}

/** Frees the session (after its current chunk if it is running). */
export function disposeTrainer(id: number): void {
  const t = trainers.get(id);
  if (!t || t.disposed) return;
  t.disposed = true;
  t.pausing = true;
  trainers.delete(id);
  if (!t.running) finish(t);
}
