// Pure helpers for the activation-functions widget: which curves, their names, colours and
// y-ranges, and the grid the engine evaluates. No engine here: numbers come from src/experiments.
import type { ActivationName } from '../../experiments';
import { seriesColor } from '../kit/colors';
import { fmt } from '../kit/format';
import { CHART_TICK } from '../kit';

export interface CurveInfo {
  name: ActivationName;
  /** Schema parameter that toggles it. */
  param: 'step' | 'sigmoid' | 'tanh' | 'relu' | 'identity' | 'leaky-relu';
  label: string;
  /** The function, in TeX. */
  tex: string;
  /** CSS colour (a theme variable). */
  color: string;
  /** Fixed y-range that shows the whole curve over x ∈ [−5, 5] (the book's ylim where it has one). */
  range: [number, number];
}

export const CURVES: readonly CurveInfo[] = [
  {
    name: 'step',
    param: 'step',
    label: '계단 함수',
    // braced cases: a narrow column breaks between them (\allowbreak), never inside one
    tex: 'h(x) = {1\\ (x > 0)},\\allowbreak\\ {0\\ (x \\le 0)}',
    color: seriesColor(0),
    range: [-0.1, 1.1],
  },
  {
    name: 'sigmoid',
    param: 'sigmoid',
    label: '시그모이드',
    tex: 'h(x) = 1 / (1 + e^{-x})',
    color: seriesColor(1),
    range: [-0.1, 1.1],
  },
  {
    name: 'tanh',
    param: 'tanh',
    label: 'tanh',
    tex: 'h(x) = \\tanh x',
    color: seriesColor(2),
    range: [-1.1, 1.1],
  },
  {
    name: 'relu',
    param: 'relu',
    label: 'ReLU',
    tex: 'h(x) = \\max(0, x)',
    color: seriesColor(3),
    range: [-1, 5.5],
  },
  {
    name: 'identity',
    param: 'identity',
    label: '항등 함수',
    tex: 'h(x) = x',
    color: seriesColor(4),
    range: [-5.5, 5.5],
  },
  {
    name: 'leakyRelu',
    param: 'leaky-relu',
    label: 'Leaky ReLU',
    tex: 'h(x) = \\max(0.1x, x)',
    color: seriesColor(5),
    range: [-1, 5.5],
  },
];

export const X_MIN = -5;
export const X_MAX = 5;

/** The x axis both charts share (−5 … 5, like the book's figures): recharts XAxis props. */
export const X_AXIS = {
  dataKey: 'x',
  type: 'number' as const,
  domain: [X_MIN, X_MAX],
  ticks: [-4, -2, 0, 2, 4],
  stroke: 'var(--muted)',
  tick: CHART_TICK,
  tickFormatter: (v: number) => fmt(v),
};

/** x from −5 to 5 in steps of 0.05 (201 points; 0 is on the grid so the step's jump is sharp). */
export const GRID: readonly number[] = Array.from({ length: 201 }, (_, i) =>
  Number((X_MIN + i * 0.05).toFixed(2)),
);

/** The stacked-layers demo's inputs: −5 … 5 in steps of 0.1. */
export const STACK_XS: readonly number[] = Array.from({ length: 101 }, (_, i) =>
  Number((X_MIN + i * 0.1).toFixed(1)),
);

/** The stacked demo's weight shapes (1 → 4 → 4 → 1, the engine's default width): its matrices
 * wait in these while the engine draws them. */
export const STACK_SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 4],
  [4, 4],
  [4, 1],
];

/** y-axis range covering every shown curve (and the derivatives, which stay in [0, 1]). */
export function yDomain(shown: readonly CurveInfo[], derivative: boolean): [number, number] {
  if (shown.length === 0) return [-0.1, 1.1];
  let lo = Math.min(...shown.map((c) => c.range[0]));
  let hi = Math.max(...shown.map((c) => c.range[1]));
  if (derivative) {
    lo = Math.min(lo, -0.1);
    hi = Math.max(hi, 1.1);
  }
  return [lo, hi];
}

/** Least-squares line through (xs, ys) and the largest distance of a point from it. */
export function linearFitError(
  xs: readonly number[],
  ys: readonly number[],
): { w: number; b: number; maxError: number } {
  const n = xs.length;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const w = sxx === 0 ? 0 : sxy / sxx;
  const b = my - w * mx;
  let maxError = 0;
  for (let i = 0; i < n; i++) maxError = Math.max(maxError, Math.abs(ys[i] - (w * xs[i] + b)));
  return { w, b, maxError };
}

/** True when every number is finite. */
export function allFinite(...arrays: ReadonlyArray<readonly number[]>): boolean {
  return arrays.every((a) => a.every(Number.isFinite));
}

/** Round-number ticks inside [lo, hi]: steps of 0.5 for short ranges, 1 or 2 for longer ones. */
export function yTicks([lo, hi]: [number, number]): number[] {
  const span = hi - lo;
  const step = span <= 3 ? 0.5 : span <= 8 ? 1 : 2;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step)
    out.push(Number(v.toFixed(6)));
  return out;
}
