// Engine-free facts of the gradient-check widget (ch5 §5.7.3), shared by the worker and the page:
// the planted bugs, the h grid of the U-curve, the sample sizes, the pass thresholds and the
// shape of a result.

/** Backward-pass bugs the reader can plant (forward passes stay correct, so f(p ± h) does too). */
export const GRADIENT_BUGS = ['none', 'relu-mask', 'bias-sum', 'loss-batch'] as const;
export type GradientBug = (typeof GRADIENT_BUGS)[number];

export const GRADIENT_BUG_LABELS: Record<GradientBug, string> = {
  none: '버그 없음',
  'relu-mask': 'ReLU 마스크 뒤집기',
  'bias-sum': 'Affine db 배치 합 빠뜨리기',
  'loss-batch': 'Softmax-with-Loss ÷N 빠뜨리기',
};

/** What the bug does, as a line of the book's Python: correct → planted. */
export const GRADIENT_BUG_CODE: Record<Exclude<GradientBug, 'none'>, [string, string]> = {
  'relu-mask': ['dx = dout * (x > 0)', 'dx = dout * (x <= 0)'],
  'bias-sum': ['db = np.sum(dout, axis=0)', 'db = dout[0]'],
  'loss-batch': ['dx = (y - t) / batch_size', 'dx = (y - t)'],
};

/** The parameter tensors, in the book's order. */
export const GRADIENT_TENSORS = ['W1', 'b1', 'W2', 'b2'] as const;

/** The book's gradient_check.py: TwoLayerNet(784, 50, 10) on the first 3 training digits. */
export const GRADIENT_CHECK_NET = { inputs: 784, hidden: 50, outputs: 10, images: 3 } as const;

/** Entries checked per tensor (b2 has 10: all of them). W1's come from rows of non-zero pixels. */
export const GRADIENT_CHECK_SAMPLES = 20;

/** The U-curve's h: 10^−1, 10^−1.5, … 10^−10 (19 points, the slider's half-decade steps). */
export const GRADIENT_H_GRID: readonly number[] = Array.from({ length: 19 }, (_, i) =>
  Number((10 ** (-1 - i / 2)).toPrecision(6)),
);

export type GradientPrecision = 'float32' | 'float64';

/**
 * A tensor passes when its relative error Σ|a − n| / max(Σ|a|, Σ|n|) over the checked entries
 * is below this (an element-wise ratio is useless here: dead ReLU units give many gradients of
 * exactly 0, others are ~1e−5). Backprop runs in float32 (relative rounding ~1e−7); against the
 * float64 numerical side at h = 1e−4 that leaves ~1e−7, so 1e−4 is a wide margin. A float32
 * numerical side carries round-off ~ε₃₂·|L| / h ≈ 1.2e−7 · 2.3 / h in each difference quotient,
 * against gradients of only ~1e−3 (weights N(0, 0.01²)), and truncation plus ReLU kinks once
 * h ≳ 1e−2: at its best h (1e−3 … 1e−2) the worst tensor is off by 0.3 … 11% (seeds 0 … 15),
 * so float32 gets 0.15. Every planted bug gives 0.67 (÷N missing: |3g − g| / 3g) … 1.9.
 */
export const GRADIENT_PASS_RELATIVE: Record<GradientPrecision, number> = {
  float64: 1e-4,
  float32: 0.15,
};

/** One parameter tensor's comparison at the chosen h. */
export interface GradientTensorCheck {
  name: (typeof GRADIENT_TENSORS)[number];
  shape: number[];
  /** the flat indices checked */
  indices: number[];
  /** backprop (engine, float32) at those entries */
  backprop: number[];
  /** numerical at those entries, for the chosen h, in each precision */
  numerical: Record<GradientPrecision, number[]>;
  /** mean |backprop − numerical| (the book's printout) per precision */
  meanAbsDiff: Record<GradientPrecision, number>;
  /** Σ|a − n| / max(Σ|a|, Σ|n|) per precision */
  relError: Record<GradientPrecision, number>;
  /** mean |backprop| over the checked entries (the gradient's own size) */
  meanAbsGrad: number;
}

/** For every h of GRADIENT_H_GRID, the worst tensor's relative error in each precision. */
export interface GradientHSweep {
  hs: number[];
  float32: number[];
  float64: number[];
}

export interface GradientCheckResult {
  h: number;
  bug: GradientBug;
  tensors: GradientTensorCheck[];
  /** numerical vs the backprop being checked (bug included): does some h pass? */
  sweep: GradientHSweep;
  /**
   * The U-curve: numerical vs the exact float64 gradient (the book's backward formulas in JS),
   * i.e. the central difference's own error; `now` is its value at the chosen h.
   */
  uCurve: GradientHSweep & { now: Record<GradientPrecision, number> };
  /** the digits checked (labels) */
  labels: number[];
  loss: number;
  backend: string;
}

/** Σ|a − n| / max(Σ|a|, Σ|n|): 0 when equal, at most 2; 0 when both are all zeros. */
export function gradientRelativeError(a: ArrayLike<number>, n: ArrayLike<number>): number {
  let diff = 0, sa = 0, sn = 0; // prettier-ignore
  for (let k = 0; k < a.length; k++) {
    diff += Math.abs(a[k] - n[k]);
    sa += Math.abs(a[k]);
    sn += Math.abs(n[k]);
  }
  const scale = Math.max(sa, sn);
  return scale === 0 ? 0 : diff / scale;
}

/** The h of a sweep with the smallest error (ties: the larger h). */
export function bestCheckH(hs: readonly number[], errors: readonly number[]): number {
  let best = 0;
  errors.forEach((e, i) => {
    if (e < errors[best]) best = i;
  });
  return hs[best];
}
