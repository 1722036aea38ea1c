// MNIST for the browser and for Node: the official 60,000 training + 10,000 test digits (the
// book's split, in the official order), prepared at build time by scripts/prepare-mnist.mjs into
// public/data/mnist.json + seven gzip chunks of 10,000 digits, and loaded here as a stream:
// the test set and the first 10,000 training digits first, the rest while training can start.
// From a file picker, readers' own idx(.gz) files of MNIST or Fashion-MNIST: see ./idx.ts.
//
// Usage:
//   const s = loadMnistStream({ onProgress: (p) => bar(p.bytesLoaded / p.bytesTotal) });
//   const first = await s.first;  // nTest 10,000, nTrain 10,000 (a prefix of the training set)
//   …start training on `first` while the rest streams in…
//   const all = await s.all;      // nTrain 60,000 (loadMnist() is this promise)
// Each time a training chunk lands, onData gets a new MnistData snapshot whose nTrain has grown
// (10,000, 20,000, … 60,000); every snapshot views the same buffers, so nothing is copied.
import { gunzip, isGzip } from './idx';
import {
  checkManifest,
  parseMnistChunk,
  type MnistChunk,
  type MnistChunkEntry,
  type MnistData,
} from './mnist-format';
import { browserSource, type MnistSource } from './mnist-fetch';

export { browserSource, type MnistSource } from './mnist-fetch';
export {
  gunzip,
  IDX_IMAGES_MAGIC,
  IDX_LABELS_MAGIC,
  loadIdxDataset,
  loadIdxPair,
  parseIdx,
} from './idx';
export type { IdxArray } from './idx';
export { checkManifest, parseMnistChunk } from './mnist-format';
export type {
  MnistChunk,
  MnistChunkEntry,
  MnistData,
  MnistManifest,
  MnistSet,
} from './mnist-format';

export interface MnistProgress {
  /** compressed bytes received so far / in all chunks (0 until the manifest is in) */
  bytesLoaded: number;
  bytesTotal: number;
  /** digits decoded so far (test and training) / in all (70,000) */
  digitsLoaded: number;
  digitsTotal: number;
}

export interface MnistStream {
  /** the test set and the first training chunk (nTrain 10,000) */
  first: Promise<MnistData>;
  /** everything (nTrain 60,000) */
  all: Promise<MnistData>;
  /** the newest snapshot so far, or null before `first` */
  latest(): MnistData | null;
  progress(): MnistProgress;
  /** stops calling this caller's onProgress / onData (the download itself goes on) */
  off(): void;
}

export interface MnistStreamOptions {
  onProgress?: (p: MnistProgress) => void;
  /** every new snapshot: first with nTrain 10,000, then 20,000, … 60,000 */
  onData?: (d: MnistData) => void;
}

interface Shared {
  stream: Omit<MnistStream, 'off'>;
  progressListeners: Set<(p: MnistProgress) => void>;
  dataListeners: Set<(d: MnistData) => void>;
}

let source: MnistSource = browserSource;
let override: (() => Promise<MnistData>) | null = null;
let shared: Shared | null = null;

/** Replaces where the prepared files are read from (Node: mnist-node.ts); forgets what was loaded. */
export function setMnistSource(s: MnistSource): void {
  source = s;
  override = null;
  shared = null;
}

/** Replaces loading altogether with a loader of a whole dataset (first and all are the same). */
export function setMnistLoader(l: () => Promise<MnistData>): void {
  override = l;
  shared = null;
}

/** A promise nobody may be waiting for: keeps a rejection from being reported as unhandled. */
const quiet = <T>(p: Promise<T>): Promise<T> => (p.catch(() => {}), p);

