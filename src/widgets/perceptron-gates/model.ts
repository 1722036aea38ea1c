// Pure logic of perceptron-gates: the truth table a perceptron produces, one step of the
// learning rule kept within the sliders, and the plane geometry of the plot (the half-plane
// w·x + b > 0 clipped to the view box, the decision line's visible segment). Unit-tested.
import {
  GATE_INPUTS,
  gateTargets,
  learningStep,
  perceptronOutput,
  startLearning,
  type Bit,
  type Gate,
  type LearnStep,
  type LearningState,
  type PerceptronParams,
} from '../../experiments/client';
import { schema } from './schema';

export type Point = [number, number];

/** The open half-plane w1·x + w2·y + b > 0. */
export interface HalfPlane {
  w: readonly [number, number];
  b: number;
}

export interface Box {
  lo: number;
  hi: number;
}

const f = (h: HalfPlane, p: Point) => h.w[0] * p[0] + h.w[1] * p[1] + h.b;

/** The box's corners, counter-clockwise. */
export function boxPolygon({ lo, hi }: Box): Point[] {
  return [
    [lo, lo],
    [hi, lo],
    [hi, hi],
    [lo, hi],
  ];
}

/** Sutherland–Hodgman: the part of a convex polygon where `h` holds (boundary included). */
export function clipPolygon(poly: Point[], h: HalfPlane): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i];
    const c = poly[(i + 1) % poly.length];
    const fa = f(h, a);
    const fc = f(h, c);
    if (fa >= 0) out.push(a);
    if (fa >= 0 !== fc >= 0) {
      const t = fa / (fa - fc);
      out.push([a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1])]);
    }
  }
  return out.length >= 3 ? out : [];
}

/** The region of the box where every half-plane holds (empty array when none of it does). */
export function regionPolygon(box: Box, halfPlanes: readonly HalfPlane[]): Point[] {
  let poly = boxPolygon(box);
  for (const h of halfPlanes) {
    if (poly.length === 0) break;
    poly = clipPolygon(poly, h);
  }
  return poly;
}

/** The visible piece of the line w·x + b = 0, or null when it misses the box (or w = 0). */
export function lineSegment(box: Box, h: HalfPlane): [Point, Point] | null {
  const [w1, w2] = h.w;
  if (w1 === 0 && w2 === 0) return null;
  const { lo, hi } = box;
  const pts: Point[] = [];
  const push = (p: Point) => {
    if (p[0] < lo - 1e-9 || p[0] > hi + 1e-9 || p[1] < lo - 1e-9 || p[1] > hi + 1e-9) return;
    if (pts.some((q) => Math.abs(q[0] - p[0]) < 1e-9 && Math.abs(q[1] - p[1]) < 1e-9)) return;
    pts.push(p);
  };
  if (w2 !== 0) {
    push([lo, -(w1 * lo + h.b) / w2]);
    push([hi, -(w1 * hi + h.b) / w2]);
  }
  if (w1 !== 0) {
    push([-(w2 * lo + h.b) / w1, lo]);
    push([-(w2 * hi + h.b) / w1, hi]);
  }
  return pts.length >= 2 ? [pts[0], pts[1]] : null;
}

/** Mean of the vertices: a point inside a convex polygon, for labels. */
export function centroid(poly: Point[]): Point {
  const n = poly.length;
  return [poly.reduce((s, p) => s + p[0], 0) / n, poly.reduce((s, p) => s + p[1], 0) / n];
}

/** "0.5·x₁ + 0.5·x₂ − 0.7" with proper minus signs. */
export function formatAffine(
  w: readonly [number, number],
  b: number,
  names: [string, string] = ['x₁', 'x₂'],
): string {
  const num = (v: number) => String(Number(Math.abs(v).toFixed(3)));
  const sign = (v: number, first: boolean) => (v < 0 ? (first ? '−' : ' − ') : first ? '' : ' + ');
  return `${sign(w[0], true)}${num(w[0])}·${names[0]}${sign(w[1], false)}${num(w[1])}·${names[1]}${sign(b, false)}${num(b)}`;
}

