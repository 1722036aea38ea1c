// Pure helpers of the gradient-check widget: the verdict, the U-curve's rows and number formats.
// No engine here: the numbers come from src/experiments.
import {
  bestCheckH,
  GRADIENT_PASS_RELATIVE,
  type GradientCheckResult,
  type GradientPrecision,
  type GradientTensorCheck,
} from '../../experiments/client';

export const PRECISIONS: readonly GradientPrecision[] = ['float32', 'float64'];

/** Machine epsilon of each precision (what the round-off arm of the U-curve scales with). */
export const EPSILON: Record<GradientPrecision, number> = { float32: 2 ** -23, float64: 2 ** -52 };

export const passes = (t: GradientTensorCheck, p: GradientPrecision): boolean =>
  t.relError[p] < GRADIENT_PASS_RELATIVE[p];

export interface Verdict {
  pass: boolean;
  /** the tensors whose check fails */
  failing: string[];
  /** the sweep's h (same precision) where every tensor passes; empty: no h rescues it */
  passingHs: number[];
}

export function verdict(r: GradientCheckResult, p: GradientPrecision): Verdict {
  const failing = r.tensors.filter((t) => !passes(t, p)).map((t) => t.name);
  const passingHs = r.sweep.hs.filter((_, i) => r.sweep[p][i] < GRADIENT_PASS_RELATIVE[p]);
  return { pass: failing.length === 0, failing, passingHs };
}

/** The h where the central difference is closest to the exact gradient, per precision. */
export function bestHs(r: GradientCheckResult): Record<GradientPrecision, number> {
  return {
    float32: bestCheckH(r.uCurve.hs, r.uCurve.float32),
    float64: bestCheckH(r.uCurve.hs, r.uCurve.float64),
  };
}

/** Errors are drawn on a log axis: 0 (exactly equal) sits at the floor. */
export const LOG_FLOOR = -12;
export const log10Error = (e: number): number =>
  e > 0 && Number.isFinite(e) ? Math.max(LOG_FLOOR, Math.log10(e)) : LOG_FLOOR;

/** Rows of the U-curve chart: x = log10 h, y = log10 of each precision's worst relative error. */
export function curveRows(r: GradientCheckResult): Array<Record<string, number>> {
  return r.uCurve.hs.map((h, i) => ({
    lh: Math.log10(h),
    float32: log10Error(r.uCurve.float32[i]),
    float64: log10Error(r.uCurve.float64[i]),
  }));
}

/** 1e−4, 3.2e−3: a power of ten reads as such. */
export function fmtH(h: number): string {
  const e = Math.log10(h);
  if (Math.abs(e - Math.round(e)) < 1e-9) return `1e${Math.round(e)}`.replace('-', '−');
  return h.toExponential(1).replace('-', '−');
}

/** 5.0e−11: always in scientific notation with two digits (the book prints diffs that way). */
export const fmtSci = (v: number): string =>
  v === 0 ? '0' : Number.isFinite(v) ? v.toExponential(1).replace('-', '−') : String(v);
