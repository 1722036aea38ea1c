// The book's optimizers (common/optimizer.py) in plain float64 JS: the reference that the
// engine's and the widget's numbers are compared with, in unit and browser tests alike.

export type Opt = 'sgd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';

/** The book's common/optimizer.py on f = x²/20 + y², in float64. */
export function bookRun(
  opt: Opt,
  lr: number,
  start: [number, number] = [-7, 2],
  steps = 30,
): { pts: Array<[number, number]>; state: Array<Record<string, number[]>> } {
  const p = [...start];
  const v = [0, 0],
    h = [0, 0],
    m = [0, 0];
  const pts: Array<[number, number]> = [[p[0], p[1]]];
  const state: Array<Record<string, [number, number]>> = [{}];
  for (let t = 1; t <= steps; t++) {
    const g = [p[0] / 10, 2 * p[1]];
    const lrT = (lr * Math.sqrt(1 - 0.999 ** t)) / (1 - 0.9 ** t);
    for (let i = 0; i < 2; i++) {
      if (opt === 'sgd') p[i] -= lr * g[i];
      else if (opt === 'momentum') {
        v[i] = 0.9 * v[i] - lr * g[i];
        p[i] += v[i];
      } else if (opt === 'nesterov') {
        v[i] *= 0.9;
        v[i] -= lr * g[i];
        p[i] += 0.81 * v[i];
        p[i] -= 1.9 * lr * g[i];
      } else if (opt === 'adagrad') {
        h[i] += g[i] ** 2;
        p[i] -= (lr * g[i]) / (Math.sqrt(h[i]) + 1e-7);
      } else if (opt === 'rmsprop') {
        h[i] = 0.99 * h[i] + 0.01 * g[i] ** 2;
        p[i] -= (lr * g[i]) / (Math.sqrt(h[i]) + 1e-7);
      } else {
        m[i] += 0.1 * (g[i] - m[i]);
        v[i] += 0.001 * (g[i] ** 2 - v[i]);
        p[i] -= (lrT * m[i]) / (Math.sqrt(v[i]) + 1e-7);
      }
    }
    pts.push([p[0], p[1]]);
    state.push(
      opt === 'sgd'
        ? {}
        : opt === 'adam'
          ? { m: [m[0], m[1]], v: [v[0], v[1]] }
          : opt.startsWith('ada') || opt === 'rmsprop'
            ? { h: [h[0], h[1]] }
            : { v: [v[0], v[1]] },
    );
  }
  return { pts, state };
}