function startShared(): Shared {
  const progressListeners = new Set<(p: MnistProgress) => void>();
  const dataListeners = new Set<(d: MnistData) => void>();
  const progress: MnistProgress = {
    bytesLoaded: 0,
    bytesTotal: 0,
    digitsLoaded: 0,
    digitsTotal: 0,
  };
  let latest: MnistData | null = null;
  // a listener that throws must not stop the download: its error is rethrown on its own
  const call = <T>(l: (x: T) => void, x: T) => {
    try {
      l(x);
    } catch (e) {
      queueMicrotask(() => {
        throw e;
      });
    }
  };
  const emit = () => progressListeners.forEach((l) => call(l, { ...progress }));
  const publish = (d: MnistData) => {
    latest = d;
    dataListeners.forEach((l) => call(l, d));
  };
  let resolveFirst!: (d: MnistData) => void;
  const first = new Promise<MnistData>((r) => (resolveFirst = r));
  const all = (async () => {
    if (override) {
      const d = await override();
      Object.assign(progress, {
        digitsLoaded: d.nTrain + d.nTest,
        digitsTotal: d.nTrain + d.nTest,
      });
      emit();
      publish(d);
      resolveFirst(d);
      return d;
    }
    const m = checkManifest(await source.manifest());
    Object.assign(progress, { bytesTotal: m.bytesTotal, digitsTotal: m.train + m.test });
    emit();
    const received = new Map<MnistChunkEntry, number>();
    const fetchChunk = async (e: MnistChunkEntry): Promise<MnistChunk> => {
      const count = (n: number) => {
        received.set(e, Math.min(n, e.bytes)); // a server may have gunzipped it already
        progress.bytesLoaded = [...received.values()].reduce((a, b) => a + b, 0);
        emit();
      };
      let b = await source.chunk(e, count);
      if (isGzip(b)) {
        try {
          b = await gunzip(b);
        } catch {
          throw new Error(`${e.file}: gzip 압축을 풀 수 없어요 (파일이 잘렸거나 손상되었어요).`);
        }
      }
      const c = parseMnistChunk(b, e);
      if (c.rows !== m.rows || c.cols !== m.cols || c.total !== m[c.set])
        throw new Error(`${e.file}: 크기(${c.rows}×${c.cols}, ${c.total}개)가 목록과 달라요.`);
      count(e.bytes);
      return c;
    };
    const px = m.rows * m.cols;
    const trainImages = new Uint8Array(m.train * px);
    const trainLabels = new Uint8Array(m.train);
    const testImages = new Uint8Array(m.test * px);
    const testLabels = new Uint8Array(m.test);
    let nTrain = 0;
    const place = (c: MnistChunk) => {
      const [images, labels] =
        c.set === 'train' ? [trainImages, trainLabels] : [testImages, testLabels];
      images.set(c.images, c.start * px);
      labels.set(c.labels, c.start);
      if (c.set === 'train') nTrain += c.count;
      progress.digitsLoaded += c.count;
      emit();
    };
    const snapshot = (): MnistData => ({
      trainImages: trainImages.subarray(0, nTrain * px),
      trainLabels: trainLabels.subarray(0, nTrain),
      testImages,
      testLabels,
      nTrain,
      nTest: m.test,
      rows: m.rows,
      cols: m.cols,
      source: 'bundled',
    });
    const trains = m.chunks.filter((c) => c.set === 'train');
    const tests = m.chunks.filter((c) => c.set === 'test');
    // the test set and the first training chunk together; then the rest, in order, one ahead
    (await Promise.all([...tests, trains[0]].map(fetchChunk))).forEach(place);
    let d = snapshot();
    publish(d);
    resolveFirst(d);
    let next = trains.length > 1 ? quiet(fetchChunk(trains[1])) : null;
    for (let i = 1; next; i++) {
      const c = await next;
      next = i + 1 < trains.length ? quiet(fetchChunk(trains[i + 1])) : null;
      place(c);
      publish((d = snapshot()));
    }
    return d;
  })();
  const s: Shared = {
    stream: {
      first: quiet(Promise.race([first, all])),
      all: quiet(all),
      latest: () => latest,
      progress: () => ({ ...progress }),
    },
    progressListeners,
    dataListeners,
  };
  // a failed download is forgotten, so that the next call tries again
  all.catch(() => {
    if (shared === s) shared = null;
  });
  return s;
}

/**
 * Starts loading the prepared MNIST (once; later calls share the same download) and returns
 * promises for the first part and for all of it. onProgress is called at once with where the
 * download stands, then as bytes and digits arrive; onData with each new snapshot.
 */
export function loadMnistStream(o: MnistStreamOptions = {}): MnistStream {
  const s = (shared ??= startShared());
  const { onProgress, onData } = o;
  if (onProgress) {
    s.progressListeners.add(onProgress);
    queueMicrotask(() => s.progressListeners.has(onProgress) && onProgress(s.stream.progress()));
  }
  if (onData) {
    s.dataListeners.add(onData);
    const now = s.stream.latest();
    if (now) queueMicrotask(() => s.dataListeners.has(onData) && onData(now));
  }
  return {
    ...s.stream,
    off: () => {
      if (onProgress) s.progressListeners.delete(onProgress);
      if (onData) s.dataListeners.delete(onData);
    },
  };
}

/** The official 60,000/10,000 MNIST, complete; loaded once and shared. */
export function loadMnist(): Promise<MnistData> {
  return loadMnistStream().all;
}

const floats = new WeakMap<Uint8Array, Float32Array>();

/**
 * Pixels scaled to [0, 1] (the book's normalize=True), computed once per image array. Note the
 * size: 60,000 training images become a 188 MB Float32Array (the uint8 pixels are 47 MB).
 */
export function normalized(images: Uint8Array): Float32Array {
  let f = floats.get(images);
  if (!f) {
    f = new Float32Array(images.length);
    for (let i = 0; i < images.length; i++) f[i] = images[i] / 255;
    floats.set(images, f);
  }
  return f;
}
