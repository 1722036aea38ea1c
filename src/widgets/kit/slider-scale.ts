// How a number parameter's slider maps to its value: linear or log10 positions, the step the
// range input snaps to, and the value a position stands for (rounded as the control rounds it).
// NumberControl draws with it; predictNext extrapolates a drag on the same grid, so a predicted
// value is the very number the slider will produce.
import type { NumberSpec } from '../schema';

/** 6 significant digits: what a slider position becomes as a value (no float noise in URLs). */
const round6 = (v: number) => Number(v.toPrecision(6));

/**
 * A log slider's value at 10^s: the shortest decimal (2 or 3 significant digits) within half a
 * step of the position, else 6 digits. 10^−0.02 is 0.955 and 10^−0.03 0.933, so the book's 0.95
 * was never on the slider (the text asks for it); now those positions are 0.95 and 0.93. Each
 * value stays inside its own position's half-step window: no two positions share a value, and
 * toSlider() of a value snaps back to its position.
 */
function logValue(s: number, step: number): number {
  const v = 10 ** s;
  for (const digits of [2, 3]) {
    const r = Number(v.toPrecision(digits));
    if (Math.abs(Math.log10(r) - s) < step / 2 - 1e-9) return r;
  }
  return round6(v);
}

export interface SliderScale {
  /** the slider's own range and step, in its units (log10 of the value for a log slider) */
  min: number;
  max: number;
  step: number;
  /** value → slider position */
  toSlider: (v: number) => number;
  /** slider position → value, within the schema's range */
  fromSlider: (s: number) => number;
  /** the nearest position the range input can take: min + k·step, inside min…max */
  snap: (s: number) => number;
}

export function sliderScale(spec: NumberSpec): SliderScale {
  const log = spec.scale === 'log';
  const toSlider = (v: number) => (log ? Math.log10(v) : v);
  const min = toSlider(spec.min);
  const max = toSlider(spec.max);
  const step = spec.step ?? (log ? 0.01 : spec.integer ? 1 : (spec.max - spec.min) / 100);
  const last = Math.floor((max - min) / step + 1e-9);
  return {
    min,
    max,
    step,
    toSlider,
    fromSlider: (s) => {
      const raw = log ? 10 ** s : s;
      const nice = log && !spec.exactPowers;
      const v = spec.integer ? Math.round(raw) : nice ? logValue(s, step) : round6(raw);
      return Math.min(spec.max, Math.max(spec.min, v));
    },
    snap: (s) => min + Math.min(last, Math.max(0, Math.round((s - min) / step))) * step,
  };
}
