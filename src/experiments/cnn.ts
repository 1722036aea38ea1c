// Chapter 7's SimpleConvNet seen from inside: its 30 first-layer filters and the feature maps
// (Conv1 → ReLU) of an official test digit, and its accuracy on the official test set, for a
// network training in a race (race.ts, kind 'simple-conv') or for the book's own trained weights
// (public/models/ch7-simple-convnet.*, built into our engine's SimpleConvNet layers). Device
// work is synchronous between awaits (a race may train between them) and each answer is one
// readback; the book's network is built for each call from the host copy and freed after.
import {
  browserWeightsSource,
  loadBookWeights,
  type BookTensor,
  type BookWeightsSource,
} from '../data/book-weights';
import {
  Activation,
  Affine,
  Convolution,
  createRng,
  DeviceDataset,
  deviceScalar,
  addInto,
  free,
  initEngine,
  Net,
  Parameter,
  packRow,
  Pooling,
  readAll,
  scope,
  type DeviceTensor,
} from '../engine';
import {
  CH7_WEIGHTS,
  CNN_FILTERS,
  CNN_FILTER_SIZE,
  type CnnScore,
  type CnnScoreOptions,
  type CnnScoreProgress,
  type CnnSource,
  type CnnView,
  type CnnViewOptions,
} from './cnn-meta';
import { loadTestDigits, type TestSet } from './inference-data';
import { raceLaneNet } from './race';
import { yieldToEvents } from './run-loop';

export type * from './cnn-meta';

const SCORE_BATCH = 100;
const READ_EVERY = 2_000;

let bookHost: Promise<Map<string, BookTensor>> | null = null;
let weightsSource: BookWeightsSource = browserWeightsSource;

/** Where the book's weights are read from (Node tests: the disk); forgets what was loaded. */
export function setCnnWeightsSource(s: BookWeightsSource): void {
  weightsSource = s;
  bookHost = null;
}

/** The book's weights on the host, loaded once (a failed download is forgotten). */
function bookWeights(onBytes?: (n: number, total: number) => void) {
  const p = (bookHost ??= loadBookWeights(CH7_WEIGHTS, {
    source: weightsSource,
    onBytes,
  }));
  p.catch(() => {
    if (bookHost === p) bookHost = null;
  });
  return p;
}

/** The book's SimpleConvNet with its trained weights, on the device (the caller disposes it). */
export function bookNet(w: Map<string, BookTensor>): Net {
  const p = (name: string) => {
    const t = w.get(name);
    if (!t) throw new Error(`책의 가중치에 ${name}이 없습니다.`);
    return new Parameter(name, t.data, t.shape);
  };
  return new Net([
    new Convolution('Conv1', p('W1'), p('b1'), 1, 0),
    new Activation('Relu1', 'relu'),
    new Pooling('Pool1', 2, 2, 2),
    new Affine('Affine1', p('W2'), p('b2')),
    new Activation('Relu2', 'relu'),
    new Affine('Affine2', p('W3'), p('b3')),
  ]);
}

/**
 * The filters SimpleConvNet({ seed }) starts from (its first draws: N(0, 0.01²)), computed on
 * the host, so the page can show "before training" without keeping a copy on the device.
 */
export function cnnInitialFilters(seed: number): Float32Array {
  return createRng(seed).normalArray(CNN_FILTERS * CNN_FILTER_SIZE ** 2, 0.01);
}

/** The network of `source` and how to let go of it (the book's is built for this call only). */
async function netOf(source: CnnSource): Promise<{ net: Net; done: () => void }> {
  if (source === 'book') {
    const w = await bookWeights();
    await initEngine();
    const net = bookNet(w);
    return { net, done: () => net.dispose() };
  }
  return { net: raceLaneNet(source.race, source.lane), done: () => undefined };
}

function conv1(net: Net): Convolution {
  const c = net.layers[0];
  if (!(c instanceof Convolution)) throw new Error('이 신경망의 첫 계층은 합성곱이 아닙니다.');
  return c;
}

