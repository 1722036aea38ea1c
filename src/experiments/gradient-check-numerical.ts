// The numerical side of the gradient check, in plain JS (no engine, no tfjs), in float64 (numpy's
// precision, the book's) or float32 (tfjs's: every operation rounded with Math.fround). The same
// function as the engine's TwoLayerNet — x·W1 + b1 → ReLU → ·W2 + b2 → softmax cross-entropy
// (log-sum-exp, mean over the batch) — on the same float32 numbers. Central differences
// (f(p + h) − f(p − h)) / 2h, p ± h rounded to the precision first. Each f is a whole forward
// pass, except that the hidden pre-activations a perturbation cannot touch are reused: they are
// the very numbers a fresh pass would compute (same operations, same order), so the result is
// bit-for-bit that of the full forward pass, ~10× sooner.
import type { GradientPrecision } from './gradient-check-meta';

/** A TwoLayerNet's numbers: x [n, inputs] and the parameters, row-major (float32 values). */
export interface NetJs {
  n: number;
  inputs: number;
  hidden: number;
  outputs: number;
  x: Float32Array;
  labels: ArrayLike<number>;
  /** W1 [inputs, hidden], b1 [hidden], W2 [hidden, outputs], b2 [outputs] */
  params: ArrayLike<number>[];
}

type Round = (v: number) => number;
const ROUND: Record<GradientPrecision, Round> = { float64: (v) => v, float32: Math.fround };

interface Prepared {
  net: NetJs;
  round: Round;
  p: Float64Array[];
  /** per sample: its non-zero pixels (MNIST is mostly 0; skipping x = 0 changes nothing) */
  rows: Array<{ idx: Int32Array; val: Float64Array }>;
  /** hidden pre-activations z1 [n, hidden] of the current parameters */
  z1: Float64Array;
}

function prepare(net: NetJs, precision: GradientPrecision): Prepared {
  const round = ROUND[precision];
  const p = net.params.map((a) => Float64Array.from(a));
  const rows = [];
  for (let s = 0; s < net.n; s++) {
    const idx: number[] = [];
    const val: number[] = [];
    for (let i = 0; i < net.inputs; i++) {
      const v = net.x[s * net.inputs + i];
      if (v === 0) continue;
      idx.push(i);
      val.push(v);
    }
    rows.push({ idx: Int32Array.from(idx), val: Float64Array.from(val) });
  }
  const prep = { net, round, p, rows, z1: new Float64Array(net.n * net.hidden) };
  for (let j = 0; j < net.hidden; j++) column(prep, j);
  return prep;
}

/** z1[:, j] = b1[j] + Σ x[:, i]·W1[i, j], accumulated in pixel order and rounded per operation. */
function column(q: Prepared, j: number): void {
  const { round, rows, p } = q;
  const H = q.net.hidden;
  for (let s = 0; s < rows.length; s++) {
    const { idx, val } = rows[s];
    let acc = p[1][j];
    for (let k = 0; k < idx.length; k++) acc = round(acc + round(val[k] * p[0][idx[k] * H + j]));
    q.z1[s * H + j] = acc;
  }
}

/** L = −(1/N) Σ log softmax(ReLU(z1)·W2 + b2)[t], every operation rounded. */
function lossFromZ1(q: Prepared): number {
  const { round, p, net } = q;
  const { hidden: H, outputs: O } = net;
  const z2 = new Float64Array(O);
  let total = 0;
  for (let s = 0; s < net.n; s++) {
    z2.set(p[3]);
    for (let j = 0; j < H; j++) {
      const a = q.z1[s * H + j];
      if (a <= 0) continue; // ReLU: adds exactly 0
      for (let c = 0; c < O; c++) z2[c] = round(z2[c] + round(a * p[2][j * O + c]));
    }
    let max = -Infinity;
    for (let c = 0; c < O; c++) max = Math.max(max, z2[c]);
    let sum = 0;
    for (let c = 0; c < O; c++) sum = round(sum + round(Math.exp(round(z2[c] - max))));
    total = round(total + round(round(max + round(Math.log(sum))) - z2[net.labels[s]]));
  }
  return round(total / net.n);
}

/** The loss of the network as given, in `precision`. */
export function lossJs(net: NetJs, precision: GradientPrecision = 'float64'): number {
  return lossFromZ1(prepare(net, precision));
}

/**
 * Central differences in `precision` for the listed entries of each parameter, at every h:
 * out[hIndex][tensor][k] ≈ ∂L/∂params[tensor][indices[tensor][k]].
 */
export function numericalGradientJs(
  net: NetJs,
  indices: ArrayLike<number>[],
  hs: readonly number[],
  precision: GradientPrecision,
): Float64Array[][] {
  const q = prepare(net, precision);
  const H = net.hidden;
  const f = (t: number, i: number, moved: number): number => {
    const original = q.p[t][i];
    q.p[t][i] = moved;
    const j = t === 0 ? i % H : i; // the hidden column W1[i, j] or b1[j] feeds
    if (t <= 1) column(q, j);
    const loss = lossFromZ1(q);
    q.p[t][i] = original;
    if (t <= 1) column(q, j);
    return loss;
  };
  return hs.map((h) =>
    q.p.map((p, t) =>
      Float64Array.from(indices[t], (i) => {
        const plus = f(t, i, q.round(p[i] + h));
        const minus = f(t, i, q.round(p[i] - h));
        return (plus - minus) / (2 * h);
      }),
    ),
  );
}

/**
 * The exact gradient in float64 by the book's backward formulas (SoftmaxWithLoss (y − t)/N,
 * Affine dW = xᵀ·dout, db = Σ dout, ReLU mask): the reference the U-curve measures numerical
 * error against, so that the curve shows the central difference's own error, not float32
 * backprop's rounding. Returns [dW1, db1, dW2, db2].
 */
export function gradientJs(net: NetJs): Float64Array[] {
  const q = prepare(net, 'float64');
  const { n, hidden: H, outputs: O, inputs: I } = net;
  const [, , W2, b2] = q.p;
  const g = [new Float64Array(I * H), new Float64Array(H), new Float64Array(H * O), new Float64Array(O)]; // prettier-ignore
  for (let s = 0; s < n; s++) {
    const z1 = q.z1.subarray(s * H, (s + 1) * H);
    const z2 = Float64Array.from(b2);
    for (let j = 0; j < H; j++)
      if (z1[j] > 0) for (let c = 0; c < O; c++) z2[c] += z1[j] * W2[j * O + c];
    const max = Math.max(...z2);
    const e = z2.map((v) => Math.exp(v - max));
    const sum = e.reduce((a, b) => a + b, 0);
    const dz2 = e.map((v, c) => (v / sum - (c === net.labels[s] ? 1 : 0)) / n);
    for (let c = 0; c < O; c++) g[3][c] += dz2[c];
    const dz1 = new Float64Array(H);
    for (let j = 0; j < H; j++) {
      if (z1[j] <= 0) continue;
      for (let c = 0; c < O; c++) {
        g[2][j * O + c] += z1[j] * dz2[c];
        dz1[j] += dz2[c] * W2[j * O + c];
      }
      g[1][j] += dz1[j];
    }
    const { idx, val } = q.rows[s];
    for (let k = 0; k < idx.length; k++)
      for (let j = 0; j < H; j++) g[0][idx[k] * H + j] += val[k] * dz1[j];
  }
  return g;
}
