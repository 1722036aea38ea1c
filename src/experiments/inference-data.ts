// What the ch. 3 inference network reads: the book's trained weights (public/models/) and the
// official MNIST test set alone — only the test chunk of the prepared MNIST (1.6 MB), not the
// 60,000 training digits. Both through src/data's loaders and checks; the sources can be
// replaced (Node tests read the same files from disk).
import {
  loadBookWeights,
  browserWeightsSource,
  type BookTensor,
  type BookWeightsSource,
} from '../data/book-weights';
import { gunzip, isGzip } from '../data/idx';
import { browserSource, checkManifest, parseMnistChunk, type MnistSource } from '../data/mnist';

/** The book's ch. 3 network (sample_weight.pkl) as shipped in public/models/. */
export const CH3_WEIGHTS = 'ch3-sample-weight';

export interface InferenceSources {
  mnist: MnistSource;
  weights: BookWeightsSource;
}

let sources: InferenceSources = { mnist: browserSource, weights: browserWeightsSource };

/** Replaces where the files are read from (Node tests: the disk); forgets what was loaded. */
export function setInferenceSources(s: Partial<InferenceSources>): void {
  sources = { ...sources, ...s };
  hostData = null;
  testSet = null;
}

export interface TestSet {
  /** n·rows·cols grey levels 0..255 */
  images: Uint8Array;
  labels: Uint8Array;
  n: number;
  rows: number;
  cols: number;
}

export interface HostData {
  weights: Map<string, BookTensor>;
  test: TestSet;
}

export interface LoadProgress {
  /** bytes received so far / in both files (the weights and the test chunk) */
  bytesLoaded: number;
  bytesTotal: number;
}

/** The official test set: the test chunk(s) of the prepared MNIST, checked like the full loader. */
async function loadTestSet(
  source: MnistSource,
  onBytes: (loaded: number, total: number) => void,
): Promise<TestSet> {
  const m = checkManifest(await source.manifest());
  const chunks = m.chunks.filter((c) => c.set === 'test');
  const total = chunks.reduce((a, c) => a + c.bytes, 0);
  const px = m.rows * m.cols;
  const images = new Uint8Array(m.test * px);
  const labels = new Uint8Array(m.test);
  const got = new Map<string, number>();
  const count = () => [...got.values()].reduce((a, b) => a + b, 0);
  await Promise.all(
    chunks.map(async (e) => {
      let b = await source.chunk(e, (n) => {
        got.set(e.file, Math.min(n, e.bytes));
        onBytes(count(), total);
      });
      if (isGzip(b)) {
        try {
          b = await gunzip(b);
        } catch {
          throw new Error(`${e.file}: gzip 압축을 풀 수 없어요 (파일이 잘렸거나 손상됐어요).`);
        }
      }
      const c = parseMnistChunk(b, e);
      if (c.rows !== m.rows || c.cols !== m.cols || c.total !== m.test)
        throw new Error(`${e.file}: 크기(${c.rows}×${c.cols}, ${c.total}개)가 목록과 달라요.`);
      images.set(c.images, c.start * px);
      labels.set(c.labels, c.start);
      got.set(e.file, e.bytes);
      onBytes(count(), total);
    }),
  );
  return { images, labels, n: m.test, rows: m.rows, cols: m.cols };
}

let testSet: Promise<TestSet> | null = null;
const testListeners = new Set<(loaded: number, total: number) => void>();

/**
 * Only the official test digits (no weights), loaded once and shared with loadHostData (e.g. the
 * convolution widget's input); a failed download is forgotten so the next call tries again.
 */
export function loadTestDigits(
  onBytes?: (loaded: number, total: number) => void,
): Promise<TestSet> {
  if (onBytes) testListeners.add(onBytes);
  const p = (testSet ??= loadTestSet(sources.mnist, (n, total) =>
    testListeners.forEach((l) => l(n, total)),
  ));
  p.catch(() => {
    if (testSet === p) testSet = null;
  });
  return p.finally(() => {
    if (onBytes) testListeners.delete(onBytes);
  });
}

let hostData: Promise<HostData> | null = null;
const listeners = new Set<(p: LoadProgress) => void>();
let progress: LoadProgress = { bytesLoaded: 0, bytesTotal: 0 };

/**
 * The weights and the test set on the host, loaded once (later calls share the download; a
 * failed one is forgotten so the next call tries again). onProgress: now and as bytes arrive.
 */
export function loadHostData(onProgress?: (p: LoadProgress) => void): Promise<HostData> {
  if (onProgress) {
    listeners.add(onProgress);
    onProgress({ ...progress });
  }
  const p = (hostData ??= start());
  return p.finally(() => {
    if (onProgress) listeners.delete(onProgress);
  });
}

function start(): Promise<HostData> {
  const parts = { weights: [0, 0], test: [0, 0] };
  const emit = (part: keyof typeof parts, loaded: number, total: number) => {
    parts[part] = [loaded, total];
    progress = {
      bytesLoaded: parts.weights[0] + parts.test[0],
      bytesTotal: parts.weights[1] + parts.test[1],
    };
    listeners.forEach((l) => l({ ...progress }));
  };
  const p = Promise.all([
    loadBookWeights(CH3_WEIGHTS, {
      source: sources.weights,
      onBytes: (n, total) => emit('weights', n, total),
    }),
    loadTestDigits((n, total) => emit('test', n, total)),
  ]).then(([weights, test]) => ({ weights, test }));
  p.catch(() => {
    if (hostData === p) hostData = null;
    progress = { bytesLoaded: 0, bytesTotal: 0 };
  });
  return p;
}
