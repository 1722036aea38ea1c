// The interactive training session's contract (train-mnist and every later training widget):
// plain options in, plain numbers out, so it crosses a worker boundary unchanged. Types only.
import type { BackendName, OptimizerName } from '../engine';

export type TrainerActivation = 'relu' | 'sigmoid';

export interface TrainerOptions {
  /** hidden units of the book's TwoLayerNet (784 → hidden → 10); book: 50 */
  hiddenSize: number;
  activation: TrainerActivation;
  /** σ of the initial weights; book: 0.01 */
  weightInitStd: number;
  optimizer: OptimizerName;
  /** learning rate η; book: 0.1 (SGD) */
  lr: number;
  /** mini-batch size; book: 100 */
  batchSize: number;
  /** total iterations; book: 10,000 */
  iterations: number;
  /** seed of the initial weights and the batch order (the same seed gives the same run) */
  seed: number;
  /** evaluate train/test accuracy every this many iterations; default one epoch (60,000 / batch) */
  evalEvery?: number;
  /** evaluate on at most this many images of each set (default: all) */
  evalSize?: number;
}

/** A reader's own MNIST-format data: the four idx files (optionally .gz), as bytes. */
export interface IdxFiles {
  trainImages: Uint8Array;
  trainLabels: Uint8Array;
  testImages: Uint8Array;
  testLabels: Uint8Array;
}

export type TrainerPhase = 'loading' | 'ready' | 'running' | 'paused' | 'done' | 'diverged';

export interface DataProgress {
  bytesLoaded: number;
  bytesTotal: number;
  digitsLoaded: number;
  digitsTotal: number;
}

/** Whether a download has every digit in (not before its total is known). */
export const downloadDone = (p: DataProgress | null): boolean =>
  !!p && p.digitsTotal > 0 && p.digitsLoaded >= p.digitsTotal;

export interface TrainerProgress {
  phase: TrainerPhase;
  iteration: number;
  iterations: number;
  /** loss of every iteration so far (index = iteration − 1) */
  loss: Float32Array;
  /** iterations at which accuracy was evaluated, and the accuracies there (0..1) */
  evalAt: number[];
  trainAcc: number[];
  testAcc: number[];
  /** training throughput over the training time so far (evaluation excluded) */
  examplesPerSecond: number;
  /** time spent running (pauses excluded), ms */
  elapsedMs: number;
  backend: BackendName;
  /** first iteration whose loss was NaN/∞ (training stops there), or null */
  divergedAt: number | null;
  /** training digits on the device so far (training starts on the first chunk) */
  trainDigits: number;
  /** test digits the test accuracy is measured on */
  testDigits: number;
  /** where the data comes from: the official MNIST, or the reader's own idx files */
  source: 'mnist' | 'files';
  data: DataProgress;
}

export interface Mistake {
  /** index in the official test set */
  index: number;
  label: number;
  predicted: number;
  /** the predicted class's probability */
  confidence: number;
  /** 28×28 grey levels 0..255, row-major */
  pixels: Uint8Array;
}
