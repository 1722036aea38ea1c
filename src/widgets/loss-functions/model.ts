// Pure helpers of the loss-functions widget: the y string ↔ numbers, editing one class while
// keeping the sum 1, and the book's presets. No engine here: the losses come from src/experiments.
import { BOOK_Y_RIGHT, BOOK_Y_WRONG, LOSS_CLASSES } from '../../experiments/client';

/** The y parameter as numbers (the schema's pattern guarantees 10 numbers in [0, 1]). */
export const parseY = (s: string): number[] => s.split(',').map((v) => Number(v.trim()));

/** Numbers → the y parameter: at most 5 decimals, no trailing zeros. */
export const serializeY = (y: readonly number[]): string =>
  y.map((v) => String(Number(Math.max(0, Math.min(1, v)).toFixed(5)))).join(',');

/**
 * Sets class k to v and rescales the others so that they keep their ratios and the sum is 1
 * (if the others are all 0, they share 1 − v equally). y is divided by its sum first.
 */
export function setClass(y: readonly number[], k: number, v: number): number[] {
  const total = y.reduce((s, x) => s + x, 0);
  const p = total > 0 ? y.map((x) => x / total) : y.map(() => 1 / y.length);
  const rest = 1 - p[k];
  const scale = rest > 1e-12 ? (1 - v) / rest : 0;
  return p.map((x, i) => (i === k ? v : rest > 1e-12 ? x * scale : (1 - v) / (p.length - 1)));
}

export const PRESETS = [
  {
    id: 'right',
    label: '책의 예 ①: 2에 0.6',
    target: '2',
    y: serializeY(BOOK_Y_RIGHT),
  },
  {
    id: 'wrong',
    label: '책의 예 ②: 7에 0.6',
    target: '2',
    y: serializeY(BOOK_Y_WRONG),
  },
  {
    id: 'uniform',
    label: '모두 0.1',
    target: null,
    y: serializeY(Array.from({ length: LOSS_CLASSES }, () => 0.1)),
  },
] as const;

/** 4 decimals, or ∞ / NaN spelled out. */
export const dec4 = (v: number): string =>
  Number.isFinite(v) ? v.toFixed(4) : Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '−∞';

/** Whether two lists hold the same numbers (the engine's arrays arrive new with every result). */
export function sameNumbers(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((v, i) => Object.is(v, b[i]));
}
