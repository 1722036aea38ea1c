// Pure helpers of policy-gradient: chart rows (thinned to ≤ ~250 points), moving averages.
import { BANDIT_ARMS, type BanditTrace } from '../../experiments/client';
import { fmt } from '../kit';

export const ARM_NAMES = ['팔 0', '팔 1', '팔 2'] as const;

/** The best arm (the highest mean reward): the experiment's, known before any run. */
export const BEST_ARM = BANDIT_ARMS.means.indexOf(Math.max(...BANDIT_ARMS.means));

/** A number to 3 decimals, − for minus: as wide for any value of its sign (tabular figures). */
export const dec3 = (x: number): string =>
  Number.isFinite(x) ? x.toFixed(3).replace('-', '−') : fmt(x);
/** dec3 with its sign always written: a change or a gradient component. */
export const signed3 = (x: number): string => (x >= 0 ? `+${dec3(x)}` : dec3(x));

/** The room of each kind of number while it is not in (Slot shapes, in tabular figures). */
export const SHAPE = {
  prob: '0.000',
  signed: '+0.000',
  arm: ARM_NAMES[0],
  count: '000',
} as const;
/** Moving-average window of the reward curve. */
export const REWARD_WINDOW = 20;

/** Every k-th episode so a chart draws at most ~250 points (the last episode always). */
export function thinned(episodes: number): number[] {
  const k = Math.max(1, Math.ceil(episodes / 250));
  const out: number[] = [];
  for (let t = 0; t <= episodes; t += k) out.push(t);
  if (out[out.length - 1] !== episodes) out.push(episodes);
  return out;
}

/** Mean of the last `window` rewards up to each episode (fewer at the start). */
export function movingAverage(r: ArrayLike<number>, window = REWARD_WINDOW): Float32Array {
  const out = new Float32Array(r.length);
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    s += r[i];
    if (i >= window) s -= r[i - window];
    out[i] = s / Math.min(i + 1, window);
  }
  return out;
}

/** π of the shown run after episode t (t = 0: the start). */
export const probsAt = (tr: BanditTrace, t: number): number[] => [
  tr.probs[t * 3],
  tr.probs[t * 3 + 1],
  tr.probs[t * 3 + 2],
];

/** How often each arm was pulled in episodes 1 … t. */
export function pulls(tr: BanditTrace, t: number): number[] {
  const n = [0, 0, 0];
  for (let i = 0; i < t; i++) n[tr.actions[i]]++;
  return n;
}
