// Layers and nets: convolution and pooling against tfjs's kernels, gradient checks (the book's
// gradient_check.py) for every kind of net, and memory: no tensor left behind.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  Convolution,
  createOptimizer,
  createRng,
  gradientCheck,
  initBias,
  initWeight,
  MultiLayerNet,
  numericalGradient,
  Parameter,
  Pooling,
  scope,
  SimpleConvNet,
  tensor,
  TwoLayerNet,
} from '../../../src/engine';

const rng = createRng(5);
const batch = (n: number, shape: number[], classes: number) => ({
  x: tf.tensor(rng.uniformArray(n * shape.reduce((a, b) => a * b, 1)), [n, ...shape]),
  t: tf.tensor1d(
    Array.from({ length: n }, () => rng.int(classes)),
    'int32',
  ),
});

describe('convolution and pooling (im2col) match tfjs', () => {
  it('Convolution forward = tf.conv2d (NCHW ↔ NHWC), with stride and padding', () => {
    scope((): void => {
      const [N, C, H, W, FN, F] = [2, 3, 7, 6, 4, 3];
      const x = tf.tensor(rng.normalArray(N * C * H * W), [N, C, H, W]);
      const Wp = new Parameter('W', rng.normalArray(FN * C * F * F), [FN, C, F, F]);
      const b = initBias('b', FN);
      for (const [stride, pad] of [
        [1, 0],
        [2, 1],
        [1, 2],
      ]) {
        const conv = new Convolution('c', Wp, b, stride, pad);
        const ours = conv.forward(tensor(x)).value;
        const nhwc = tf.transpose(x, [0, 2, 3, 1]) as tf.Tensor4D;
        const filt = tf.transpose(Wp.value, [2, 3, 1, 0]) as tf.Tensor4D;
        const padded = tf.pad(nhwc, [
          [0, 0],
          [pad, pad],
          [pad, pad],
          [0, 0],
        ]);
        const theirs = tf.transpose(tf.conv2d(padded, filt, stride, 'valid'), [0, 3, 1, 2]);
        expect(ours.shape).toEqual(theirs.shape);
        const d = tf.max(tf.abs(tf.sub(ours, theirs))).dataSync()[0];
        expect(d).toBeLessThan(1e-4);
      }
      Wp.dispose();
      b.dispose();
    });
  });

  it('Pooling forward = tf.maxPool', () => {
    scope((): void => {
      const x = tf.tensor(rng.normalArray(2 * 3 * 6 * 8), [2, 3, 6, 8]);
      const ours = new Pooling('p').forward(tensor(x)).value;
      const theirs = tf.transpose(
        tf.maxPool(tf.transpose(x, [0, 2, 3, 1]) as tf.Tensor4D, 2, 2, 'valid'),
        [0, 3, 1, 2],
      );
      expect(tf.max(tf.abs(tf.sub(ours, theirs))).dataSync()[0]).toBe(0);
    });
  });
});

