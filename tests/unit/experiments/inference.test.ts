// The book's ch. 3 inference network (public/models/ch3-sample-weight.*) on the official MNIST
// test set (public/data's test chunk), in Node on the CPU backend: exactly 9,352 of 10,000 right
// one image at a time and in batches, the same predictions either way, probabilities that agree
// with a plain float64 forward pass, stopping, the weights file's checks, and no tensor leaks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  checkWeightsManifest,
  loadBookWeights,
  parseBookWeights,
  type BookWeightsSource,
} from '../../../src/data/book-weights';
import { loadMnistNode, nodeMnistSource } from '../../../src/data/mnist-node';
import {
  disposeInference,
  inferenceProbabilities,
  loadInference,
  runInference,
  setInferenceSources,
  type InferenceRunResult,
} from '../../../src/experiments/inference';
import { BOOK_INFERENCE_LAYERS } from '../../../src/experiments/inference-meta';

const MODELS = resolve(import.meta.dirname, '../../../public/models');
const diskWeights: BookWeightsSource = {
  manifest: async (name) => JSON.parse(readFileSync(resolve(MODELS, `${name}.json`), 'utf8')),
  bin: async (name) => new Uint8Array(readFileSync(resolve(MODELS, `${name}.bin`))),
};

beforeAll(() => setInferenceSources({ mnist: nodeMnistSource, weights: diskWeights }));
afterEach(() => disposeInference());

/** Runs, frees the device copies, and checks the tensor count is back where it was. */
async function run(batchSize: number, extra: Partial<Parameters<typeof runInference>[0]> = {}) {
  await loadInference(); // the engine and the files first: their start is not a leak
  const before = tf.memory().numTensors;
  const r = await runInference({ batchSize, ...extra });
  disposeInference();
  expect(tf.memory().numTensors).toBe(before);
  return r;
}

