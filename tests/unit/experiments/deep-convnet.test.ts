// The book's DeepConvNet (public/models/ch8-deep-convnet.*) in Node on the CPU backend: the layer
// stack's shapes (conv4's pad 2), the weights file checked, a slice of the official test set
// classified exactly as the book's own code does with these weights (its full run: 0.9935, 65
// wrong; this slice, digits 441–450, holds three of them), a drawn digit's probabilities and
// feature maps, stopping, and no tensor leaks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadBookWeights, type BookWeightsSource } from '../../../src/data/book-weights';
import { nodeMnistSource } from '../../../src/data/mnist-node';
import { DeepConvNet, deepConvNetShapes, scope, tensor } from '../../../src/engine';
import { FLOW_CELLS, shownLayers } from '../../../src/widgets/deep-convnet/parts/ShapeFlow';
import {
  CH8_WEIGHTS,
  disposeDeepConvnet,
  loadDeepConvnet,
  predictDeepConvnet,
  runDeepConvnet,
  setDeepConvnetSources,
} from '../../../src/experiments/deep-convnet';

const MODELS = resolve(import.meta.dirname, '../../../public/models');
const diskWeights: BookWeightsSource = {
  manifest: async (name) => JSON.parse(readFileSync(resolve(MODELS, `${name}.json`), 'utf8')),
  bin: async (name) => new Uint8Array(readFileSync(resolve(MODELS, `${name}.bin`))),
};

beforeAll(() => setDeepConvnetSources({ mnist: nodeMnistSource, weights: diskWeights }));
afterEach(() => disposeDeepConvnet());

