// The hyperparameter search's pieces in Node (tfjs CPU): the sampler draws the book's
// log-uniform ranges reproducibly, the split is 400/100 of the first 500 training digits with
// no overlap, and a short trial trains the book's network without leaking tensors.
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeMnistSource } from '../../../src/data/mnist-node';
import {
  disposeSearchData,
  searchTrial,
  setSearchSource,
  splitIndices,
} from '../../../src/experiments/search';
import { rankTrials, sampleTrials, SEARCH_BOOK } from '../../../src/experiments/search-meta';

beforeAll(() => setSearchSource(nodeMnistSource));
afterAll(() => disposeSearchData());

describe('sampleTrials', () => {
  it('draws lr = 10^U(−6, −2) and λ = 10^U(−8, −4), the same for the same seed', () => {
    const a = sampleTrials(0, 2000);
    expect(sampleTrials(0, 2000)).toEqual(a);
    expect(sampleTrials(1, 5).map((t) => t.lr)).not.toEqual(a.slice(0, 5).map((t) => t.lr));
    expect(sampleTrials(0, 7)).toEqual(a.slice(0, 7)); // a prefix: more trials keep the first ones
    const lrLog = a.map((t) => Math.log10(t.lr));
    const wdLog = a.map((t) => Math.log10(t.weightDecay));
    for (const v of lrLog) expect(v >= -6 && v < -2).toBe(true);
    for (const v of wdLog) expect(v >= -8 && v < -4).toBe(true);
    // roughly uniform in the exponent: mean at the middle, each quarter about a quarter
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(lrLog)).toBeCloseTo(-4, 1);
    expect(mean(wdLog)).toBeCloseTo(-6, 1);
    for (let q = 0; q < 4; q++) {
      const share = lrLog.filter((v) => v >= -6 + q && v < -5 + q).length / lrLog.length;
      expect(share).toBeGreaterThan(0.2);
      expect(share).toBeLessThan(0.3);
    }
    expect(new Set(a.map((t) => t.seed)).size).toBe(a.length);
  });

  it('ranks by the last validation accuracy, ties by index', () => {
    const r = rankTrials([
      { index: 0, valAcc: [0.1, 0.5] },
      { index: 1, valAcc: [0.9] },
      { index: 2, valAcc: [0.5] },
    ]);
    expect(r.map((t) => t.index)).toEqual([1, 0, 2]);
  });
});

describe('splitIndices', () => {
  it('splits the first 500 training digits into 400 train and 100 validation, no overlap', () => {
    const { train, validation } = splitIndices(3);
    expect([train.length, validation.length]).toEqual([400, 100]);
    const all = new Set([...train, ...validation]);
    expect(all.size).toBe(500);
    for (const i of all) expect(i >= 0 && i < SEARCH_BOOK.digits).toBe(true);
    expect(splitIndices(3)).toEqual({ train, validation });
    expect(splitIndices(4).validation).not.toEqual(validation); // shuffled by the seed
  });
});

describe('searchTrial', () => {
  it('a 2-epoch trial evaluates after each epoch, repeats exactly, and leaks nothing', async () => {
    const o = { lr: 0.01, weightDecay: 1e-6, seed: 5, splitSeed: 0, epochs: 2 };
    const one = await searchTrial({ ...o, epochs: 1 }); // uploads the split (kept for later trials)
    const before = tf.memory().numTensors;
    const t0 = performance.now();
    const r = await searchTrial(o);
    console.log(`2-epoch trial: ${(performance.now() - t0).toFixed(0)} ms, val ${r.valAcc}`);
    expect(tf.memory().numTensors).toBe(before);
    expect(r.trainAcc).toHaveLength(2);
    expect(r.valAcc).toHaveLength(2);
    for (const a of [...r.trainAcc, ...r.valAcc]) expect(a >= 0 && a <= 1).toBe(true);
    for (const a of r.valAcc) expect(a * 100).toBeCloseTo(Math.round(a * 100), 6); // of 100 digits
    expect(r.divergedAt).toBeNull();
    // the same seed draws the same weights and batches: the first epoch repeats exactly
    expect(r.valAcc[0]).toBe(one.valAcc[0]);
    expect(r.trainAcc[0]).toBe(one.trainAcc[0]);
    // a stopped trial frees its network
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(searchTrial({ ...o, signal: ctrl.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    disposeSearchData(); // host copies only on the CPU backend: no tensor to free
    expect(tf.memory().numTensors).toBe(before);
  });
});
