// The chapter 5 backprop experiments on the CPU backend: the book's shopping numbers from the
// engine's backward(), the engine's own order of the passes, the layer chain's gradients
// checked against formulas computed here independently, and no tensor leaks.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { shoppingGraph } from '../../../src/experiments/backprop';
import {
  layerBackprop,
  layerBackpropData,
  softmaxWithLoss,
} from '../../../src/experiments/backprop-layers';
import { BOOK_SHOPPING } from '../../../src/experiments/backprop-meta';

const close = (a: number[][], b: number[][], digits = 5) => {
  expect(a.length).toBe(b.length);
  a.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(b[i][j], digits)));
};
const matmul = (a: number[][], b: number[][]) =>
  a.map((r) => b[0].map((_, j) => r.reduce((s, v, k) => s + v * b[k][j], 0)));
const transpose = (a: number[][]) => a[0].map((_, j) => a.map((r) => r[j]));

describe('shoppingGraph', () => {
  it('the apple example: 220, dApple 2.2, dCount 110, dTax 200, without leaks', async () => {
    const before = tf.memory().numTensors;
    const r = await shoppingGraph({ example: 'apple', ...BOOK_SHOPPING });
    expect(tf.memory().numTensors).toBe(before);
    expect(r.values.appleTotal).toBeCloseTo(200, 4);
    expect(r.values.total).toBeCloseTo(220, 3);
    expect(r.grads.total).toBe(1);
    expect(r.grads.appleTotal).toBeCloseTo(1.1, 4);
    expect(r.grads.applePrice).toBeCloseTo(2.2, 4);
    expect(r.grads.appleCount).toBeCloseTo(110, 3);
    expect(r.grads.tax).toBeCloseTo(200, 4);
    expect(r.grads.orangePrice).toBeUndefined();
    expect(r.forwardOrder).toEqual(['appleTotal', 'total']);
    expect(r.backwardOrder).toEqual(['total', 'appleTotal']);
  });

  it('apples and oranges: 715, dApple 2.2, dOrange 3.3, dOrangeCount 165, dTax 650', async () => {
    const before = tf.memory().numTensors;
    const r = await shoppingGraph({ example: 'apple-orange', ...BOOK_SHOPPING });
    expect(tf.memory().numTensors).toBe(before);
    expect(r.values.subtotal).toBeCloseTo(650, 4);
    expect(r.values.total).toBeCloseTo(715, 3);
    expect(r.grads.subtotal).toBeCloseTo(1.1, 4);
    expect(r.grads.appleTotal).toBeCloseTo(1.1, 4);
    expect(r.grads.orangeTotal).toBeCloseTo(1.1, 4);
    expect(r.grads.applePrice).toBeCloseTo(2.2, 4);
    expect(r.grads.appleCount).toBeCloseTo(110, 3);
    expect(r.grads.orangePrice).toBeCloseTo(3.3, 4);
    expect(r.grads.orangeCount).toBeCloseTo(165, 3);
    expect(r.grads.tax).toBeCloseTo(650, 3);
    expect(r.forwardOrder).toEqual(['appleTotal', 'orangeTotal', 'subtotal', 'total']);
    // Reverse topological: the tax node first, then the add node, then the two products.
    expect(r.backwardOrder.slice(0, 2)).toEqual(['total', 'subtotal']);
    expect([...r.backwardOrder.slice(2)].sort()).toEqual(['appleTotal', 'orangeTotal']);
  });

  it('recomputes everything from edited inputs', async () => {
    const r = await shoppingGraph({
      example: 'apple-orange',
      applePrice: 120,
      appleCount: 5,
      orangePrice: 80,
      orangeCount: 1,
      tax: 1.2,
    });
    expect(r.values.total).toBeCloseTo((600 + 80) * 1.2, 2);
    expect(r.grads.appleCount).toBeCloseTo(120 * 1.2, 3);
    expect(r.grads.tax).toBeCloseTo(680, 3);
  });

  it('rejects a missing or non-finite input', async () => {
    await expect(shoppingGraph({ example: 'apple', applePrice: NaN })).rejects.toThrow(
      /applePrice/,
    );
  });
});

describe('softmaxWithLoss', () => {
  it("the notes' example: y = (0.2, 0.1, 0.7), t = (0, 0, 1) → y − t = (0.2, 0.1, −0.3)", async () => {
    const before = tf.memory().numTensors;
    const r = await softmaxWithLoss({ probs: [[0.2, 0.1, 0.7]], labels: [2] });
    expect(tf.memory().numTensors).toBe(before);
    close(r.y, [[0.2, 0.1, 0.7]]);
    close(r.grad, [[0.2, 0.1, -0.3]]);
    expect(r.loss).toBeCloseTo(-Math.log(0.7), 5);
  });

  it('a batch divides by N: (Y − T)/N', async () => {
    const r = await softmaxWithLoss({
      probs: [
        [0.2, 0.1, 0.7],
        [0.3, 0.5, 0.2],
      ],
      labels: [2, 0],
    });
    close(r.grad, [
      [0.1, 0.05, -0.15],
      [-0.35, 0.25, 0.1],
    ]);
  });
});

describe('layerBackprop', () => {
  for (const activation of ['relu', 'sigmoid'] as const) {
    it(`${activation}: every gradient matches the layer formulas, without leaks`, async () => {
      const before = tf.memory().numTensors;
      const r = await layerBackprop({ activation, batch: 3, seed: 0 });
      expect(tf.memory().numTensors).toBe(before);
      const d = layerBackpropData(3, 0);
      expect(r.x.flat()).toEqual(d.x);
      expect(r.labels).toEqual(d.labels);
      expect(r.backwardOrder).toEqual(['softmaxWithLoss', 'activation', 'affine']);
      // Forward, by hand.
      const a = matmul(r.x, r.w).map((row) => row.map((v, j) => v + r.b[j]));
      close(r.a, a);
      const h = a.map((row) =>
        row.map((v) => (activation === 'relu' ? Math.max(0, v) : 1 / (1 + Math.exp(-v)))),
      );
      close(r.h, h);
      // Softmax-with-Loss: (Y − T)/N.
      close(
        r.dH,
        r.y.map((row, i) => row.map((v, j) => (v - r.t[i][j]) / 3)),
      );
      // Activation: ∂L/∂A = ∂L/∂H ⊙ h′(A).
      const local = a.map((row, i) =>
        row.map((v, j) => (activation === 'relu' ? (v > 0 ? 1 : 0) : h[i][j] * (1 - h[i][j]))),
      );
      close(r.local, local);
      close(
        r.dA,
        r.dH.map((row, i) => row.map((v, j) => v * local[i][j])),
      );
      // Affine's two jobs and the bias.
      close(r.dW, matmul(transpose(r.x), r.dA));
      close(r.dX, matmul(r.dA, transpose(r.w)));
      r.db.forEach((v, j) =>
        expect(v).toBeCloseTo(
          r.dA.reduce((s, row) => s + row[j], 0),
          5,
        ),
      );
    });
  }

  it('the batch size sets the shapes', async () => {
    const r = await layerBackprop({ activation: 'relu', batch: 1, seed: 4 });
    expect(r.x).toHaveLength(1);
    expect(r.dX).toHaveLength(1);
    expect(r.dW).toHaveLength(2);
    expect(r.dW[0]).toHaveLength(3);
    expect(r.db).toHaveLength(3);
    await expect(layerBackprop({ activation: 'relu', batch: 5, seed: 0 })).rejects.toThrow(/batch/);
  });
});
