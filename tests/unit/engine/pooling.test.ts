// Max pooling's gradient goes to ONE element per window (the book's np.argmax, the first
// maximum), never to every tied element; checked on a hand-made window and on real MNIST
// digits, where blank patches make whole windows tie at the conv bias.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { gradientCheck, Pooling, scope, SimpleConvNet, tensor } from '../../../src/engine';
import { normalized } from '../../../src/data/mnist';
import { loadMnistNode } from '../../../src/data/mnist-node';

describe('max pooling backward (argmax routing)', () => {
  it('a window of equal values passes its gradient on once, to the first element', async () => {
    // one 2×2 window of ties, one with a single maximum at the end, one with a tie in the middle
    const before = tf.memory().numTensors;
    const pool = new Pooling('p');
    const [value, grad] = scope(() => {
      const x = tensor(
        [
          [
            [
              [1, 1, 0, 2],
              [1, 1, 0, 0],
              [0, 3, 3, 0],
              [0, 3, 0, 0],
            ],
          ],
        ],
        {
          requiresGrad: true,
        },
      );
      const out = pool.forward(x);
      out.sum().backward();
      const g = x.grad!;
      return [out.value, g];
    });
    expect(Array.from(await value.data())).toEqual([1, 2, 3, 3]);
    expect(Array.from(await grad.data())).toEqual([
      1, 0, 0, 1, // window (0,0): the first of four ties; window (0,1): its single 2
      0, 0, 0, 0,
      0, 1, 1, 0, // window (1,0): the first of two 3s; window (1,1): its single 3
      0, 0, 0, 0,
    ]); // prettier-ignore
    tf.dispose([value, grad]);
    pool.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('SimpleConvNet gradient check on real MNIST digits with positive conv biases', async () => {
    const data = await loadMnistNode({ trainChunks: 1 }); // the first 10,000 training digits
    const n = 3;
    const px = normalized(data.trainImages).subarray(0, n * 784);
    const x = tf.tensor(px, [n, 1, 28, 28]);
    const t = tf.tensor1d(Array.from(data.trainLabels.subarray(0, n)), 'int32');
    const net = SimpleConvNet({ filterNum: 4, hiddenSize: 20, weightInitStd: 0.1, seed: 7 });
    const [, b1] = net.params;
    b1.assign(tf.tensor1d([0.6, 0.8, 1, 1.2])); // > 0: every blank 2×2 window ties after ReLU
    const before = tf.memory().numTensors + 2; // + the im2col table, made once (even-sized pooling needs none)
    const rows = await gradientCheck(net, { x, t }, { h: 1e-3, samplesPerParam: 12 });
    expect(tf.memory().numTensors).toBe(before);
    expect(rows.map((r) => r.name)).toEqual(['W1', 'b1', 'W2', 'b2', 'W3', 'b3']);
    // the book's gradient_check prints the mean |backprop − numerical| per parameter; with the
    // tied-window bug b1's was ≈ 0.4–1.6 on these digits
    for (const r of rows) expect(r.meanAbsDiff, r.name).toBeLessThan(1e-3);
    net.dispose();
    tf.dispose([x, t]);
  });
});
