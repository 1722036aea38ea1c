// Pure helpers of the softmax widget: which logits the parameters say, the arg-max, and number
// formats for probabilities and for the overflow table. No engine here.
import type { Values } from '../schema';
import type { SoftmaxSchema } from './schema';

export const LOGIT_KEYS = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'] as const;
const SUB = '₀₁₂₃₄₅₆₇₈₉';
/** 3 → "₃" */
export const sub = (n: number): string =>
  String(n)
    .split('')
    .map((d) => SUB[Number(d)])
    .join('');

/** The first `count` logits. */
export function logitsOf(v: Values<SoftmaxSchema>): number[] {
  return LOGIT_KEYS.slice(0, v.count).map((k) => v[k]);
}

/** The true class (0-based) for the training part: the chosen k, kept inside the n inputs. */
export const labelOf = (v: Values<SoftmaxSchema>): number => Math.min(v.label, v.count) - 1;

/** The engine call's input for these values (pure: useLiveResult also makes the next drag's). */
export const mainInput = (v: Values<SoftmaxSchema>) => ({
  logits: logitsOf(v),
  temperature: v.temperature,
  shift: v.shift,
  label: labelOf(v),
});

/** The overflow demo's logits (b + 10, b, b − 10): the book's (1010, 1000, 990) at b = 1000. */
export const bigLogits = (b: number): number[] => [b + 10, b, b - 10];

/** Index of the largest value (the first one on ties, like np.argmax); −1 if none is a number. */
export function argmax(v: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < v.length; i++)
    if (!Number.isNaN(v[i]) && (best < 0 || v[i] > v[best])) best = i;
  return best;
}

/** A float32 value with 7 significant digits (what float32 holds): 0.9999546, 4.539787e−5, ∞, NaN. */
export function f32(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const a = Math.abs(v);
  const s =
    v !== 0 && (a < 1e-3 || a >= 1e6)
      ? v.toExponential(6).replace(/\.?0+e/, 'e')
      : String(Number(v.toPrecision(7)));
  return s.replace('e+', 'e').replaceAll('-', '−');
}

/** A probability with 4 decimals: 0.7366. */
export const prob = (v: number): string =>
  Number.isFinite(v) ? v.toFixed(4) : Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '−∞';

/** A signed number with 4 decimals for gradients: +0.0182, −0.2634. */
export const signed4 = (v: number): string =>
  !Number.isFinite(v) ? prob(v) : `${v < 0 ? '−' : '+'}${Math.abs(v).toFixed(4)}`;
