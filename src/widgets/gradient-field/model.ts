// Pure helpers of gradient-field: the plot's geometry (data ↔ viewBox), the arrows of −∇f,
// the largest difference between two gradient lists, and moving the read-out point.
import { FIELD_AXIS, FIELD_STEP } from '../../experiments/client';

/** The plot: data range [−LIM, LIM]² (a little past the grid so the edge dots show). */
export const LIM = 2.3;
export const SIZE = 320;
export const TICKS = [-2, -1, 0, 1, 2];

/** Data → viewBox units inside the plot area (y up). */
export const px = (v: number): number => ((v + LIM) / (2 * LIM)) * SIZE;
export const py = (v: number): number => SIZE - px(v);
/** viewBox units inside the plot area → data. */
export const fromPx = (x: number, y: number): [number, number] => [
  (x / SIZE) * 2 * LIM - LIM,
  ((SIZE - y) / SIZE) * 2 * LIM - LIM,
];

/** |∇f| at the grid's corners, 2·√(2² + 2²): the longest arrow, the same for every method. */
export const MAX_MAGNITUDE = 2 * Math.hypot(2, 2);
/** The longest arrow spans 1.6 grid cells (the book's quiver also lets the long ones overlap). */
const ARROW_SCALE = (1.6 * (px(FIELD_STEP) - px(0))) / MAX_MAGNITUDE;

/** The SVG path of the arrow −∇f drawn from the point (x0, x1): a shaft and a head. */
export function arrowPath(x0: number, x1: number, g0: number, g1: number): string {
  const sx = px(x0);
  const sy = py(x1);
  const dx = -g0 * ARROW_SCALE;
  const dy = g1 * ARROW_SCALE; // −(−g1): the y axis points down in the SVG
  const len = Math.hypot(dx, dy);
  if (!Number.isFinite(len) || len < 0.5) return `M${f1(sx)},${f1(sy)}h0.01`;
  const ex = sx + dx;
  const ey = sy + dy;
  const head = Math.min(5, len * 0.45);
  const ux = dx / len;
  const uy = dy / len;
  const bx = ex - ux * head;
  const by = ey - uy * head;
  const w = head * 0.5;
  return (
    `M${f1(sx)},${f1(sy)}L${f1(bx)},${f1(by)}` +
    `M${f1(ex)},${f1(ey)}L${f1(bx - uy * w)},${f1(by + ux * w)}L${f1(bx + uy * w)},${f1(by - ux * w)}Z`
  );
}
const f1 = (v: number) => v.toFixed(1);

/** The largest |a[i] − b[i]| over the first `n` entries. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>, n = a.length): number {
  let m = 0;
  for (let i = 0; i < n; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** A point on the grid: snapped to the 0.25 steps and kept inside [−2, 2]. */
export function snap(v: number): number {
  const lo = FIELD_AXIS[0];
  const hi = FIELD_AXIS[FIELD_AXIS.length - 1];
  const s = Math.round(v / FIELD_STEP) * FIELD_STEP;
  return Math.min(hi, Math.max(lo, s === 0 ? 0 : s));
}

/** Arrow keys move the point one grid step (x₀ left/right, x₁ up/down); null for other keys. */
export function keyMove(key: string, p: [number, number]): [number, number] | null {
  const d: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, 1],
    ArrowDown: [0, -1],
  };
  const m = d[key];
  if (!m) return null;
  return [snap(p[0] + m[0] * FIELD_STEP), snap(p[1] + m[1] * FIELD_STEP)];
}
