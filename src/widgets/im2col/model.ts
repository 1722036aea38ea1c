// Pure helpers of the im2col widget: which output cell a row of col stands for and back, and the
// cells of a window in one padded channel. No engine here (the numbers come from src/experiments).

export interface Dims {
  N: number;
  C: number;
  H: number;
  FH: number;
  S: number;
  P: number;
  OH: number;
}

/** Output size as the book's code computes it: 1 + ⌊(H + 2P − FH) / S⌋ (−1 when it cannot fit). */
export function outSize(H: number, FH: number, S: number, P: number): number {
  const span = H + 2 * P - FH;
  return span < 0 ? -1 : Math.floor(span / S) + 1;
}

export const rowOf = (d: Dims, n: number, oy: number, ox: number): number =>
  (n * d.OH + oy) * d.OH + ox;

export function windowOfRow(d: Dims, r: number): { n: number; oy: number; ox: number } {
  const per = d.OH * d.OH;
  return { n: Math.floor(r / per), oy: Math.floor((r % per) / d.OH), ox: r % d.OH };
}

/** Indices in a padded (H + 2P)² plane covered by the window at (oy, ox). */
export function windowIndices(d: Dims, oy: number, ox: number): number[] {
  const side = d.H + 2 * d.P;
  const out: number[] = [];
  for (let ky = 0; ky < d.FH; ky++)
    for (let kx = 0; kx < d.FH; kx++) out.push((oy * d.S + ky) * side + ox * d.S + kx);
  return out;
}

/** One channel of sample n, padded with zeros: values and which cells are padding. */
export function paddedPlane(
  x: ArrayLike<number>,
  d: Dims,
  n: number,
  c: number,
): { values: number[]; isPad: boolean[] } {
  const side = d.H + 2 * d.P;
  const values: number[] = [];
  const isPad: boolean[] = [];
  for (let y = 0; y < side; y++)
    for (let xx = 0; xx < side; xx++) {
      const iy = y - d.P, ix = xx - d.P; // prettier-ignore
      const inside = iy >= 0 && iy < d.H && ix >= 0 && ix < d.H;
      values.push(inside ? x[((n * d.C + c) * d.H + iy) * d.H + ix] : 0);
      isPad.push(!inside);
    }
  return { values, isPad };
}

/** "(9, 75)" */
export const shape = (...dims: number[]): string => `(${dims.join(', ')})`;
