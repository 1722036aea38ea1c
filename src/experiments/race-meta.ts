// The contract of a race (several networks trained side by side on the same mini-batches):
// plain options in, plain numbers out, so it crosses the worker boundary unchanged. Engine-free
// (types only), so the page may import it through race-client.ts.
import type { BackendName, OptimizerName } from '../engine';
import type { DataProgress } from './trainer-types';

/**
 * The book's MultiLayerNet(Extend) of one contestant (784 → hiddenSizes → 10), or with
 * kind 'simple-conv' the book's ch7 SimpleConvNet (its defaults; the MLP fields are ignored).
 */
export interface RaceNet {
  /** 'mlp' (default): MultiLayerNet; 'simple-conv': SimpleConvNet on (B, 1, 28, 28) batches */
  kind?: 'mlp' | 'simple-conv';
  /** default [100, 100, 100, 100] (the book's ch6 comparisons) */
  hiddenSizes?: number[];
  activation?: 'relu' | 'sigmoid' | 'tanh';
  /** σ of the weights: a number, 'xavier' or 'he' (default: 'he' for ReLU, 'xavier' otherwise) */
  init?: 'he' | 'xavier' | number;
  /** λ of ½λΣW² */
  weightDecay?: number;
  batchNorm?: boolean;
  /** BatchNorm before the activation (the book) or after it */
  batchNormPosition?: 'before' | 'after';
  /** dropout ratio after each hidden activation */
  dropout?: number;
}

export interface RaceVariant {
  /** what the page calls it (e.g. 'Adam') */
  label: string;
  net: RaceNet;
  optimizer: OptimizerName;
  lr: number;
}

export interface RaceOptions {
  variants: RaceVariant[];
  batchSize: number;
  iterations: number;
  /** the initial weights of every variant and the one batch order they share */
  seed: number;
  /** train on the first n training digits only (default: all 60,000) */
  trainSize?: number;
  /** evaluate train/test accuracy every this many iterations (default: only at the end) */
  evalEvery?: number;
  /** evaluate on the first n digits of each set (default 1,000) */
  evalSize?: number;
}

export type RacePhase = 'loading' | 'ready' | 'running' | 'paused' | 'done';

export interface RaceLane {
  label: string;
  iteration: number;
  /** loss of every iteration so far (index = iteration − 1) */
  loss: Float32Array;
  evalAt: number[];
  trainAcc: number[];
  testAcc: number[];
  /** first iteration whose loss was NaN/∞ or above DIVERGENCE_LOSS (this lane stops there) */
  divergedAt: number | null;
  examplesPerSecond: number;
}

export interface RaceProgress {
  phase: RacePhase;
  /** the race's id (absent while loading), for experiments that read a lane (e.g. cnn.ts) */
  raceId?: number;
  /** where the slowest lane still training stands */
  iteration: number;
  iterations: number;
  lanes: RaceLane[];
  /** training images per second over all lanes together (evaluation excluded) */
  examplesPerSecond: number;
  /** time spent running (pauses excluded), ms */
  elapsedMs: number;
  backend: BackendName;
  data: DataProgress;
}

/** The book's evaluation default here: accuracy on the first 1,000 digits of each set. */
export const RACE_EVAL_SIZE = 1_000;
