// What `::overfitting` trains with, checked exactly on the CPU backend: weight decay adds λW to
// every weight's gradient (nothing to the biases) and ½λΣW² to the loss; dropout follows the
// book's non-inverted convention (training: a fresh 0/1 mask keeping about 1 − ratio of the
// units, the gradient through the same mask; test: × (1 − ratio)); no tensor leaks.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createRng, Dropout, MultiLayerNet, scope, tensor, type Net } from '../../../src/engine';

const data = (seed: number, n: number, d: number, classes: number) => {
  const rng = createRng(seed);
  return {
    x: rng.normalArray(n * d),
    t: Int32Array.from({ length: n }, () => rng.int(classes)),
  };
};

/** loss and every parameter's gradient after one backward pass, as host arrays */
async function lossAndGrads(net: Net, x: Float32Array, t: Int32Array, n: number) {
  const out = scope(() => {
    const loss = net.loss(tensor(x, { shape: [n, x.length / n] }), tf.tensor1d(t, 'int32'));
    loss.backward();
    return [loss.value, ...net.params.map((p) => p.grad!.clone())];
  });
  const [loss, ...grads] = await Promise.all(out.map((g) => g.data() as Promise<Float32Array>));
  tf.dispose(out);
  net.zeroGrad();
  return { loss: loss[0], grads };
}

describe('weight decay (½λΣW² on the weights only)', () => {
  it('adds exactly λW to each weight gradient, nothing to the biases, ½λΣW² to the loss', async () => {
    const before = tf.memory().numTensors;
    const lambda = 0.1;
    const shape = { inputSize: 12, hiddenSizes: [9, 7, 6], outputSize: 4, seed: 11 };
    const plain = MultiLayerNet(shape);
    const decayed = MultiLayerNet({ ...shape, weightDecay: lambda });
    const { x, t } = data(3, 5, 12, 4);
    const a = await lossAndGrads(plain, x, t, 5);
    const b = await lossAndGrads(decayed, x, t, 5);
    const names = plain.params.map((p) => p.name);
    expect(names).toEqual(['W1', 'b1', 'W2', 'b2', 'W3', 'b3', 'W4', 'b4']);
    expect(decayed.params.map((p) => p.name)).toEqual(names);

    let sumSq = 0;
    for (const [i, p] of decayed.params.entries()) {
      const w = (await p.value.data()) as Float32Array;
      expect(Array.from(w)).toEqual(Array.from(await plain.params[i].value.data())); // same seed
      const diff = b.grads[i].map((g, j) => g - a.grads[i][j]);
      if (p.name.startsWith('W')) {
        sumSq += w.reduce((s, v) => s + v * v, 0);
        for (let j = 0; j < w.length; j++) expect(diff[j]).toBeCloseTo(lambda * w[j], 6);
        // and it is not trivially zero: λW is of the size of the weights
        expect(Math.max(...diff.map(Math.abs))).toBeGreaterThan(0.01);
      } else {
        expect(Math.max(...diff.map(Math.abs))).toBe(0);
      }
    }
    expect(b.loss - a.loss).toBeCloseTo(0.5 * lambda * sumSq, 4);
    plain.dispose();
    decayed.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("dropout, the book's convention", () => {
  it('test time multiplies by (1 − ratio); training keeps about 1 − ratio of the units', async () => {
    const before = tf.memory().numTensors;
    const ratio = 0.2;
    const n = 20_000;
    const x = createRng(1).normalArray(n);
    const layer = new Dropout('Dropout1', ratio, createRng(7));
    const [test, train] = await Promise.all(
      scope(() => {
        const xt = tensor(x, { shape: [100, n / 100] });
        return [layer.forward(xt, false).value, layer.forward(xt, true).value];
      }).map(async (v) => {
        const d = (await v.data()) as Float32Array;
        v.dispose();
        return d;
      }),
    );
    let testErr = 0;
    for (let i = 0; i < n; i++) testErr = Math.max(testErr, Math.abs(test[i] - (1 - ratio) * x[i]));
    expect(testErr).toBeLessThan(1e-6);
    // training: every unit either passes unchanged or is 0, and about 80% pass
    let kept = 0;
    let other = 0;
    for (let i = 0; i < n; i++) {
      if (train[i] === x[i]) kept++;
      else if (train[i] !== 0) other++;
    }
    expect(other).toBe(0);
    expect(kept / n).toBeGreaterThan(1 - ratio - 0.015);
    expect(kept / n).toBeLessThan(1 - ratio + 0.015);
    // so the expected training output matches the test output: E[m·x] = (1 − ratio)·x
    expect(tf.memory().numTensors).toBe(before);
  });

  it('masks are seeded, fresh for each pass, and the gradient flows through the same mask', async () => {
    const before = tf.memory().numTensors;
    const masks = (seed: number) => {
      const layer = new Dropout('d', 0.5, createRng(seed));
      return scope(() => {
        const x = tensor(new Float32Array(64).fill(1), { shape: [8, 8], requiresGrad: true });
        const y1 = layer.forward(x, true);
        y1.sum().backward();
        const g = x.grad!.clone();
        x.zeroGrad();
        return [y1.value, layer.forward(x, true).value, g];
      });
    };
    const read = async (ts: tf.Tensor[]) => {
      const out = await Promise.all(ts.map(async (t) => Array.from(await t.data())));
      tf.dispose(ts);
      return out;
    };
    const [a1, a2, ga] = await read(masks(42));
    const [b1] = await read(masks(42));
    const [c1] = await read(masks(43));
    expect(a1).toEqual(b1); // same seed, same mask
    expect(a1).not.toEqual(c1);
    expect(a1).not.toEqual(a2); // a new mask every forward pass
    expect(ga).toEqual(a1); // ∂(Σ x⊙m)/∂x = m
    expect(tf.memory().numTensors).toBe(before);
  });

  it("MultiLayerNet puts a Dropout after every hidden activation; at test time it is the net's output scaled", async () => {
    const before = tf.memory().numTensors;
    const shape = { inputSize: 10, hiddenSizes: [8, 8], outputSize: 3, seed: 2 };
    const net = MultiLayerNet({ ...shape, dropout: 0.2 });
    expect(net.layers.map((l) => l.name)).toEqual([
      'Affine1', 'Relu1', 'Dropout1', 'Affine2', 'Relu2', 'Dropout2', 'Affine3',
    ]); // prettier-ignore
    // test mode by hand: each hidden layer's output × 0.8
    const { x } = data(4, 6, 10, 3);
    const [got, want] = scope(() => {
      const xt = tensor(x, { shape: [6, 10] });
      const [A1, , , A2, , , A3] = net.layers;
      let h = A1.forward(xt, false).relu().mul(0.8);
      h = A2.forward(h, false).relu().mul(0.8);
      return [net.predict(xt, false).value, A3.forward(h, false).value];
    });
    const [g, w] = [await got.data(), await want.data()];
    tf.dispose([got, want]);
    for (let i = 0; i < g.length; i++) expect(g[i]).toBeCloseTo(w[i], 5);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
