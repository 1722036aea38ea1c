// The interactive training session behind train-mnist, in Node on the CPU backend with the
// official MNIST: batches gathered on the device equal host-side slicing; Run / Pause / Step;
// the same seed gives the same numbers; predictions, mistakes, and no leaks.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useNodeMnist, loadMnistNode } from '../../../src/data/mnist-node';
import { DeviceDataset, readAll, scope } from '../../../src/engine';
import {
  createTrainer,
  disposeTrainer,
  trainerMistakes,
  trainerPause,
  trainerPredict,
  trainerRun,
  trainerStep,
  type TrainerOptions,
  type TrainerProgress,
} from '../../../src/experiments';

beforeAll(() => useNodeMnist());

const BOOK: TrainerOptions = {
  hiddenSize: 50, activation: 'relu', weightInitStd: 0.01, optimizer: 'sgd', lr: 0.1,
  batchSize: 100, iterations: 60, seed: 0, evalEvery: 60, evalSize: 1000,
}; // prettier-ignore

describe('DeviceDataset', () => {
  it('a batch gathered on the device (its copy made at the first device batch, later chunks appended) and one copied from the host copies both equal host-side slicing (÷255)', async () => {
    const data = await loadMnistNode({ trainChunks: 1 });
    const before = tf.memory().numTensors;
    const set = new DeviceDataset(784);
    set.append(data.trainImages.subarray(0, 2000 * 784), data.trainLabels.subarray(0, 2000));
    // no device copy until a device batch asks for one (off WebGL batches come from the host)
    expect(tf.memory().numTensors).toBe(before);
    scope(() => set.deviceBatch(Int32Array.from([0, 1999])).x.value).dispose();
    expect(tf.memory().numTensors).toBe(before + 2); // images + labels, one upload
    // a chunk arriving later is appended at the next device batch
    set.append(data.trainImages.subarray(2000 * 784, 3000 * 784), data.trainLabels.subarray(2000, 3000)); // prettier-ignore
    expect(set.size).toBe(3000);
    const rows = Int32Array.from([2999, 0, 17, 17, 1999, 2000, 1234]);
    for (const how of ['deviceBatch', 'hostBatch', 'batch'] as const) {
      const [x, t] = scope(() => {
        const b = set[how](rows);
        return [b.x.value, b.t];
      });
      expect(x.shape).toEqual([rows.length, 784]);
      const [xs, ts] = await readAll([x, t]);
      rows.forEach((r, i) => {
        const host = Array.from(data.trainImages.subarray(r * 784, (r + 1) * 784), (v) => v / 255);
        expect(Array.from(xs.subarray(i * 784, (i + 1) * 784))).toEqual(
          host.map((v) => Math.fround(v)),
        );
        expect(ts[i]).toBe(data.trainLabels[r]);
      });
      tf.dispose([x, t]);
    }
    const conv = scope(() => set.hostBatch(Int32Array.from([5, 6]), [2, 1, 28, 28]).x.value);
    expect(conv.shape).toEqual([2, 1, 28, 28]);
    conv.dispose();
    expect(() => set.hostBatch(Int32Array.from([3000]))).toThrow(/밖/);
    set.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('trainer sessions', () => {
  it('run, pause, step, predict, mistakes; the same seed gives the same losses; no leaks', async () => {
    const seen: TrainerProgress[] = [];
    const before = tf.memory().numTensors;
    const a = await createTrainer(BOOK, (p) => seen.push(p));
    expect(seen.at(-1)?.phase).toBe('ready');

    // Pause as soon as the first chunk reports
    let paused = false;
    const run = trainerRun(a);
    const stopAt = setInterval(() => {
      if (seen.at(-1)?.phase === 'running' || seen.at(-1)!.iteration > 0) {
        trainerPause(a);
        paused = true;
        clearInterval(stopAt);
      }
    }, 0);
    let p = await run;
    clearInterval(stopAt);
    expect(paused).toBe(true);
    expect(p.phase).toBe('paused');
    expect(p.iteration).toBeGreaterThan(0);
    expect(p.iteration).toBeLessThan(60);

    const next = await trainerStep(a);
    expect(next.iteration).toBe(p.iteration + 1);

    p = await trainerRun(a);
    expect(p.phase).toBe('done');
    expect(p.iteration).toBe(60);
    expect(p.loss).toHaveLength(60);
    expect(p.evalAt).toEqual([60]);
    expect(p.testAcc[0]).toBeGreaterThan(0.5); // 60 steps of the book's net: well above chance
    expect(p.loss[0]).toBeCloseTo(Math.log(10), 1);

    const probs = await trainerPredict(a, new Float32Array(784));
    expect(probs).toHaveLength(10);
    expect(probs.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 4);

    const wrong = await trainerMistakes(a, 5);
    expect(wrong).toHaveLength(5);
    for (const m of wrong) {
      expect(m.predicted).not.toBe(m.label);
      expect(m.pixels).toHaveLength(784);
    }

    // Reset = a new session with the same options: the same first losses (float32, same backend)
    const b = await createTrainer(BOOK, () => undefined);
    const q = await trainerRun(b);
    expect(Array.from(q.loss.slice(0, 10))).toEqual(Array.from(p.loss.slice(0, 10)));

    disposeTrainer(a);
    disposeTrainer(b);
    // only the shared MNIST stays, for the next Reset: host copies (device ones are made
    // on WebGL only), so no tensor of it on the CPU backend
    expect(tf.memory().numTensors).toBe(before);
  });
});
