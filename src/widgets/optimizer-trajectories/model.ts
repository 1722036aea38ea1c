// Pure helpers of the optimizer-trajectories widget: plot geometry, the start point, contour
// paths, divergence, the readout of each optimizer's state. No React, no engine: unit-tested.
import type { ContourMultiPolygon } from 'd3-contour';
import type { OptimizerName, SurfaceInfo } from '../../experiments';
import { fmt, fmtPair } from '../kit/format';

export const OPTIMIZER_LABEL: Record<OptimizerName, string> = {
  sgd: 'SGD',
  momentum: '모멘텀',
  nesterov: '네스테로프',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
};

/** Korean subject particle after each name (…가 / …이), by how the name is read aloud. */
const SUBJECT_PARTICLE: Record<OptimizerName, '가' | '이'> = {
  sgd: '가', // 에스지디
  momentum: '이', // 모멘텀
  nesterov: '가', // 네스테로프
  adagrad: '가', // 아다그라드
  rmsprop: '이', // 알엠에스프롭
  adam: '이', // 아담
};

/** The schema keys of an optimizer's learning rate and visibility: `lr-sgd`, `show-sgd`. */
export const lrKey = <O extends OptimizerName>(o: O) => `lr-${o}` as const;
export const showKey = <O extends OptimizerName>(o: O) => `show-${o}` as const;

export type Range2 = readonly [number, number];

export interface PlotBox {
  /** The function's domain drawn in the panel. */
  x: Range2;
  y: Range2;
  /** Pixel size of the plotting area (viewBox units). */
  width: number;
  height: number;
}

/** A panel whose plotting area keeps the domain's aspect ratio (circles stay round). */
export function plotBox(x: Range2, y: Range2, width: number, maxAspect = 1.25): PlotBox {
  const aspect = Math.min(maxAspect, Math.max(0.3, (y[1] - y[0]) / (x[1] - x[0])));
  return { x, y, width, height: Math.round(width * aspect) };
}

export function toPx(box: PlotBox, p: readonly [number, number]): [number, number] {
  const px = ((p[0] - box.x[0]) / (box.x[1] - box.x[0])) * box.width;
  const py = ((box.y[1] - p[1]) / (box.y[1] - box.y[0])) * box.height;
  return [px, py];
}

export function fromPx(box: PlotBox, px: number, py: number): [number, number] {
  return [
    box.x[0] + (px / box.width) * (box.x[1] - box.x[0]),
    box.y[1] - (py / box.height) * (box.y[1] - box.y[0]),
  ];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** Clamps pixel coordinates so that a far-away (diverging) point stays a sane SVG number. */
function clampPx(box: PlotBox, p: [number, number]): [number, number] {
  const lim = 4 * Math.max(box.width, box.height);
  return [Math.max(-lim, Math.min(lim, p[0])), Math.max(-lim, Math.min(lim, p[1]))];
}

/**
 * SVG path through points[0..upto] (inclusive). A non-finite point ends the path (the run blew
 * up there); points far outside the plot are clamped so the line leaves the panel visibly.
 */
export function trajectoryPath(
  box: PlotBox,
  points: ReadonlyArray<readonly [number, number]>,
  upto = points.length - 1,
): string {
  const parts: string[] = [];
  const last = Math.min(upto, points.length - 1);
  for (let i = 0; i <= last; i++) {
    const p = points[i];
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) break;
    const [x, y] = clampPx(box, toPx(box, p));
    parts.push(`${i === 0 ? 'M' : 'L'}${r2(x)},${r2(y)}`);
  }
  return parts.join('');
}

/**
 * The first step at which a run diverged: a non-finite coordinate or value, or a point farther
 * than `margin` plot spans outside the plot. null when it stayed sane. `engineAt` (the engine's
 * own verdict) wins when earlier.
 */
export function divergedAt(
  points: ReadonlyArray<readonly [number, number]>,
  box: Pick<PlotBox, 'x' | 'y'>,
  values?: readonly number[],
  engineAt: number | null = null,
  margin = 2,
): number | null {
  const sx = box.x[1] - box.x[0];
  const sy = box.y[1] - box.y[0];
  let at: number | null = null;
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i];
    const bad =
      !Number.isFinite(x) ||
      !Number.isFinite(y) ||
      (values !== undefined && i < values.length && !Number.isFinite(values[i])) ||
      x < box.x[0] - margin * sx ||
      x > box.x[1] + margin * sx ||
      y < box.y[0] - margin * sy ||
      y > box.y[1] + margin * sy;
    if (bad) {
      at = i;
      break;
    }
  }
  if (engineAt !== null && (at === null || engineAt < at)) return engineAt;
  return at;
}

/** Whether a point lies inside the drawn domain. */
export function inside(box: Pick<PlotBox, 'x' | 'y'>, p: readonly [number, number]): boolean {
  return p[0] >= box.x[0] && p[0] <= box.x[1] && p[1] >= box.y[0] && p[1] <= box.y[1];
}

/**
 * Contour levels for a grid: quadratically spaced above the minimum for a bowl-like function
 * (dense near the bottom, like matplotlib's picture), evenly spaced when it goes negative.
 */
export function contourThresholds(grid: ArrayLike<number>, count = 12): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < grid.length; i++) {
    const v = grid[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi > lo)) return [];
  const out: number[] = [];
  if (lo >= 0) {
    // Leave out the top: the corners of the grid make no useful ring.
    for (let k = 1; k <= count; k++) out.push(lo + (hi - lo) * 0.7 * (k / count) ** 2);
  } else {
    for (let k = 1; k < count; k++) out.push(lo + ((hi - lo) * k) / count);
  }
  return out;
}