function digitIndex(digit: number, n: number): number {
  if (!Number.isInteger(digit) || digit < 0 || digit >= n)
    throw new Error(`시험 데이터 번호는 0 이상 ${n - 1} 이하의 정수여야 합니다: ${digit}`);
  return digit;
}

/** Test digits start … start + count − 1 on the device (the caller disposes it). */
function testSlice(test: TestSet, start: number, count: number): DeviceDataset {
  const px = test.rows * test.cols;
  const d = new DeviceDataset(px);
  try {
    d.append(test.images.subarray(start * px, (start + count) * px), test.labels.subarray(start, start + count)); // prettier-ignore
    return d;
  } catch (e) {
    d.dispose();
    throw e;
  }
}

const shape = (test: TestSet, n: number) => [n, 1, test.rows, test.cols];

/** The 30 filters of `source` and the feature maps (Conv1 → ReLU) of test digit `digit`. */
export async function cnnView(o: CnnViewOptions): Promise<CnnView> {
  const test = await loadTestDigits();
  const i = digitIndex(o.digit, test.labels.length);
  const { net, done } = await netOf(o.source);
  const one = testSlice(test, i, 1);
  try {
    const c = conv1(net);
    const row = scope(() => packRow([c.W, c.forward(one.slice(0, 1, shape(test, 1)).x).relu()]));
    const backend = await initEngine();
    let data: Float32Array;
    try {
      [data] = await readAll([row]);
    } finally {
      free(row);
    }
    const px = test.rows * test.cols;
    const nW = c.W.size;
    return {
      filters: data.slice(0, nW), maps: data.slice(nW), label: test.labels[i], backend,
      image: test.images.slice(i * px, (i + 1) * px),
    }; // prettier-ignore
  } finally {
    one.dispose();
    done();
  }
}

/**
 * Correct answers of `source` on the first n official test digits, in batches of 100 (the page
 * breathes between batches), progress after each read (every 2,000 digits).
 */
export async function cnnScore(
  o: CnnScoreOptions,
  onProgress?: (p: CnnScoreProgress) => void,
): Promise<CnnScore> {
  let bytes = { w: [0, 0], t: [0, 0] };
  const loading = () => {
    const loaded = bytes.w[0] + bytes.t[0];
    onProgress?.({ done: 0, total: o.n ?? 10_000, bytesLoaded: loaded, bytesTotal: bytes.w[1] + bytes.t[1] }); // prettier-ignore
  };
  const [test] = await Promise.all([
    loadTestDigits((n, total) => ((bytes = { ...bytes, t: [n, total] }), loading())),
    o.source === 'book'
      ? bookWeights((n, total) => ((bytes = { ...bytes, w: [n, total] }), loading()))
      : null,
  ]);
  const total = o.n ?? test.labels.length;
  if (!Number.isInteger(total) || total < 1 || total > test.labels.length)
    throw new Error(`채점할 수는 1 이상 ${test.labels.length} 이하의 정수여야 합니다: ${total}`);
  const { net, done } = await netOf(o.source);
  const backend = await initEngine();
  const start = performance.now();
  let correct = 0;
  let sum: DeviceTensor | null = null;
  let set: DeviceDataset | null = null;
  try {
    set = testSlice(test, 0, total);
    for (let s = 0; s < total; s += SCORE_BATCH) {
      const count = Math.min(SCORE_BATCH, total - s);
      const part = scope(() => {
        const { x, t } = set!.slice(s, count, shape(test, count));
        return net.correct(x, t);
      });
      sum = addInto(sum ?? deviceScalar(0), part);
      const end = s + count;
      if (end % READ_EVERY === 0 || end === total) {
        const [v] = await readAll([sum]);
        free(sum);
        sum = null;
        correct += v[0];
        onProgress?.({ done: end, total, bytesLoaded: 0, bytesTotal: 0 });
      }
      await yieldToEvents();
    }
  } finally {
    if (sum) free(sum);
    set?.dispose();
    done();
  }
  return { correct, total, ms: performance.now() - start, backend };
}
