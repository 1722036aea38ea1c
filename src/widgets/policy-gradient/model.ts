// Pure helpers of policy-gradient: chart rows (thinned to ≤ ~250 points), moving averages.
import type { BanditTrace } from '../../experiments/client';

export const ARM_NAMES = ['팔 0', '팔 1', '팔 2'] as const;
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