describe('gradient check (backprop vs central differences, float32)', () => {
  it('TwoLayerNet (book: 784-50-10 on 3 images; here on a smaller net)', async () => {
    const net = TwoLayerNet({
      inputSize: 30,
      hiddenSize: 10,
      outputSize: 4,
      weightInitStd: 0.5,
      seed: 1,
    });
    const b = batch(3, [30], 4);
    const before = tf.memory().numTensors;
    const rows = await gradientCheck(net, b, { h: 1e-2, samplesPerParam: 15 });
    expect(tf.memory().numTensors).toBe(before);
    expect(rows.map((r) => r.name)).toEqual(['W1', 'b1', 'W2', 'b2']);
    for (const r of rows) expect(r.meanAbsDiff, r.name).toBeLessThan(1e-3);
    net.dispose();
    tf.dispose(b);
  });

  it('MultiLayerNet with batch norm, weight decay, tanh', async () => {
    const net = MultiLayerNet({
      inputSize: 12,
      hiddenSizes: [8, 6],
      outputSize: 3,
      activation: 'tanh',
      batchNorm: true,
      weightDecay: 0.1,
      seed: 2,
    });
    const b = batch(5, [12], 3);
    const rows = await gradientCheck(net, b, { h: 1e-2, samplesPerParam: 10 });
    expect(rows.map((r) => r.name)).toEqual([
      'W1',
      'b1',
      'gamma1',
      'beta1',
      'W2',
      'b2',
      'gamma2',
      'beta2',
      'W3',
      'b3',
    ]);
    for (const r of rows) expect(r.meanAbsDiff, r.name).toBeLessThan(2e-3);
    net.dispose();
    tf.dispose(b);
  });

  it('SimpleConvNet (conv via im2col, max pooling)', async () => {
    const net = SimpleConvNet({
      inputDim: [1, 8, 8],
      filterNum: 3,
      filterSize: 3,
      hiddenSize: 6,
      outputSize: 3,
      weightInitStd: 1,
      seed: 3,
    });
    const b = batch(2, [1, 8, 8], 3);
    // h = 1e-3: with 1e-2 a hidden ReLU input near 0 crosses its kink and the difference is wrong
    const rows = await gradientCheck(net, b, { h: 1e-3, samplesPerParam: 10 });
    for (const r of rows) expect(r.meanAbsDiff, r.name).toBeLessThan(5e-4);
    net.dispose();
    tf.dispose(b);
  });

  it('numericalGradient of f(x0, x1) = x0² + x1² at (3, 4) is (6, 8) (book ch. 4)', async () => {
    const p = new Parameter('x', Float32Array.of(3, 4), [2]);
    const [g] = await numericalGradient(() => p.pow(2).sum(), [p], 1e-2);
    expect(g[0]).toBeCloseTo(6, 2);
    expect(g[1]).toBeCloseTo(8, 2);
    p.dispose();
  });
});

describe('memory', () => {
  it('training steps, dropout and batch norm leave the tensor count where it was; dispose frees all', () => {
    const base = tf.memory().numTensors;
    const net = MultiLayerNet({
      inputSize: 20,
      hiddenSizes: [16, 16],
      outputSize: 5,
      batchNorm: true,
      dropout: 0.2,
      weightDecay: 0.01,
      seed: 4,
    });
    const opt = createOptimizer('adam', 0.01);
    const b = batch(8, [20], 5);
    const losses: number[] = [];
    const step = () =>
      scope(() => {
        const loss = net.loss(tensor(b.x), b.t);
        loss.backward();
        opt.step(net.params);
        net.zeroGrad();
        return loss.value;
      });
    tf.dispose(step()); // creates optimizer state
    const after1 = tf.memory().numTensors;
    for (let i = 0; i < 30; i++) {
      const l = step();
      losses.push(l.dataSync()[0]);
      l.dispose();
    }
    expect(tf.memory().numTensors).toBe(after1);
    expect(losses.at(-1)!).toBeLessThan(losses[0]);
    net.dispose();
    opt.dispose();
    tf.dispose(b);
    expect(tf.memory().numTensors).toBe(base);
  });

  it('same seed, same numbers', () => {
    const a = TwoLayerNet({ seed: 9 }), b = TwoLayerNet({ seed: 9 }), c = TwoLayerNet({ seed: 10 }); // prettier-ignore
    expect(a.params[0].host).toEqual(b.params[0].host);
    expect(a.params[0].host).not.toEqual(c.params[0].host);
    [a, b, c].forEach((n) => n.dispose());
  });
});

describe('convolution shapes and initialisation follow the book', () => {
  it('conv filters [FN, C, FH, FW] use fan-in C·FH·FW for He and Xavier', async () => {
    const spread = async (init: 'he' | 'xavier') => {
      const W = initWeight('W', [64, 3, 5, 5], init, createRng(1));
      const v = await W.data();
      W.dispose();
      return Math.sqrt(v.reduce((s, x) => s + x * x, 0) / v.length);
    };
    expect(await spread('he')).toBeCloseTo(Math.sqrt(2 / 75), 2);
    expect(await spread('xavier')).toBeCloseTo(Math.sqrt(1 / 75), 2);
  });

  it('an odd conv output pools to the floor, like the book (27×27 → conv 23 → pool 11)', async () => {
    const net = SimpleConvNet({ inputDim: [1, 27, 27], filterNum: 2, hiddenSize: 5, seed: 1 });
    expect(net.params[2].shape).toEqual([2 * 11 * 11, 5]);
    const y = scope(() => net.predict(tensor(tf.zeros([2, 1, 27, 27]))).value);
    expect(y.shape).toEqual([2, 10]);
    y.dispose();
    net.dispose();
  });
});
