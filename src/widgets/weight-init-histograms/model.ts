// Pure helpers of the weight-init-histograms widget: the formula of the initialisation, the
// shared y-scale and bar geometry, divergence. No React, no engine: unit-tested in Node.
import type { WeightInitActivation as Activation } from '../../experiments';
import { fmt } from '../kit/format';
import type { Values } from '../schema';
import type { WeightInitHistogramsSchema } from './schema';

export type { Activation };
export type InitKind = Values<WeightInitHistogramsSchema>['init'];

/** What the experiment takes as `init`. */
export function initArg(init: InitKind, std: number): 'xavier' | 'he' | number {
  return init === 'std' ? std : init;
}

const num = (v: number) => String(Number(v.toPrecision(4)));

/**
 * The formula of the current initialisation as TeX (typeset with KaTeX), with σ's value: the
 * one the engine used (`std`, null until it answers for Xavier / He).
 */
export function formulaTex(init: InitKind, std: number | null, nodes: number): string {
  const value =
    std === null ? '' : ` ${Number(std.toPrecision(4)) === std ? '=' : '\\approx'} ${num(std)}`;
  const head = 'W \\sim \\mathcal{N}(0,\\ \\sigma^2),\\quad \\sigma = ';
  if (init === 'std') return `${head}${std === null ? '' : num(std)}`;
  const k = init === 'xavier' ? 1 : 2;
  return `${head}\\sqrt{\\tfrac{${k}}{n}} = \\sqrt{\\tfrac{${k}}{${nodes}}}${value}`;
}

/**
 * σ's value as plain text after the formula typeset without it (formulaTex(init, null, n)): a σ
 * move then changes one text node, not KaTeX's whole tree. '' until the engine has answered.
 */
export function formulaValue(init: InitKind, std: number | null): string {
  if (std === null) return '';
  if (init === 'std') return num(std);
  return `${Number(std.toPrecision(4)) === std ? '=' : '≈'} ${num(std)}`;
}

/** How many values fell outside the histogram's range. */
export function outsideCount(counts: readonly number[], total: number): number {
  return Math.max(0, total - sum(counts));
}

/** What `saturated` means for an activation, for the stats line. */
export function saturatedLabel(activation: Activation): string {
  return activation === 'relu' ? '0인 비율' : '포화 비율';
}

export interface LayerStats {
  counts: readonly number[];
  mean: number;
  std: number;
  saturated: number;
}

/** A layer whose numbers overflowed (∞ / NaN) cannot be drawn as a histogram. */
export function layerDiverged(l: Pick<LayerStats, 'mean' | 'std'>): boolean {
  return !Number.isFinite(l.mean) || !Number.isFinite(l.std);
}

/**
 * The shared y-scale of all layers' histograms: the largest bin, except that ReLU's zero bin
 * (half of all units or more) is left out — like the book's ylim — and drawn clipped.
 */
export function yMax(
  layers: ReadonlyArray<Pick<LayerStats, 'counts'>>,
  activation: Activation,
): number {
  let m = 0;
  for (const l of layers) {
    l.counts.forEach((c, i) => {
      if (activation === 'relu' && i === 0) return;
      if (c > m) m = c;
    });
  }
  if (m === 0) for (const l of layers) for (const c of l.counts) m = Math.max(m, c);
  return Math.max(1, m);
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The bin's count exceeds the scale: drawn to the top with a mark. */
  clipped: boolean;
  count: number;
}

/** Bars of one histogram in a width × height box (y grows downwards). */
export function bars(counts: readonly number[], max: number, width: number, height: number): Bar[] {
  const w = width / Math.max(1, counts.length);
  return counts.map((c, i) => {
    const clipped = c > max;
    const h = (Math.min(c, max) / max) * height;
    return { x: i * w, y: height - h, width: w, height: h, clipped, count: c };
  });
}

/** SVG path data of the bars (a 0.3 gap each side) and of the marks on clipped ones. */
export function barsPath(bs: readonly Bar[]): { bars: string; marks: string } {
  let d = '';
  let marks = '';
  for (const b of bs) {
    const w = Math.max(0, b.width - 0.6);
    if (b.height > 0) d += `M${r2(b.x + 0.3)},${r2(b.y)}h${r2(w)}v${r2(b.height)}h${r2(-w)}z`;
    if (b.clipped) marks += `M${r2(b.x)},4l${r2(b.width / 2)},-4l${r2(b.width / 2)},4`;
  }
  return { bars: d, marks };
}

const r2 = (v: number) => Math.round(v * 100) / 100;

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The Korean sentence shown when some layer overflowed. */
export function divergedMessage(
  layers: ReadonlyArray<Pick<LayerStats, 'mean' | 'std'>>,
  std: number,
): string {
  const bad = layers.map((l, i) => (layerDiverged(l) ? i + 1 : 0)).filter((i) => i > 0);
  if (bad.length === 0) return '';
  return `${bad[0]}층부터 값이 넘쳤어요 (∞/NaN, σ = ${fmt(std)}). 표준편차를 줄여 보세요.`;
}

/**
 * σ to show: the slider's own for a plain std; for Xavier / He the σ the engine resolved for
 * these settings (the formula lives once, in the engine), null until it has answered.
 */
export function shownStd(
  init: InitKind,
  std: number,
  nodes: number,
  last: { init: 'xavier' | 'he' | number; nodes: number; std: number } | null,
): number | null {
  if (init === 'std') return std;
  return last && last.init === init && last.nodes === nodes ? last.std : null;
}