describe('the DeepConvNet layer stack', () => {
  it('has the book shapes: 28 → 28 → 14 → 14 → 16 (pad 2) → 8 → 8 → 8 → 4, then 1024 → 50 → 10', () => {
    const shapes = deepConvNetShapes();
    expect(Object.fromEntries(shapes)).toEqual({
      W1: [16, 1, 3, 3], b1: [16], W2: [16, 16, 3, 3], b2: [16],
      W3: [32, 16, 3, 3], b3: [32], W4: [32, 32, 3, 3], b4: [32],
      W5: [64, 32, 3, 3], b5: [64], W6: [64, 64, 3, 3], b6: [64],
      W7: [1024, 50], b7: [50], W8: [50, 10], b8: [10],
    }); // prettier-ignore
    const before = tf.memory().numTensors;
    const net = DeepConvNet({ seed: 1 });
    const shape = scope(() => net.predict(tensor(new Float32Array(2 * 784), { shape: [2, 1, 28, 28] })).shape); // prettier-ignore
    expect(shape).toEqual([2, 10]);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses weights of the wrong shape, and frees what it made', () => {
    const before = tf.memory().numTensors;
    const weights = new Map([...deepConvNetShapes()].map(([k, s]) => [k, { shape: s, data: new Float32Array(s.reduce((a, b) => a * b, 1)) }])); // prettier-ignore
    weights.set('W4', { shape: [32, 32, 3, 3].map((d, i) => (i === 3 ? 5 : d)), data: new Float32Array(32 * 32 * 15) }); // prettier-ignore
    expect(() => DeepConvNet({ weights })).toThrow(/W4의 모양 \(32, 32, 3, 5\)/);
    weights.delete('b8');
    weights.set('W4', { shape: [32, 32, 3, 3], data: new Float32Array(9216) });
    expect(() => DeepConvNet({ weights })).toThrow(/b8/);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('the book weights on the official test digits (CPU backend)', () => {
  it('loads and checks the file: 123,552 numbers, the layers and their output shapes', async () => {
    const w = await loadBookWeights(CH8_WEIGHTS, { source: diskWeights });
    expect([...w.keys()].sort()).toEqual([...deepConvNetShapes().keys()].sort());
    const info = await loadDeepConvnet();
    expect(info.parameters).toBe(123_552);
    expect(info.n).toBe(10_000);
    const shapes = Object.fromEntries(info.layers.map((l) => [l.name, l.shape]));
    expect(shapes).toMatchObject({
      Conv1: [16, 28, 28], Conv2: [16, 28, 28], Pool1: [16, 14, 14],
      Conv3: [32, 14, 14], Conv4: [32, 16, 16], Pool2: [32, 8, 8],
      Conv5: [64, 8, 8], Conv6: [64, 8, 8], Pool3: [64, 4, 4],
      Affine1: [50], Dropout1: [50], Affine2: [10], Dropout2: [10],
    }); // prettier-ignore
    // the widget's flow holds this many cells before the weights are in: the input, the layers it
    // names, the parameter count
    expect(shownLayers(info.layers).length + 2).toBe(FLOW_CELLS);
    const bad = { ...diskWeights, bin: async () => new Uint8Array(494_208) };
    await expect(loadBookWeights(CH8_WEIGHTS, { source: bad })).rejects.toThrow(/sha256/);
  });

  it('digits 441–450: 7 right, and the book code’s mistakes 445 (6 → 0), 449 and 450 (3 → 5)', async () => {
    await loadDeepConvnet(); // the engine and the files first: their start is not a leak
    disposeDeepConvnet();
    const before = tf.memory().numTensors;
    const seen: number[] = [];
    const r = await runDeepConvnet({ start: 441, count: 10, onProgress: (p) => seen.push(p.done) }); // prettier-ignore
    disposeDeepConvnet();
    expect(tf.memory().numTensors).toBe(before);
    expect(r).toMatchObject({ done: 10, total: 10, correct: 7, stopped: false, backend: 'cpu' });
    expect(r.mistakes.map((m) => [m.index, m.label, m.predicted])).toEqual([
      [445, 6, 0],
      [449, 3, 5],
      [450, 3, 5],
    ]);
    // the probabilities of the book's code (numpy, float32 weights, both dropout scalings)
    expect(r.mistakes.map((m) => m.confidence)).toEqual([
      expect.closeTo(0.4406, 3),
      expect.closeTo(0.4727, 3),
      expect.closeTo(0.3158, 3),
    ]);
    expect(r.pixels.length).toBe(3 * 784);
    expect(seen.at(-1)).toBe(10);
    expect(r.batchSize).toBeGreaterThanOrEqual(1);
    expect(r.longestChunkMs).toBeGreaterThan(0);
  }, 60_000);

  it('a test digit as a drawing: its probabilities sum to 1, six feature maps, no leak', async () => {
    const { loadTestDigits } = await import('../../../src/experiments/inference-data');
    const test = await loadTestDigits();
    const px = Float32Array.from(test.images.subarray(0, 784), (v) => v / 255);
    await predictDeepConvnet({ pixels: px });
    const before = tf.memory().numTensors;
    const r = await predictDeepConvnet({ pixels: px, maps: true });
    expect(tf.memory().numTensors).toBe(before);
    expect(r.probs.indexOf(Math.max(...r.probs))).toBe(7); // test digit 0 is a 7
    expect(r.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(r.maps.map((m) => [m.name, m.channels, m.height, m.width])).toEqual([
      ['Relu1', 16, 28, 28],
      ['Relu2', 16, 28, 28],
      ['Relu3', 32, 14, 14],
      ['Relu4', 32, 16, 16],
      ['Relu5', 64, 8, 8],
      ['Relu6', 64, 8, 8],
    ]);
    expect(r.maps.every((m) => m.data.every((v) => v >= 0))).toBe(true);
    await expect(predictDeepConvnet({ pixels: new Float32Array(10) })).rejects.toThrow(/784/);
  });

  it('stops when asked, keeping what it counted', async () => {
    await loadDeepConvnet();
    const c = new AbortController();
    const r = await runDeepConvnet({
      count: 100,
      signal: c.signal,
      onProgress: () => c.abort(),
    });
    expect(r.stopped).toBe(true);
    expect(r.done).toBeLessThan(100);
    expect(r.correct).toBe(r.done); // the first 100 digits are all right
    await expect(runDeepConvnet({ start: 9_999, count: 2 })).rejects.toThrow(/1에서 1 사이/);
  }, 60_000);
});

describe('a slow backend: one digit longer than the target', () => {
  it('goes layer by layer (short synchronous stretches) with the same answers', async () => {
    await loadDeepConvnet();
    disposeDeepConvnet();
    const before = tf.memory().numTensors;
    // a target no forward pass can meet: batches of one, each layer its own stretch
    const r = await runDeepConvnet({ start: 443, count: 3, chunkMs: 0.001 });
    disposeDeepConvnet();
    expect(tf.memory().numTensors).toBe(before);
    expect(r.batchSize).toBe(1);
    expect(r.layerByLayer).toBe(true);
    expect(r.mistakes.map((m) => m.index)).toEqual([445]);
    expect(r.correct).toBe(2);
  }, 60_000);
});
