// Batch normalisation's running statistics and test mode (book §6.3) on the CPU backend: the
// running averages after training forwards equal 0.9·old + 0.1·batch statistic computed by hand,
// test mode normalises with them (not with the batch's own), BN goes before or after ReLU as
// asked, and the experiment reads a race lane's statistics with no tensor left behind.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useNodeMnist } from '../../../src/data/mnist-node';
import { BatchNorm, MultiLayerNet, Net, tensor } from '../../../src/engine';
import { batchNormStats, raceBatchNormStats } from '../../../src/experiments/batch-norm';
import { BN_WEIGHT_SCALES } from '../../../src/experiments/batch-norm-meta';
import { createRace, disposeRace, raceStep, type RaceOptions } from '../../../src/experiments/race';

// Two batches of 4 samples × 3 units.
const A = [
  [1, 2, -1],
  [3, 0, -1],
  [5, 4, 2],
  [-1, 2, 4],
];
const B = [
  [0, 1, 2],
  [2, 1, 0],
  [4, -3, 1],
  [6, 1, 1],
];
const colMean = (x: number[][]) => x[0].map((_, j) => x.reduce((s, r) => s + r[j], 0) / x.length);
const colVar = (x: number[][]) => {
  const mu = colMean(x);
  return mu.map((m, j) => x.reduce((s, r) => s + (r[j] - m) ** 2, 0) / x.length); // ÷m as σ_B²
};

async function values(t: { value: tf.Tensor }): Promise<number[]> {
  return Array.from(await t.value.data());
}

describe('BatchNorm running statistics and test mode', () => {
  it('after two training forwards: μ_run = 0.9·(0.9·0 + 0.1·μ_A) + 0.1·μ_B, the same for σ²', async () => {
    const before = tf.memory().numTensors;
    const bn = new BatchNorm('BatchNorm1', 3, 1);
    const net = new Net([bn]);
    for (const x of [A, B]) tf.tidy(() => void bn.forward(tensor(x), true).value);
    const [layer] = await batchNormStats(net);
    expect(layer.name).toBe('BatchNorm1');
    const refMean = colMean(A).map((a, j) => 0.9 * (0.1 * a) + 0.1 * colMean(B)[j]);
    const refVar = colVar(A).map((a, j) => 0.9 * (0.1 * a) + 0.1 * colVar(B)[j]);
    Array.from(layer.mean).forEach((v, j) => expect(v).toBeCloseTo(refMean[j], 5));
    Array.from(layer.variance).forEach((v, j) => expect(v).toBeCloseTo(refVar[j], 5));
    // each array has its own buffer (so the worker can hand each over)
    expect(layer.mean.buffer).not.toBe(layer.variance.buffer);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('test mode: γ(x − μ_run)/√(σ²_run + ε) + β with the running statistics, not the batch’s', async () => {
    const before = tf.memory().numTensors;
    const bn = new BatchNorm('BatchNorm1', 3, 1);
    const gamma = [2, 0.5, -1];
    const beta = [0.1, -0.2, 0.3];
    bn.params[0].assign(tf.tensor1d(gamma));
    bn.params[1].assign(tf.tensor1d(beta));
    for (const x of [A, B, A]) tf.tidy(() => void bn.forward(tensor(x), true).value);
    const mu = await values(bn.runningMean);
    const v = await values(bn.runningVar);
    const out = tf.tidy(() => bn.forward(tensor(B), false).value);
    const got = Array.from(await out.data());
    out.dispose();
    const ref = B.flatMap((r) => r.map((x, j) => (gamma[j] * (x - mu[j])) / Math.sqrt(v[j] + bn.eps) + beta[j])); // prettier-ignore
    got.forEach((g, i) => expect(g).toBeCloseTo(ref[i], 4));
    // the batch's own statistics would give something else
    const own = B.flatMap((r) => r.map((x, j) => (gamma[j] * (x - colMean(B)[j])) / Math.sqrt(colVar(B)[j] + bn.eps) + beta[j])); // prettier-ignore
    expect(Math.max(...got.map((g, i) => Math.abs(g - own[i])))).toBeGreaterThan(0.5);
    // test mode leaves the running statistics alone
    expect(await values(bn.runningMean)).toEqual(mu);
    bn.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('batchNormPosition puts BatchNorm before ReLU (the book) or after it', () => {
    const names = (o: Parameters<typeof MultiLayerNet>[0]) => {
      const net = MultiLayerNet({ inputSize: 6, hiddenSizes: [4, 4], outputSize: 3, ...o });
      const n = net.layers.map((l) => l.name);
      net.dispose();
      return n;
    };
    expect(names({ batchNorm: true })).toEqual(
      ['Affine1', 'BatchNorm1', 'Relu1', 'Affine2', 'BatchNorm2', 'Relu2', 'Affine3'],
    ); // prettier-ignore
    expect(names({ batchNorm: true, batchNormPosition: 'after' })).toEqual(
      ['Affine1', 'Relu1', 'BatchNorm1', 'Affine2', 'Relu2', 'BatchNorm2', 'Affine3'],
    ); // prettier-ignore
  });

  it('the weight scales are np.logspace(0, −4, 16)', () => {
    expect(BN_WEIGHT_SCALES).toHaveLength(16);
    expect(BN_WEIGHT_SCALES[0]).toBe(1);
    expect(BN_WEIGHT_SCALES[15]).toBeCloseTo(1e-4, 12);
    expect(BN_WEIGHT_SCALES[1]).toBeCloseTo(0.5411695265464637, 12);
  });
});

describe('raceBatchNormStats', () => {
  beforeAll(() => useNodeMnist());

  it('reads a race lane’s running statistics (zeros before training), [] without BN, no leaks', async () => {
    const net = { hiddenSizes: [20, 20], activation: 'relu' as const, init: 0.1 };
    const o: RaceOptions = {
      variants: [
        { label: 'BN', net: { ...net, batchNorm: true }, optimizer: 'sgd', lr: 0.01 },
        { label: 'plain', net, optimizer: 'sgd', lr: 0.01 },
      ],
      batchSize: 20, iterations: 5, seed: 1, trainSize: 200, evalEvery: 5, evalSize: 50,
    }; // prettier-ignore
    const id = await createRace(o, () => undefined);
    const fresh = await raceBatchNormStats({ id, lane: 0 });
    expect(fresh.map((l) => l.name)).toEqual(['BatchNorm1', 'BatchNorm2']);
    expect(fresh.every((l) => l.mean.every((v) => v === 0) && l.variance.every((v) => v === 0))).toBe(true); // prettier-ignore

    await raceStep(id);
    const before = tf.memory().numTensors;
    const [first, second] = await raceBatchNormStats({ id, lane: 0 });
    expect(tf.memory().numTensors).toBe(before);
    expect(first.mean).toHaveLength(20);
    expect(second.variance).toHaveLength(20);
    // one step: μ_run = 0.1·μ_B and σ²_run = 0.1·σ²_B of the first batch (σ² ≥ 0, not all zero)
    expect(first.variance.every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
    expect(first.variance.some((v) => v > 0)).toBe(true);
    expect(first.mean.some((v) => v !== 0)).toBe(true);

    expect(await raceBatchNormStats({ id, lane: 1 })).toEqual([]);
    await expect(raceBatchNormStats({ id, lane: 7 })).rejects.toThrow(/7번/);
    disposeRace(id);
  });
});
