// A chunk of training steps redone after a WebGL context loss must repeat exactly: the same
// batches, the same dropout masks, the same Adam step size. Parameters come back from their
// host snapshots; hostCheckpoint() rewinds the rest. Here the "loss" is simulated on the CPU
// backend by restoring every parameter from its snapshot, as the engine does after a switch.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  createOptimizer,
  createRng,
  hostCheckpoint,
  MultiLayerNet,
  readAll,
  scope,
  snapshot,
  tensor,
  type Parameter,
} from '../../../src/engine';

function setup() {
  const net = MultiLayerNet({
    inputSize: 6,
    hiddenSizes: [8, 8],
    outputSize: 3,
    dropout: 0.3,
    seed: 4,
  });
  const opt = createOptimizer('adam', 0.01);
  const rng = createRng(9);
  const data = createRng(1).uniformArray(40 * 6);
  const labels = Int32Array.from({ length: 40 }, (_, i) => i % 3);
  const steps = async (n: number) => {
    const losses: tf.Tensor[] = [];
    for (let s = 0; s < n; s++) {
      const rows = rng.choice(40, 5);
      const x = Float32Array.from(
        { length: 30 },
        (_, k) => data[rows[Math.floor(k / 6)] * 6 + (k % 6)],
      );
      const t = tf.tensor1d(
        Int32Array.from(rows, (r) => labels[r]),
        'int32',
      );
      losses.push(
        scope(() => {
          const l = net.loss(tensor(x, { shape: [5, 6] }), t);
          l.backward();
          opt.step(net.params);
          net.zeroGrad();
          return l.value;
        }),
      );
      t.dispose();
    }
    const v = (await readAll(losses)).map((a) => a[0]);
    tf.dispose(losses);
    return v;
  };
  const persistent = (): Parameter[] => [...net.params, ...opt.stateParams()];
  return { net, opt, rng, steps, persistent };
}

describe('redoing a chunk after a backend loss', () => {
  it('with hostCheckpoint the redone chunk repeats the first attempt exactly', async () => {
    const { net, opt, rng, steps, persistent } = setup();
    await steps(3); // an earlier chunk, so Adam's state exists and t > 0
    await snapshot(persistent());
    const rewind = hostCheckpoint(net, opt, [rng]);
    const first = await steps(4);
    persistent().forEach((p) => p.restore()); // what the engine does on the new backend
    rewind();
    const again = await steps(4);
    expect(again).toEqual(first);
    net.dispose();
    opt.dispose();
  });

  it('without it the batches, masks and Adam step differ (so the test above can fail)', async () => {
    const { net, opt, steps, persistent } = setup();
    await steps(3);
    await snapshot(persistent());
    const first = await steps(4);
    persistent().forEach((p) => p.restore());
    const again = await steps(4);
    expect(again).not.toEqual(first);
    net.dispose();
    opt.dispose();
  });
});
