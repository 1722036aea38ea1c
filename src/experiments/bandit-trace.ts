// What a bandit run (experiments/bandit.ts) keeps, per update rule: the shown run in full and the
// repeated runs summarised. The run's values are (rows × 3) arrays, row m·runs + k being run k of
// rule m, one value per arm (π) or per logit (∂J/∂w).
import type { BanditMethod } from './bandit-meta';

/** One update rule's results: the shown run (seed `seed`) in full, the repeated runs summarised. */
export interface BanditTrace {
  method: BanditMethod;
  /** π after each episode of the shown run, (episodes + 1) × 3, the start first */
  probs: Float32Array;
  /** the arm sampled in each episode of the shown run */
  actions: Uint8Array;
  /** the reward of each episode of the shown run */
  rewards: Float32Array;
  /** the baseline b subtracted in each episode (0 where the rule has none) */
  baselines: Float32Array;
  /** the engine's ∂J/∂w of each episode of the shown run, episodes × 3 (the step taken is α·this) */
  grads: Float32Array;
  /** mean over the repeated runs of the best arm's probability, episodes + 1 */
  bestMean: Float32Array;
  /** standard deviation over the repeated runs of the best arm's probability, episodes + 1 */
  bestStd: Float32Array;
  /** variance of the one-episode gradient estimate across the runs, summed over w's 3
   *  components, averaged over the episodes */
  gradVariance: number;
  /** mean reward per episode over all runs and episodes */
  meanReward: number;
}

export interface BanditResult {
  episodes: number;
  runs: number;
  best: number;
  traces: Record<BanditMethod, BanditTrace>;
}

/** A rule's record for `episodes` episodes, empty. */
export function newTrace(method: BanditMethod, episodes: number): BanditTrace {
  return {
    method,
    probs: new Float32Array((episodes + 1) * 3),
    actions: new Uint8Array(episodes),
    rewards: new Float32Array(episodes),
    baselines: new Float32Array(episodes),
    grads: new Float32Array(episodes * 3),
    bestMean: new Float32Array(episodes + 1),
    bestStd: new Float32Array(episodes + 1),
    gradVariance: 0,
    meanReward: 0,
  };
}

/** Mean and variance over rule m's runs of column j of the (rows × 3) values `a`. */
function overRuns(a: Float32Array, m: number, runs: number, j: number): [number, number] {
  let s = 0, s2 = 0; // prettier-ignore
  for (let k = 0; k < runs; k++) {
    const v = a[(m * runs + k) * 3 + j];
    s += v;
    s2 += v * v;
  }
  const mean = s / runs;
  return [mean, s2 / runs - mean ** 2];
}

/** π after episode t (0: the start): each rule's shown run, and its best arm over the runs. */
export function recordPolicies(
  traces: BanditTrace[],
  p: Float32Array,
  t: number,
  runs: number,
  best: number,
): void {
  traces.forEach((tr, m) => {
    tr.probs.set(p.subarray(m * runs * 3, m * runs * 3 + 3), t * 3);
    const [mean, variance] = overRuns(p, m, runs, best);
    tr.bestMean[t] = mean;
    tr.bestStd[t] = Math.sqrt(Math.max(0, variance));
  });
}

/** Episode t's ∂J/∂w: each rule's shown run, and the variance over its runs (summed over w). */
export function recordGradients(
  traces: BanditTrace[],
  g: Float32Array,
  t: number,
  runs: number,
): void {
  traces.forEach((tr, m) => {
    tr.grads.set(g.subarray(m * runs * 3, m * runs * 3 + 3), t * 3);
    for (let j = 0; j < 3; j++) tr.gradVariance += overRuns(g, m, runs, j)[1];
  });
}
