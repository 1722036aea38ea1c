// The official MNIST on the device, shared by every training session of this page: uploaded
// once as it streams in, released a while after the last session goes (so a Reset right after
// does not upload 70,000 digits again).
import { loadMnistStream, type MnistData, type MnistProgress } from '../data/mnist';
import { DeviceDataset, initEngine } from '../engine';

/** iterations per newly usable training chunk while the data streams in */
export const STREAM_EVERY = 100;
const CHUNK_DIGITS = 10_000;
const RELEASE_MS = 30_000;

/** The official MNIST on the device, shared by every session of this page (uploaded once). */
export interface SharedData {
  train: DeviceDataset;
  test: DeviceDataset;
  host: MnistData;
  total: number;
  waiters: Array<() => void>;
  users: number;
  release?: ReturnType<typeof setTimeout>;
}
let shared: Promise<SharedData> | null = null;
export const progressListeners = new Set<(p: MnistProgress) => void>();
/** where the download stands (bytes and digits), for every session's progress */
export let dataProgress: MnistProgress = {
  bytesLoaded: 0,
  bytesTotal: 0,
  digitsLoaded: 0,
  digitsTotal: 0,
};

export function loadShared(): Promise<SharedData> {
  return (shared ??= (async () => {
    await initEngine();
    const stream = loadMnistStream({
      onProgress: (p) => {
        dataProgress = p;
        progressListeners.forEach((cb) => cb(p));
      },
      onData: (d) => void shared?.then((s) => append(s, d)),
    });
    const first = await stream.first;
    const px = first.rows * first.cols;
    const s: SharedData = {
      train: new DeviceDataset(px), test: new DeviceDataset(px), host: first,
      total: 60_000, waiters: [], users: 0,
    }; // prettier-ignore
    s.test.append(first.testImages.subarray(0, first.nTest * px), first.testLabels);
    append(s, first);
    return s;
  })().catch((e) => {
    shared = null;
    throw e;
  }));
}

function append(s: SharedData, d: MnistData): void {
  const px = d.rows * d.cols;
  const from = s.train.size;
  if (d.nTrain <= from) return;
  s.host = d;
  s.train.append(
    d.trainImages.subarray(from * px, d.nTrain * px),
    d.trainLabels.subarray(from, d.nTrain),
  );
  s.waiters.splice(0).forEach((w) => w());
}

/** how many training digits iteration i may draw from (deterministic, see the top) */
export const usable = (i: number, total: number) =>
  Math.min(total, CHUNK_DIGITS * (1 + Math.floor(i / STREAM_EVERY)));

export async function waitForTrain(s: SharedData, n: number): Promise<void> {
  while (s.train.size < n) await new Promise<void>((r) => s.waiters.push(r));
}

/** One session fewer; the data is freed RELEASE_MS after the last one unless another comes. */
export function releaseShared(): void {
  void shared?.then((s) => {
    if (--s.users > 0) return;
    s.release = setTimeout(() => {
      if (s.users > 0) return;
      s.train.dispose();
      s.test.dispose();
      shared = null;
    }, RELEASE_MS);
  });
}
