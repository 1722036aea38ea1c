// Pure helpers of the hyperparameter-search widget: log axes, the colour scale, number text.
import type { SearchTrialDone } from '../../experiments/client';

/** Final validation / training accuracy of a trial (NaN when it has none). */
export const lastVal = (t: SearchTrialDone) => t.valAcc.at(-1) ?? NaN;
export const lastTrain = (t: SearchTrialDone) => t.trainAcc.at(-1) ?? NaN;

/** Position of v on a log10 axis from 10^lo to 10^hi, as a fraction 0..1. */
export const logFraction = (v: number, lo: number, hi: number) => (Math.log10(v) - lo) / (hi - lo);

// viridis at five stops (a sequential scale readable on light and dark backgrounds)
const STOPS = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

/** The colour of accuracy a (0 → dark violet, 1 → yellow). */
export function accColor(a: number): string {
  if (!Number.isFinite(a)) return 'var(--muted)';
  const x = Math.min(1, Math.max(0, a)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const f = x - i;
  const c = STOPS[i].map((v, k) => Math.round(v + (STOPS[i + 1][k] - v) * f));
  return `rgb(${c.join(', ')})`;
}

/** 0.0092 → "0.0092", 3.86e-7 → "3.86e−7" (the book prints lr and λ like this). */
export function sci(v: number): string {
  if (v >= 1e-3) return String(Number(v.toPrecision(2)));
  const [m, e] = v.toExponential(2).split('e');
  return `${m}e${e.replace('-', '−')}`;
}

/** Trials per second over the run so far. */
export function trialsPerSecond(done: number, ms: number): number {
  return ms > 0 ? (done * 1000) / ms : 0;
}