/**
 * d3-contour's MultiPolygon (grid coordinates, sample (i, j) at (i + 0.5, j + 0.5), row 0 = the
 * grid's first row = y[0]) → an SVG path in the panel's pixel space.
 */
export function contourPath(
  mp: Pick<ContourMultiPolygon, 'coordinates'>,
  nx: number,
  ny: number,
  box: PlotBox,
): string {
  const parts: string[] = [];
  const gx = (u: number) => box.x[0] + ((u - 0.5) / (nx - 1)) * (box.x[1] - box.x[0]);
  const gy = (v: number) => box.y[0] + ((v - 0.5) / (ny - 1)) * (box.y[1] - box.y[0]);
  for (const polygon of mp.coordinates) {
    for (const ring of polygon) {
      ring.forEach(([u, v], i) => {
        const [x, y] = toPx(box, [gx(u), gy(v)]);
        parts.push(`${i === 0 ? 'M' : 'L'}${r2(x)},${r2(y)}`);
      });
      parts.push('Z');
    }
  }
  return parts.join('');
}

/** Adam's step size with the bias correction folded in (the book's formula), for step t ≥ 1. */
export function adamStepSize(lr: number, t: number, beta1 = 0.9, beta2 = 0.999): number {
  if (t < 1) return lr;
  return (lr * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
}

const STATE_LABEL: Record<string, string> = {
  v: 'v',
  h: 'h',
  m: 'm',
  lr_t: 'η_t',
  lrT: 'η_t',
  lrt: 'η_t',
  eta: 'η_t',
  etaT: 'η_t',
};

export interface StateEntry {
  label: string;
  value: string;
}

/**
 * The internal state of one optimizer after `step` updates, as readout entries. `state` comes
 * from the engine (e.g. { v: [vx, vy] }); Adam's corrected step size η_t is added from the
 * book's formula when the engine does not report it.
 */
export function stateEntries(
  optimizer: OptimizerName,
  lr: number,
  step: number,
  state: Record<string, readonly [number, number] | number> | undefined,
): StateEntry[] {
  const out: StateEntry[] = [];
  for (const [k, val] of Object.entries(state ?? {})) {
    const label = STATE_LABEL[k] ?? k;
    if (typeof val === 'number') out.push({ label, value: fmt(val) });
    else if (label === 'η_t' && val[0] === val[1]) out.push({ label, value: fmt(val[0]) });
    else out.push({ label, value: fmtPair(val) });
  }
  if (optimizer === 'adam' && !out.some((e) => e.label === 'η_t') && step >= 1) {
    out.push({ label: 'η_t', value: fmt(adamStepSize(lr, step)) });
  }
  if (optimizer === 'sgd' && out.length === 0)
    out.push({ label: '상태', value: '없음 (기울기만 사용)' });
  return out;
}

/** "SGD가 발산했어요 (학습률 10)" / "SGD, Adam이 발산했어요 (학습률 10, 5)". */
export function divergedMessage(
  list: ReadonlyArray<{ optimizer: OptimizerName; lr: number }>,
): string {
  if (list.length === 0) return '';
  const names = list.map((d) => OPTIMIZER_LABEL[d.optimizer]).join(', ');
  const particle = SUBJECT_PARTICLE[list[list.length - 1].optimizer];
  const lrs = list.map((d) => fmt(d.lr)).join(', ');
  return `${names}${particle} 발산했어요 (학습률 ${lrs}). 학습률을 줄여 보세요.`;
}

/** Keyboard step for moving the start point: 1/40 of the domain, ×5 with Shift. */
export function keyboardNudge(
  key: string,
  shift: boolean,
  box: Pick<PlotBox, 'x' | 'y'>,
): [number, number] | null {
  const dx = ((box.x[1] - box.x[0]) / 40) * (shift ? 5 : 1);
  const dy = ((box.y[1] - box.y[0]) / 40) * (shift ? 5 : 1);
  switch (key) {
    case 'ArrowLeft':
      return [-dx, 0];
    case 'ArrowRight':
      return [dx, 0];
    case 'ArrowUp':
      return [0, dy];
    case 'ArrowDown':
      return [0, -dy];
    default:
      return null;
  }
}

/**
 * Where runs start: the reader's point, or the surface's own start when the point is the book's
 * default (−7, 2) and lies off that surface (a directive naming only another function).
 */
export function effectiveStart(
  p: readonly [number, number],
  surface: Pick<SurfaceInfo, 'x' | 'y' | 'start'>,
  bookStart: readonly [number, number],
): [number, number] {
  const isBook = p[0] === bookStart[0] && p[1] === bookStart[1];
  return isBook && !inside(surface, p) ? [...surface.start] : [p[0], p[1]];
}

/** A dragged start point kept inside both the schema's range and the drawn domain, to 0.01. */
export function clampStart(
  p: readonly [number, number],
  box: Pick<PlotBox, 'x' | 'y'>,
  range: { x: Range2; y: Range2 },
): [number, number] {
  const clamp = (v: number, a: Range2, b: Range2) =>
    Math.round(Math.min(Math.min(a[1], b[1]), Math.max(Math.max(a[0], b[0]), v)) * 100) / 100;
  return [clamp(p[0], range.x, box.x), clamp(p[1], range.y, box.y)];
}
