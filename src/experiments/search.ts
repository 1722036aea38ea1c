// One trial of the book's random hyperparameter search (ch06/hyperparameter_optimization.py),
// run in a pool worker (search-pool.ts starts several): MultiLayerNet(784, [100]×6, 10) with
// weight decay λ, SGD at lr, batch 100, on the first 500 training digits shuffled and split
// 400 train / 100 validation. The validation set is carved from the training data, never the
// test set. Only the first training chunk (10,000 digits) is fetched, never the test set.
import {
  browserSource,
  checkManifest,
  gunzip,
  parseMnistChunk,
  type MnistSource,
} from '../data/mnist';
import { isGzip } from '../data/idx';
import {
  createOptimizer,
  createRng,
  DeviceDataset,
  initEngine,
  MultiLayerNet,
  type BackendName,
} from '../engine';
import { SEARCH_BOOK } from './search-meta';
import { TrainSession } from './session';

export interface SearchTrialOptions {
  lr: number;
  weightDecay: number;
  /** seed of the network's weights and of its batches */
  seed: number;
  /** seed of the shuffle that splits the 500 digits (the same for every trial of a search) */
  splitSeed: number;
  /** epochs of 4 iterations (400 / batch 100); the book: 50 */
  epochs: number;
  signal?: AbortSignal;
}

export interface SearchTrialResult {
  lr: number;
  weightDecay: number;
  /** accuracy on the 400 training digits after each epoch */
  trainAcc: number[];
  /** accuracy on the 100 validation digits after each epoch */
  valAcc: number[];
  /** iteration of the first NaN/Inf loss, or null */
  divergedAt: number | null;
  ms: number;
  backend: BackendName;
}

let source: MnistSource = browserSource;
/** Where the first training chunk comes from (Node tests: nodeMnistSource). */
export function setSearchSource(s: MnistSource): void {
  source = s;
  digits = null;
}

let digits: Promise<{ images: Uint8Array; labels: Uint8Array }> | null = null;

/** The first 500 training digits (fetching only the first training chunk). */
function firstDigits(): Promise<{ images: Uint8Array; labels: Uint8Array }> {
  return (digits ??= (async () => {
    const m = checkManifest(await source.manifest());
    const entry = m.chunks.find((c) => c.set === 'train' && c.start === 0);
    if (!entry) throw new Error('MNIST 목록에 첫 학습 조각이 없습니다.');
    let bytes = await source.chunk(entry, () => undefined);
    if (isGzip(bytes)) bytes = await gunzip(bytes); // a server may have unpacked it already
    const c = parseMnistChunk(bytes, entry);
    const n = SEARCH_BOOK.digits;
    const px = c.rows * c.cols;
    return { images: c.images.slice(0, n * px), labels: c.labels.slice(0, n) };
  })().catch((e) => {
    digits = null;
    throw e;
  }));
}

/** The book's split: shuffle the 500 digits, the first 100 validate, the other 400 train. */
export function splitIndices(splitSeed: number): { train: Int32Array; validation: Int32Array } {
  const order = createRng(splitSeed).permutation(SEARCH_BOOK.digits);
  const v = SEARCH_BOOK.validation;
  return { validation: order.slice(0, v), train: order.slice(v) };
}

interface Sets {
  splitSeed: number;
  train: DeviceDataset;
  validation: DeviceDataset;
}
let sets: Sets | null = null;

async function deviceSets(splitSeed: number): Promise<Sets> {
  const d = await firstDigits();
  if (sets?.splitSeed === splitSeed) return sets;
  disposeSearchData();
  const px = d.images.length / d.labels.length;
  const pick = (rows: Int32Array) => {
    const set = new DeviceDataset(px);
    const images = new Uint8Array(rows.length * px);
    const labels = new Uint8Array(rows.length);
    rows.forEach((r, i) => {
      images.set(d.images.subarray(r * px, (r + 1) * px), i * px);
      labels[i] = d.labels[r];
    });
    set.append(images, labels);
    return set;
  };
  const split = splitIndices(splitSeed);
  sets = { splitSeed, train: pick(split.train), validation: pick(split.validation) };
  return sets;
}

/** Frees the split on the device (the next trial uploads it again). */
export function disposeSearchData(): void {
  sets?.train.dispose();
  sets?.validation.dispose();
  sets = null;
}

/** One trial: trains the book's network with this lr and λ, evaluating after every epoch. */
export async function searchTrial(o: SearchTrialOptions): Promise<SearchTrialResult> {
  const { lr, weightDecay, epochs } = o;
  if (!(lr > 0) || !(weightDecay >= 0)) throw new Error(`lr ${lr}, λ ${weightDecay}: 잘못된 값`);
  if (!Number.isInteger(epochs) || epochs < 1)
    throw new Error(`에폭 수가 잘못되었습니다: ${epochs}`);
  const backend = await initEngine();
  const { train, validation } = await deviceSets(o.splitSeed);
  const perEpoch = Math.max(1, Math.floor(train.size / SEARCH_BOOK.batchSize));
  const session = new TrainSession(
    MultiLayerNet({ hiddenSizes: [...SEARCH_BOOK.hiddenSizes], weightDecay, seed: o.seed }),
    createOptimizer('sgd', lr),
    train,
    validation,
    createRng(o.seed + 17),
    {
      batchSize: SEARCH_BOOK.batchSize,
      iterations: epochs * perEpoch,
      evalEvery: perEpoch,
      evalTrain: train.size,
      evalTest: validation.size,
    },
    backend,
  );
  const t0 = performance.now();
  try {
    while (!session.done) {
      o.signal?.throwIfAborted();
      await session.chunk();
    }
  } finally {
    session.dispose();
  }
  const s = session.state;
  return {
    lr, weightDecay, trainAcc: s.trainAcc, valAcc: s.testAcc, divergedAt: s.divergedAt,
    ms: performance.now() - t0, backend: s.backend,
  }; // prettier-ignore
}
