// Pure helpers of the convolution widget: the padded input the window slides over, which cells a
// window covers, the multiply-add of one output cell written out, and grey levels for images.
// No engine here: the feature map comes from src/experiments (the engine's Convolution).
import { fmt } from '../kit';

export interface Padded {
  values: number[];
  rows: number;
  cols: number;
  /** true where the cell is padding (0) */
  isPad: boolean[];
}

export function padInput(input: ArrayLike<number>, H: number, W: number, P: number): Padded {
  const rows = H + 2 * P, cols = W + 2 * P; // prettier-ignore
  const values: number[] = [];
  const isPad: boolean[] = [];
  for (let y = 0; y < rows; y++)
    for (let x = 0; x < cols; x++) {
      const inside = y >= P && y < H + P && x >= P && x < W + P;
      values.push(inside ? input[(y - P) * W + x - P] : 0);
      isPad.push(!inside);
    }
  return { values, rows, cols, isPad };
}

/** Indices (in the padded grid, `cols` wide) of the window of output cell k. */
export function windowCells(
  k: number,
  OW: number,
  FH: number,
  FW: number,
  S: number,
  cols: number,
): number[] {
  const oy = Math.floor(k / OW), ox = k % OW; // prettier-ignore
  const out: number[] = [];
  for (let ky = 0; ky < FH; ky++)
    for (let kx = 0; kx < FW; kx++) out.push((oy * S + ky) * cols + ox * S + kx);
  return out;
}

/** "1·2 + 2·0 + … + 3": the window times the filter, element by element, plus the bias. */
export function multiplyAdd(window: number[], filter: number[], bias: number): string {
  const terms = window.map((v, i) => `${fmt(v, 2)}·${fmt(filter[i], 3)}`);
  if (bias !== 0) terms.push(fmt(bias));
  return terms.join(' + ');
}

/** Grey levels 0 … 255 spanning the values' own range (a constant map is mid-grey). */
export function greyLevels(values: ArrayLike<number>): { grey: number[]; lo: number; hi: number } {
  let lo = Infinity, hi = -Infinity; // prettier-ignore
  for (let i = 0; i < values.length; i++) {
    lo = Math.min(lo, values[i]);
    hi = Math.max(hi, values[i]);
  }
  const span = hi - lo;
  const grey = Array.from(values, (v) => (span > 0 ? Math.round(((v - lo) / span) * 255) : 128));
  return { grey, lo, hi };
}
