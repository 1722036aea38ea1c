// The engine's Convolution (im2col + matmul) and Pooling (gathered windows, first-maximum
// routing) forward AND backward against two oracles: tfjs's own tf.conv2d / tf.maxPool and their
// tfjs gradients (tests may use tf.grads; src/ may not), and central differences of our own
// forward. Ties in pooling included: tfjs's maxPool backprop also routes to the first maximum in
// row-major window order, like the book's np.argmax. (nets.test.ts checks the forward values of
// conv/pool with random inputs and the whole SimpleConvNet's gradient; pooling.test.ts the
// tie routing by hand; this file adds the backward passes against tfjs.)
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import {
  Convolution,
  createRng,
  numericalGradient,
  Parameter,
  Pooling,
  scope,
  Tensor,
} from '../../../src/engine';

const rng = createRng(11);
const toNhwc = (x: tf.Tensor) => tf.transpose(x, [0, 2, 3, 1]) as tf.Tensor4D;
const toNchw = (x: tf.Tensor) => tf.transpose(x, [0, 3, 1, 2]);

/** tfjs's convolution of NCHW x with [FN, C, FH, FW] filters, as NCHW (the oracle). */
function tfConv(x: tf.Tensor, W: tf.Tensor, b: tf.Tensor, stride: number, pad: number) {
  const filt = tf.transpose(W, [2, 3, 1, 0]) as tf.Tensor4D;
  const padded = tf.pad(toNhwc(x), [[0, 0], [pad, pad], [pad, pad], [0, 0]]); // prettier-ignore
  return tf.add(toNchw(tf.conv2d(padded, filt, stride, 'valid')), tf.reshape(b, [1, -1, 1, 1]));
}
const tfPool = (x: tf.Tensor) => toNchw(tf.maxPool(toNhwc(x), 2, 2, 'valid'));

const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i])));

describe('Convolution backward against tfjs and central differences', () => {
  const cases: Array<[number, number]> = [[1, 0], [2, 1], [1, 2], [3, 0]]; // prettier-ignore
  it.each(cases)(
    'stride %i, pad %i: out, ∂x, ∂W, ∂b equal tfjs conv2d and its gradients',
    async (stride, pad) => {
      const before = tf.memory().numTensors;
      const [N, C, H, W, FN, F] = [2, 2, 7, 6, 3, 3];
      const xP = new Parameter('x', rng.normalArray(N * C * H * W), [N, C, H, W]);
      const Wp = new Parameter('W', rng.normalArray(FN * C * F * F), [FN, C, F, F]);
      const bp = new Parameter('b', rng.normalArray(FN), [FN]);
      const conv = new Convolution('c', Wp, bp, stride, pad);
      const out = scope(() => conv.forward(xP).value);
      const g = tf.tensor(rng.normalArray(out.size), out.shape); // an arbitrary upstream gradient
      scope(() => conv.forward(xP).mul(new Tensor(g)).sum().backward());
      const oracle = tf.tidy(() => {
        const f = (x: tf.Tensor, w: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(tfConv(x, w, b, stride, pad), g)); // prettier-ignore
        const grads = tf.grads(f)([xP.value, Wp.value, bp.value]);
        return [tfConv(xP.value, Wp.value, bp.value, stride, pad), ...grads];
      });
      const [o, dx, dW, db] = await Promise.all(oracle.map((t) => t.data()));
      expect(out.shape).toEqual(oracle[0].shape);
      expect(maxDiff(await out.data(), o)).toBeLessThan(1e-4);
      expect(maxDiff(await xP.grad!.data(), dx)).toBeLessThan(1e-4);
      expect(maxDiff(await Wp.grad!.data(), dW)).toBeLessThan(1e-4);
      expect(maxDiff(await bp.grad!.data(), db)).toBeLessThan(1e-4);

      // central differences of our own forward, on every entry of x, W and b
      const analytic = await Promise.all([xP, Wp, bp].map((p) => p.grad!.data()));
      const numeric = await numericalGradient(
        () => conv.forward(xP).mul(new Tensor(g)).sum(),
        [xP, Wp, bp],
        1e-2,
      );
      // the loss is linear in each of x, W, b: float32 rounding is the only error
      numeric.forEach((n, k) => expect(maxDiff(n, analytic[k])).toBeLessThan(2e-2));
      tf.dispose([out, g, ...oracle]);
      conv.dispose();
      xP.dispose();
      expect(tf.memory().numTensors).toBe(before);
    },
  );
});

describe('Pooling (2×2, stride 2) forward and backward against tfjs, ties included', () => {
  /** Small integers: many windows hold two, three or four equal maxima. */
  const tied = (n: number) => Array.from({ length: n }, () => rng.int(3));

  it('tie-heavy input: the same maxima and the same routing as tf.maxPool and its gradient', async () => {
    const before = tf.memory().numTensors;
    const shape = [2, 3, 6, 8];
    const values = tied(2 * 3 * 6 * 8);
    values.splice(0, 2, 1, 1); // window (0, 0) of channel 0 starts with a tie of two
    values.splice(8, 2, 1, 1); // … and its second row ties too: four equal values
    const xP = new Parameter('x', Float32Array.from(values), shape);
    const pool = new Pooling('p');
    const out = scope(() => pool.forward(xP).value);
    const g = tf.tensor(rng.normalArray(out.size), out.shape);
    scope(() => pool.forward(xP).mul(new Tensor(g)).sum().backward());
    const oracle = tf.tidy(() => [
      tfPool(xP.value),
      tf.grad((x: tf.Tensor) => tf.sum(tf.mul(tfPool(x), g)))(xP.value),
    ]);
    const [o, dx] = await Promise.all(oracle.map((t) => t.data()));
    expect(Array.from(await out.data())).toEqual(Array.from(o));
    const ours = await xP.grad!.data();
    expect(maxDiff(ours, dx)).toBe(0);
    // every window passes its gradient on exactly once
    expect(ours.filter((v) => v !== 0).length).toBe(out.size);
    expect(ours[0]).not.toBe(0); // the first of the four tied ones
    expect([ours[1], ours[8], ours[9]]).toEqual([0, 0, 0]);
    tf.dispose([out, g, ...oracle]);
    xP.dispose();
    pool.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('distinct values: the backward equals central differences (odd size pools to the floor)', async () => {
    const shape = [1, 2, 5, 7]; // 5×7 → 2×3, the last row and column dropped, as the book
    const xP = new Parameter('x', rng.normalArray(70), shape);
    const pool = new Pooling('p');
    const g = tf.tensor(rng.normalArray(12), [1, 2, 2, 3]);
    const f = () => pool.forward(xP).mul(new Tensor(g)).sum();
    scope(() => f().backward());
    const analytic = await xP.grad!.data();
    const [numeric] = await numericalGradient(f, [xP], 1e-3);
    expect(maxDiff(numeric, analytic)).toBeLessThan(1e-2);
    expect(Array.from(analytic.slice(28, 35))).toEqual([0, 0, 0, 0, 0, 0, 0]); // row 4 of channel 0
    g.dispose();
    xP.dispose();
    pool.dispose();
  });
});
