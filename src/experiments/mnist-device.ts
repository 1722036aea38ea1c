// Training data on the device. The official MNIST is shared by every training session of this
// page: uploaded once as it streams in, released a while after the last session goes (so a
// Reset right after does not upload 70,000 digits again). A reader's own idx files belong to
// their session.
import { loadIdxDataset, loadMnistStream, type MnistData, type MnistProgress } from '../data/mnist';
import { DeviceDataset, engineSettled, initEngine } from '../engine';
import type { TrainSession } from './session';
import {
  downloadDone,
  type IdxFiles,
  type TrainerOptions,
  type TrainerProgress,
} from './trainer-types';

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

/**
 * Calls `step` at each step of a download still going on (never, if it is over) until its last
 * digit is in or `stop()` says so: a session past its first chunk that is not running (so sends no
 * progress of its own) still tells its page how far the rest has come.
 */
export function followDownload(step: () => void, stop: () => boolean): void {
  if (downloadDone(dataProgress)) return;
  const listen = (p: MnistProgress) => {
    if (stop()) return void progressListeners.delete(listen);
    if (downloadDone(p)) progressListeners.delete(listen);
    step();
  };
  progressListeners.add(listen);
}

export function loadShared(): Promise<SharedData> {
  return (shared ??= (async () => {
    await initEngine();
    const stream = loadMnistStream({
      onProgress: (p) => {
        dataProgress = p;
        progressListeners.forEach((cb) => cb(p));
      },
      // A chunk may arrive while the backend is switching (a lost WebGL context): upload it once
      // the engine has settled, on whichever backend it settled on.
      onData: (d) =>
        void shared
          ?.then(async (s) => {
            await engineSettled();
            append(s, d);
          })
          .catch((e: unknown) => console.warn('MNIST 조각을 올리지 못했어요:', e)),
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

/**
 * One chunk of `session` (≤ maxSteps) on the shared set: waits for the training digits its next
 * iteration may draw from and, while the set still streams in, stops at the next boundary where
 * more become usable. `limit`: how many training digits the session draws from at most.
 */
export async function chunkStreamed(
  session: TrainSession,
  s: SharedData,
  maxSteps: number,
  limit = s.total,
): Promise<void> {
  const it = session.state.iteration;
  await waitForTrain(s, Math.min(limit, usable(it, s.total)));
  const full = s.train.size >= Math.min(limit, s.total);
  const toBoundary = full ? Infinity : STREAM_EVERY - (it % STREAM_EVERY);
  await session.chunk(Math.min(maxSteps, toBoundary));
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

/** The data a session trains on: the shared official MNIST, or a reader's files (its own). */
export interface TrainData {
  train: DeviceDataset;
  test: DeviceDataset;
  testImages: Uint8Array;
  testLabels: Uint8Array;
  /** null for the reader's files (all on the device at once) */
  shared: SharedData | null;
}

/** The shared official MNIST (loading it the first time, with progress as phase 'loading'). */
export async function sharedData(
  o: TrainerOptions,
  onProgress: (p: TrainerProgress) => void,
  backend: TrainerProgress['backend'],
): Promise<TrainData> {
  const loading = (data: MnistProgress) =>
    onProgress({
      phase: 'loading', iteration: 0, iterations: o.iterations, loss: new Float32Array(0),
      evalAt: [], trainAcc: [], testAcc: [], examplesPerSecond: 0, elapsedMs: 0, backend,
      divergedAt: null, trainDigits: 0, testDigits: 0, source: 'mnist', data,
    }); // prettier-ignore
  progressListeners.add(loading);
  let s: SharedData;
  try {
    s = await loadShared();
  } finally {
    progressListeners.delete(loading);
  }
  clearTimeout(s.release);
  s.users++;
  const host = s.host;
  return { train: s.train, test: s.test, testImages: host.testImages, testLabels: host.testLabels, shared: s }; // prettier-ignore
}

/** A reader's four idx files, checked (a clear Korean message for what is wrong) and uploaded. */
export async function ownData(files: IdxFiles): Promise<TrainData> {
  const d = await loadIdxDataset(files);
  if (d.rows !== 28 || d.cols !== 28)
    throw new Error(
      `이미지가 ${d.rows}×${d.cols}인데, 이 신경망은 MNIST처럼 28×28 이미지만 받아요.`,
    );
  const train = new DeviceDataset(784);
  const test = new DeviceDataset(784);
  train.append(d.trainImages, d.trainLabels);
  test.append(d.testImages, d.testLabels);
  return { train, test, testImages: d.testImages, testLabels: d.testLabels, shared: null };
}