/** "AND", "NAND", … (the schema's option labels). */
export const gateName = (g: Gate): string => schema.gate.optionLabels[g];

/** "(0, 1)" */
export const pointLabel = ([a, b]: readonly [number, number]): string => `(${a}, ${b})`;

export interface Row {
  x: readonly [Bit, Bit];
  sum: number;
  y: Bit;
  t: Bit;
  ok: boolean;
}

/** The truth table with the perceptron's outputs for the current parameters. */
export function evaluate(v: { gate: Gate; w1: number; w2: number; b: number }): Row[] {
  const t = gateTargets(v.gate);
  return GATE_INPUTS.map((x, i) => {
    const y = perceptronOutput([v.w1, v.w2], v.b, x[0], x[1]);
    return { x, sum: v.w1 * x[0] + v.w2 * x[1] + v.b, y, t: t[i], ok: y === t[i] };
  });
}

/** The opposite half-plane (w·x + b < 0). */
export const flip = (h: HalfPlane): HalfPlane => ({ w: [-h.w[0], -h.w[1]], b: -h.b });

/** Shaded output regions of one perceptron: y = 1 where w·x + b > 0, y = 0 elsewhere. */
export function outputRegions(
  h: HalfPlane,
): Array<{ halfPlanes: HalfPlane[]; kind: 'one' | 'zero'; text: string }> {
  if (h.w[0] === 0 && h.w[1] === 0) {
    // No line: the whole plane gives one output.
    return [{ halfPlanes: [], kind: h.b > 0 ? 'one' : 'zero', text: h.b > 0 ? 'y = 1' : 'y = 0' }];
  }
  return [
    { halfPlanes: [h], kind: 'one', text: 'y = 1' },
    { halfPlanes: [flip(h)], kind: 'zero', text: 'y = 0' },
  ];
}

/** A learning run in progress, for the current gate. */
export interface Learning {
  gate: Gate;
  state: LearningState;
  /** Once the parameters came back to an epoch's start (XOR), it stays said for this run. */
  cycled?: { from: number; at: number };
  /** A step that would have left the sliders' range: learning stopped before it. */
  offRange?: LearnStep;
}

/**
 * One step of the learning rule from `live` (or from `params` when no run is going): the run
 * after it, the parameters to show (absent when nothing changes) and whether to stop autoplay.
 * A step that would leave [lo, hi] is not taken: the run stops with `offRange` set.
 */
export function advance(
  live: Learning | null,
  gate: Gate,
  params: PerceptronParams,
  lr: number,
  [lo, hi]: readonly [number, number],
): { learning: Learning; params?: PerceptronParams; stop: boolean } {
  const base = live?.state ?? startLearning(gate, params);
  if (base.status === 'converged') return { learning: { gate, state: base }, stop: true };
  // After a detected cycle, manual steps go on (showing the same loop again).
  const next = learningStep(
    gate,
    base.status === 'cycling' ? { ...base, status: 'learning', seen: {} } : base,
    lr,
  );
  if (![...next.params.w, next.params.b].every((v) => v >= lo && v <= hi)) {
    return {
      learning: { gate, state: base, cycled: live?.cycled, offRange: next.last },
      stop: true,
    };
  }
  const cycled =
    live?.cycled ??
    (next.status === 'cycling' ? { from: next.cycleFrom ?? 0, at: next.epoch } : undefined);
  return {
    learning: { gate, state: next, cycled },
    params: next.params,
    stop: next.status !== 'learning',
  };
}

/** The learning log's state: idle, learning, converged, cycling or off-range. */
export function learningStatus(live: Learning | null): string {
  if (live?.offRange) return 'off-range';
  if (live?.cycled) return 'cycling';
  return live?.state.status ?? 'idle';
}
