// Engine-free facts of the hyperparameter search (book ch06/hyperparameter_optimization.py) and
// its sampler: the page draws every trial's lr and λ from the seed, so the trials do not depend
// on which worker runs them. Widgets read these through client.ts.
import { createRng } from '../data/rng';

/** The book's settings (Fig 6-24). */
export const SEARCH_BOOK = {
  /** the first 500 training digits, shuffled, 20% kept for validation */
  digits: 500,
  validation: 100,
  hiddenSizes: [100, 100, 100, 100, 100, 100],
  batchSize: 100,
  epochs: 50,
  trials: 100,
  /** lr = 10^U(−6, −2) */
  lrLog: [-6, -2] as const,
  /** weight decay λ = 10^U(−8, −4) */
  decayLog: [-8, -4] as const,
  /** "best 20" listed */
  best: 20,
} as const;

/** One sampled trial: its index, its lr and λ, and the seed of its network and batches. */
export interface SearchTrialSpec {
  index: number;
  lr: number;
  weightDecay: number;
  seed: number;
}

/**
 * `n` trials drawn from `seed`: per trial λ = 10^U(−8, −4) then lr = 10^U(−6, −2) (the book's
 * order). The first k of n trials are the same for every n ≥ k.
 */
export function sampleTrials(seed: number, n: number): SearchTrialSpec[] {
  const rng = createRng(seed * 7919 + 1);
  const [dLo, dHi] = SEARCH_BOOK.decayLog;
  const [lLo, lHi] = SEARCH_BOOK.lrLog;
  return Array.from({ length: n }, (_, index) => {
    const weightDecay = 10 ** (dLo + (dHi - dLo) * rng.uniform());
    const lr = 10 ** (lLo + (lHi - lLo) * rng.uniform());
    return { index, lr, weightDecay, seed: seed * 100_003 + index };
  });
}

/** Trials ranked by final validation accuracy (ties: the earlier trial first). */
export function rankTrials<T extends { index: number; valAcc: number[] }>(trials: T[]): T[] {
  const last = (t: T) => t.valAcc.at(-1) ?? -1;
  return [...trials].sort((a, b) => last(b) - last(a) || a.index - b.index);
}
