// Engine-free facts and plain-JS arithmetic of the ch4 gradient widgets (gradient-field,
// gradient-descent): the book's defaults, the grid of its Fig 4-9, and its numerical_gradient
// in float64 (plain JS numbers are float64, like numpy's arrays). No engine here: the page may
// import this module without pulling tfjs in (gradients-client.ts re-exports it).

/** The book's central-difference step (`h = 1e-4` in numerical_gradient). */
export const NUMERICAL_H = 1e-4;

/** f(x0, x1) = x0² + x1², the book's function_2. */
export const f2 = (x0: number, x1: number): number => x0 * x0 + x1 * x1;

/**
 * The grid of Fig 4-9: np.arange(-2, 2.5, 0.25) on both axes. numpy's arange stops before 2.5,
 * so it ends at 2.25, which the book's plt.xlim([-2, 2]) cuts off: the figure shows the 17
 * values −2, −1.75, …, 2 per axis, and so do we (17 × 17 = 289 points).
 */
export const FIELD_STEP = 0.25;
export const FIELD_AXIS: readonly number[] = Array.from({ length: 17 }, (_, i) => -2 + i * 0.25);

/** The grid's points, row by row (x1 from −2 up, x0 from −2 right), flattened as x0, x1 pairs. */
export function fieldPoints(): Float32Array {
  const n = FIELD_AXIS.length;
  const out = new Float32Array(n * n * 2);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      out[2 * (r * n + c)] = FIELD_AXIS[c];
      out[2 * (r * n + c) + 1] = FIELD_AXIS[r];
    }
  return out;
}

/**
 * The book's numerical_gradient (ch4 gradient_2d.py) for one point, in float64: for each
 * coordinate, (f(x + h·e) − f(x − h·e)) / 2h with the coordinate changed in place and restored.
 */
export function numericalGradient64(
  f: (x: number[]) => number,
  point: readonly number[],
  h = NUMERICAL_H,
): number[] {
  const x = [...point];
  const grad = new Array<number>(x.length).fill(0);
  for (let idx = 0; idx < x.length; idx++) {
    const tmp = x[idx];
    x[idx] = tmp + h;
    const fxh1 = f(x);
    x[idx] = tmp - h;
    const fxh2 = f(x);
    grad[idx] = (fxh1 - fxh2) / (2 * h);
    x[idx] = tmp;
  }
  return grad;
}

/** numericalGradient64 of function_2 at every point of a flattened (x0, x1) list. */
export function numericalField64(points: ArrayLike<number>, h = NUMERICAL_H): Float64Array {
  const out = new Float64Array(points.length);
  const f = (x: number[]) => f2(x[0], x[1]);
  for (let i = 0; i < points.length; i += 2) {
    const [g0, g1] = numericalGradient64(f, [points[i], points[i + 1]], h);
    out[i] = g0;
    out[i + 1] = g1;
  }
  return out;
}

/** The book's gradient-descent demo (§4.4.1): init (−3, 4), lr 0.1, step_num 20 (and 100). */
export const BOOK_DESCENT = { init: [-3, 4] as [number, number], lr: 0.1, steps: 20 };

/** The most steps one call may run (the slider's end; the book's text also runs 100). */
export const MAX_DESCENT_STEPS = 100;
