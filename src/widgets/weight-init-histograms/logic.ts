// Pure helpers of the weight-init-histograms widget: the effective std, its formula, fixed
// histogram ranges, bar geometry. No React, no engine: unit-tested in Node.

export type Activation = 'sigmoid' | 'tanh' | 'relu';
export type InitKind = 'std' | 'xavier' | 'he';

/** The std the weights are drawn with: Xavier √(1/n), He √(2/n), or the slider's value. */
export function effectiveStd(init: InitKind, std: number, nodes: number): number {
  if (init === 'xavier') return Math.sqrt(1 / nodes);
  if (init === 'he') return Math.sqrt(2 / nodes);
  return std;
}

/** What the experiment takes as `init`. */
export function initArg(init: InitKind, std: number): 'xavier' | 'he' | number {
  return init === 'std' ? std : init;
}

const num = (v: number) => String(Number(v.toPrecision(4)));

/** The formula of the current initialisation and its value, as TeX (typeset with KaTeX). */
export function formulaTex(init: InitKind, std: number, nodes: number): string {
  const s = effectiveStd(init, std, nodes);
  const approx = Number(s.toPrecision(4)) === s ? '=' : '\\approx';
  const head = 'W \\sim \\mathcal{N}(0,\\ \\sigma^2),\\quad ';
  if (init === 'xavier')
    return `${head}\\sigma = \\sqrt{\\tfrac{1}{n}} = \\sqrt{\\tfrac{1}{${nodes}}} ${approx} ${num(s)}`;
  if (init === 'he')
    return `${head}\\sigma = \\sqrt{\\tfrac{2}{n}} = \\sqrt{\\tfrac{2}{${nodes}}} ${approx} ${num(s)}`;
  return `${head}\\sigma = ${num(s)}`;
}

/**
 * Fixed x-ranges so histograms keep their place while a slider moves: the book's (0, 1) for
 * sigmoid and ReLU (whose zeros fill the first bin, as in the book's figure), (−1, 1) for tanh.
 * Values outside the range are not binned (numpy's convention); the widget shows their share.
 */
export function histRange(activation: Activation): [number, number] {
  if (activation === 'tanh') return [-1, 1];
  return [0, 1];
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

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Korean percent with one decimal: 0.1234 → "12.3%". */
export function pct(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return `${(v * 100).toFixed(1)}%`;
}

/** Short number for stats: 3 significant digits, exponent when tiny or huge. */
export function fmt(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a < 1e-3 || a >= 1e4) return v.toExponential(2).replace('-', '−');
  return String(Number(v.toPrecision(3))).replace('-', '−');
}

/** The Korean sentence shown when some layer overflowed. */
export function divergedMessage(
  layers: ReadonlyArray<Pick<LayerStats, 'mean' | 'std'>>,
  std: number,
): string {
  const bad = layers.map((l, i) => (layerDiverged(l) ? i + 1 : 0)).filter((i) => i > 0);
  if (bad.length === 0) return '';
  return `${bad[0]}층부터 값이 넘쳤어요 (∞/NaN, σ = ${fmt(std)}). 표준편차를 줄여 보세요.`;
}
