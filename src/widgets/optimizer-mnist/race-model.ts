// Pure logic shared by the race widgets (optimizer-mnist, weight-init-mnist): the book's
// smooth_curve, chart rows for several lanes, the axis, times and the per-lane summary. No
// React, no engine: unit-tested in Node.
import type { RaceLane, RaceProgress } from '../../experiments/client';

/** The zeroth-order modified Bessel function I₀ (power series; enough terms for |x| ≤ 10). */
export function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 40; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return sum;
}

/** numpy's kaiser(M, β): I₀(β√(1 − (2n/(M−1) − 1)²)) / I₀(β). */
export function kaiser(m: number, beta: number): number[] {
  return Array.from(
    { length: m },
    (_, n) => besselI0(beta * Math.sqrt(Math.max(0, 1 - (2 * n / (m - 1) - 1) ** 2))) / besselI0(beta), // prettier-ignore
  );
}

const WINDOW = kaiser(11, 2);
const WINDOW_SUM = WINDOW.reduce((a, b) => a + b, 0);

/**
 * The book's `smooth_curve` (common/util.py): a Kaiser window (length 11, β = 2) over the curve
 * mirrored at both ends, the same length out. Shorter curves than the window come back as they
 * are; NaN/∞ stay in the windows they touch.
 */
export function smoothCurve(x: ArrayLike<number>): Float32Array {
  const n = x.length;
  const out = Float32Array.from(x);
  if (n < WINDOW.length) return out;
  const half = (WINDOW.length - 1) / 2;
  const at = (m: number) => x[m < 0 ? -m : m >= n ? 2 * n - 1 - m : m]; // np.r_ mirroring
  for (let k = 0; k < n; k++) {
    let s = 0;
    for (let j = 0; j < WINDOW.length; j++) s += WINDOW[j] * at(k + j - half);
    out[k] = s / WINDOW_SUM;
  }
  return out;
}

/** At most `max` indices of 0..n−1, evenly spaced, the first and the last included. */
export function downsampleIndices(n: number, max: number): number[] {
  if (n <= 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const stride = Math.ceil((n - 1) / Math.max(1, max - 1));
  const out: number[] = [];
  for (let i = 0; i < n; i += stride) out.push(i);
  if (out[out.length - 1] !== n - 1) out.push(n - 1);
  return out;
}

export type Curve = 'smooth' | 'raw';
/** One chart row: the iteration and lane k's loss under `l${k}` (null: none, or not finite). */
export type RaceRow = { iteration: number } & Record<string, number | null>;

/** Every lane's loss as chart rows (≤ `max` points), smoothed with the book's filter or raw. */
export function raceRows(lanes: readonly RaceLane[], curve: Curve, max = 400): RaceRow[] {
  const series = lanes.map((l) => (curve === 'smooth' ? smoothCurve(l.loss) : l.loss));
  const n = Math.max(0, ...series.map((s) => s.length));
  return downsampleIndices(n, max).map((i) => {
    const row: RaceRow = { iteration: i + 1 };
    series.forEach((s, k) => {
      const v = i < s.length ? s[i] : NaN;
      row[`l${k}`] = Number.isFinite(v) && v <= 100 ? v : null;
    });
    return row;
  });
}

/** The loss axis: 0 to a round number above the drawn values (at most 3, at least 0.5). */
export function lossTop(rows: readonly RaceRow[], lanes: number): number {
  let m = 0;
  for (const r of rows)
    for (let k = 0; k < lanes; k++) {
      const v = r[`l${k}`];
      if (v !== null && v !== undefined && v > m) m = v;
    }
  return Math.min(3, Math.max(0.5, Math.ceil(m * 2) / 2));
}

/** The mean of the last `n` finite losses (the number read off the curve's end), or null. */
export function finalLoss(loss: ArrayLike<number>, n = 20): number | null {
  const end = loss.length;
  let s = 0;
  let c = 0;
  for (let i = Math.max(0, end - n); i < end; i++)
    if (Number.isFinite(loss[i])) {
      s += loss[i];
      c++;
    }
  return c > 0 ? s / c : null;
}

/** "mm:ss" (minutes may pass 59); "--:--" when unknown. */
export function formatClock(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return '--:--';
  const total = Math.round(ms / 1000);
  const mm = Math.floor(total / 60);
  return `${String(mm).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Time left at the pace so far (null before the first iteration). */
export function remainingMs(p: RaceProgress): number | null {
  if (p.iteration <= 0 || p.elapsedMs <= 0) return null;
  return (p.elapsedMs / p.iteration) * Math.max(0, p.iterations - p.iteration);
}

export const int = (n: number) => Math.round(n).toLocaleString('en-US');

/** Korean note on the lanes that blew up ('' when none did). */
export function divergedNote(lanes: readonly RaceLane[]): string {
  const bad = lanes.filter((l) => l.divergedAt !== null);
  if (bad.length === 0) return '';
  const list = bad.map((l) => `${l.label}(반복 ${int((l.divergedAt ?? 0) + 1)})`).join(', ');
  return `발산해서 멈췄어요: ${list}. 손실이 NaN·∞이거나 100을 넘었어요. 나머지는 계속 학습해요.`;
}