describe('the book network on the official test set', () => {
  let batched: InferenceRunResult;

  it('loads the weights and only the test set: 10,000 digits, 784 → 50 → 100 → 10', async () => {
    const info = await loadInference();
    expect(info.n).toBe(10_000);
    expect(info.layers).toEqual([
      { W: [784, 50], b: [50] },
      { W: [50, 100], b: [100] },
      { W: [100, 10], b: [10] },
    ]);
    // the shapes the widget writes while this file is on its way
    expect(info.layers.map((l) => l.W)).toEqual(BOOK_INFERENCE_LAYERS);
    const official = await loadMnistNode({ trainChunks: 1 });
    // (Buffer.compare: a deep equal of 7.8 million numbers would take minutes)
    expect(Buffer.compare(info.labels, official.testLabels)).toBe(0);
    expect(Buffer.compare(info.images, official.testImages)).toBe(0);
  });

  it('in batches of 100 (the book): 9,352 of 10,000 right, 0.9352', async () => {
    batched = await run(100);
    expect(batched).toMatchObject({ done: 10_000, total: 10_000, stopped: false, backend: 'cpu' });
    expect(batched.correct).toBe(9352);
    expect(batched.correct / batched.total).toBe(0.9352);
    expect(batched.predictions.every((d) => d <= 9)).toBe(true);
    expect(batched.readbacks).toBeGreaterThanOrEqual(1);
  });

  it('one image at a time: the same 9,352 and the same prediction for every image', async () => {
    const seen: number[] = [];
    const single = await run(1, { onProgress: (p) => seen.push(p.done) });
    expect(single.correct).toBe(9352);
    expect(single.predictions).toEqual(batched.predictions);
    // argmax results read back in groups (about every 250 ms), never once per image
    expect(single.readbacks).toBe(seen.length);
    expect(single.readbacks).toBeLessThan(1000);
    expect(seen.at(-1)).toBe(10_000);
  }, 120_000);

  it('a batch size that does not divide 10,000 pads its last batch and counts only real rows', async () => {
    const r = await run(300, { count: 1000 });
    expect(r.done).toBe(1000);
    expect(r.predictions).toEqual(batched.predictions.subarray(0, 1000));
    const prefix = await run(7, { count: 50 });
    expect(prefix.done).toBe(50);
    expect(prefix.predictions).toEqual(batched.predictions.subarray(0, 50));
  });

  it('stops between groups when its signal aborts, with the numbers so far', async () => {
    const ctrl = new AbortController();
    const r = await run(10, {
      readEveryMs: 0,
      signal: ctrl.signal,
      onProgress: (p) => p.done >= 200 && ctrl.abort(),
    });
    expect(r.stopped).toBe(true);
    expect(r.readbacks).toBe(r.done / 10); // readEveryMs 0: one readback per batch
    expect(r.done).toBeGreaterThanOrEqual(200);
    expect(r.done).toBeLessThan(10_000);
    expect(r.predictions.subarray(0, r.done)).toEqual(batched.predictions.subarray(0, r.done));
    expect(r.predictions[r.done]).toBe(255);
  });

  it('probabilities: each row sums to 1, its argmax is the prediction, float64 agrees', async () => {
    await loadInference();
    const before = tf.memory().numTensors;
    const probs = await inferenceProbabilities();
    disposeInference();
    expect(tf.memory().numTensors).toBe(before);
    expect(probs).toHaveLength(100_000);
    const argmax = (row: Float32Array) => row.indexOf(Math.max(...row));
    for (let i = 0; i < 10_000; i += 97) {
      const row = probs.subarray(i * 10, i * 10 + 10);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(argmax(row)).toBe(batched.predictions[i]);
    }
    // The book's predict() in plain float64 for a few digits (an oracle without tfjs)
    const w = await loadBookWeights('ch3-sample-weight', { source: diskWeights });
    const info = await loadInference();
    const layer = (x: number[], W: string, b: string, last: boolean) => {
      const { data, shape } = w.get(W)!;
      const bias = w.get(b)!.data;
      const a = Array.from({ length: shape[1] }, (_, j) =>
        x.reduce((s, xi, i) => s + xi * data[i * shape[1] + j], bias[j]),
      );
      if (!last) return a.map((v) => 1 / (1 + Math.exp(-v)));
      const c = Math.max(...a);
      const e = a.map((v) => Math.exp(v - c));
      const sum = e.reduce((s, v) => s + v, 0);
      return e.map((v) => v / sum);
    };
    for (const i of [0, 1, 8, 4443, 9999]) {
      const x = Array.from(info.images.subarray(i * 784, (i + 1) * 784), (p) => p / 255);
      const y = layer(layer(layer(x, 'W1', 'b1', false), 'W2', 'b2', false), 'W3', 'b3', true);
      y.forEach((v, k) => expect(probs[i * 10 + k]).toBeCloseTo(v, 5));
    }
  });

  it('rejects a batch size out of range with a Korean message', async () => {
    await expect(runInference({ batchSize: 0 })).rejects.toThrow('배치 크기');
    await expect(runInference({ batchSize: 100, count: 10_001 })).rejects.toThrow('이미지 수');
  });
});

describe('the weights file format', () => {
  const manifest = () =>
    JSON.parse(readFileSync(resolve(MODELS, 'ch3-sample-weight.json'), 'utf8'));
  const bin = () => new Uint8Array(readFileSync(resolve(MODELS, 'ch3-sample-weight.bin')));

  it('reads W1…b3 with the book shapes (45,360 numbers)', async () => {
    const w = await parseBookWeights(checkWeightsManifest(manifest()), bin());
    expect([...w.keys()]).toEqual(['W1', 'W2', 'W3', 'b1', 'b2', 'b3']);
    expect(w.get('W1')!.shape).toEqual([784, 50]);
    expect([...w.values()].reduce((s, t) => s + t.data.length, 0)).toBe(45_360);
    expect(w.get('b3')!.data.every(Number.isFinite)).toBe(true);
  });

  it('refuses a truncated or altered file and a broken manifest, in Korean', async () => {
    const m = checkWeightsManifest(manifest());
    await expect(parseBookWeights(m, bin().subarray(0, 1000))).rejects.toThrow('잘렸을 수');
    const altered = bin();
    altered[5] ^= 1;
    await expect(parseBookWeights(m, altered)).rejects.toThrow('sha256');
    expect(() => checkWeightsManifest({ ...manifest(), dtype: 'float64' })).toThrow('float32');
    const t = manifest();
    t.tensors[0].shape = [784, 51];
    expect(() => checkWeightsManifest(t)).toThrow('W1');
    expect(() => checkWeightsManifest(null)).toThrow('JSON');
  });
});
