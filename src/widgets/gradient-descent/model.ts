// Pure helpers of gradient-descent: when a path counts as diverged (and the Korean message),
// the plot's zoom, its ticks and contour circles, and clipping segments to the plot.
import { fmt } from '../kit/format';

export type Point = [number, number];

/** The plot never zooms out past ±VIEW_MAX: points farther away are cut off at its edge. */
export const VIEW_MAX = 1000;
/** …nor in closer than ±VIEW_MIN (the book's Fig 4-10 shows about −3.5 … 3.5 × −4.5 … 4.5). */
export const VIEW_MIN = 5;

/**
 * The rooms of the engine's numbers while they are not in (the kit's Slot), as the book's path
 * prints them at its end: `fmt` with 3 significant digits in the result (x: −0.0346; f, never
 * negative: 0.00332) and with 4 in the highlighted step (−0.03459, 0.003323). Other paths print
 * wider or narrower: the lines those numbers sit on break at fixed places, so only the lines'
 * own lengths change (DescentResult, StepDetail).
 */
export const SHAPE = { x3: '−0.0000', f3: '0.00000', x4: '−0.00000', f4: '0.000000' } as const;

export interface Path {
  points: Point[];
  values: number[];
  grads: Point[];
}

export function toPath(r: {
  points: Float32Array;
  values: Float32Array;
  grads: Float32Array;
}): Path {
  const n = r.values.length;
  return {
    points: Array.from({ length: n }, (_, i): Point => [r.points[2 * i], r.points[2 * i + 1]]),
    values: Array.from(r.values),
    grads: Array.from({ length: n }, (_, i): Point => [r.grads[2 * i], r.grads[2 * i + 1]]),
  };
}

const finite = (p: Point) => Number.isFinite(p[0]) && Number.isFinite(p[1]);
const norm = (p: Point) => Math.hypot(p[0], p[1]);

export interface Verdict {
  /** the last point is farther from the minimum (0, 0) than the start, or something is ∞/NaN */
  diverged: boolean;
  /** first step whose x or f is not a finite float32 number (null: all finite) */
  nonFiniteAt: number | null;
  /** first step whose x itself is not finite (null: x stayed finite) */
  xNonFiniteAt: number | null;
  /** |x| at the start and at the end */
  startNorm: number;
  endNorm: number;
  /** the path never left the start (every update rounded away) */
  stuck: boolean;
}

export function verdict(path: Path): Verdict {
  const { points, values } = path;
  let nonFiniteAt: number | null = null;
  let xNonFiniteAt: number | null = null;
  for (let i = 0; i < points.length; i++) {
    if (nonFiniteAt === null && (!finite(points[i]) || !Number.isFinite(values[i])))
      nonFiniteAt = i;
    if (xNonFiniteAt === null && !finite(points[i])) xNonFiniteAt = i;
  }
  const startNorm = norm(points[0]);
  const endNorm = norm(points[points.length - 1]);
  const stuck =
    points.length > 1 && points.every((p) => p[0] === points[0][0] && p[1] === points[0][1]);
  return {
    diverged: nonFiniteAt !== null || !(endNorm <= startNorm),
    nonFiniteAt,
    xNonFiniteAt,
    startNorm,
    endNorm,
    stuck,
  };
}

/** The Korean explanation of a diverged path ('' when it did not diverge). */
export function divergedMessage(v: Verdict, lr: number, steps: number): string {
  if (!v.diverged) return '';
  const factor = 1 - 2 * lr;
  const parts = [
    `학습률(lr = ${fmt(lr)})이 너무 커서 발산했어요.`,
    `∇f = 2x이므로 한 걸음마다 x에 1 − 2·lr(= ${fmt(factor)})이 곱해지는데, 그 크기가 1보다 커서 최솟값 (0, 0)에서 점점 멀어져요.`,
  ];
  if (v.nonFiniteAt !== null)
    parts.push(
      v.xNonFiniteAt === v.nonFiniteAt
        ? `${v.nonFiniteAt}단계에서 x가 float32의 범위(약 3.4 × 10³⁸)를 넘어 ∞ 또는 NaN이 됐어요.`
        : `${v.nonFiniteAt}단계부터는 f(x) = x₀² + x₁²이 float32의 범위(약 3.4 × 10³⁸)를 넘어 ∞예요.`,
    );
  if (Number.isFinite(v.endNorm))
    parts.push(`${steps}단계 뒤 |x| = ${fmt(v.endNorm)} (출발점은 ${fmt(v.startNorm)}).`);
  parts.push('‘책 기본값’ 버튼을 누르면 lr = 0.1로 돌아가요.');
  return parts.join(' ');
}

/** Half-width of the square view: the whole finite path with a margin, within VIEW_MIN … VIEW_MAX. */
export function viewRadius(points: readonly Point[]): number {
  let m = 0;
  for (const p of points) if (finite(p)) m = Math.max(m, Math.abs(p[0]), Math.abs(p[1]));
  return Math.min(VIEW_MAX, Math.max(VIEW_MIN, m * 1.1));
}

/** A round tick step giving two or three ticks on each side of 0 over [−r, r]. */
export function tickStep(r: number): number {
  const raw = r / 2.5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : 5) * p;
}

export function ticks(r: number): number[] {
  const s = tickStep(r);
  const out: number[] = [];
  for (let t = -Math.floor(r / s) * s; t <= r + 1e-9; t += s) out.push(Number(t.toPrecision(6)));
  return out;
}

/**
 * Segments with an end beyond ±1e8 are not drawn: float32 knows such a point only to about
 * ±6 (its 7 digits), so where the segment would cross a ±1000 view is not known either.
 */
export const DRAW_LIMIT = 1e8;

/**
 * The part of segment a→b inside the square [−r, r]² (Liang–Barsky), or null when none of it
 * is; non-finite ends, or ends beyond DRAW_LIMIT, give null.
 */
export function clipSegment(a: Point, b: Point, r: number): [Point, Point] | null {
  if (!finite(a) || !finite(b)) return null;
  if (Math.max(Math.abs(a[0]), Math.abs(a[1]), Math.abs(b[0]), Math.abs(b[1])) > DRAW_LIMIT)
    return null;
  let t0 = 0;
  let t1 = 1;
  const d: Point = [b[0] - a[0], b[1] - a[1]];
  for (let k = 0; k < 2; k++) {
    for (const [p, q] of [
      [-d[k], a[k] + r],
      [d[k], r - a[k]],
    ]) {
      if (p === 0) {
        if (q < 0) return null;
        continue;
      }
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return null;
    }
  }
  return [
    [a[0] + t0 * d[0], a[1] + t0 * d[1]],
    [a[0] + t1 * d[0], a[1] + t1 * d[1]],
  ];
}

export const inView = (p: Point, r: number): boolean =>
  finite(p) && Math.abs(p[0]) <= r && Math.abs(p[1]) <= r;
