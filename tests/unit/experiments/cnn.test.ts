// The cnn experiments (cnn.ts) and the race's 'simple-conv' lane in Node on the CPU backend with
// the official MNIST: a SimpleConvNet lane learns beside the two-layer net on the same batches,
// its filters and feature maps read back with the right shapes and change with training, the
// initial filters are SimpleConvNet's own, the book's trained weights score as the book says on a
// slice of the test set, and nothing leaks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BookWeightsSource } from '../../../src/data/book-weights';
import { nodeMnistSource, useNodeMnist } from '../../../src/data/mnist-node';
import { SimpleConvNet } from '../../../src/engine';
import { cnnInitialFilters, cnnScore, cnnView, setCnnWeightsSource } from '../../../src/experiments/cnn'; // prettier-ignore
import { setInferenceSources } from '../../../src/experiments/inference-data';
import { createRace, disposeRace, raceRun, raceStep, type RaceOptions } from '../../../src/experiments/race'; // prettier-ignore

const MODELS = resolve(import.meta.dirname, '../../../public/models');
const diskWeights: BookWeightsSource = {
  manifest: async (name) => JSON.parse(readFileSync(resolve(MODELS, `${name}.json`), 'utf8')),
  bin: async (name) => new Uint8Array(readFileSync(resolve(MODELS, `${name}.bin`))),
};

beforeAll(() => {
  useNodeMnist();
  setInferenceSources({ mnist: nodeMnistSource });
  setCnnWeightsSource(diskWeights);
});

const RACE: RaceOptions = {
  variants: [
    // Adam at 10× the book's rate: the book's 0.001 needs more than a few steps of 10 to move
    { label: 'CNN', net: { kind: 'simple-conv' }, optimizer: 'adam', lr: 0.01 },
    { label: '2층', net: { hiddenSizes: [50], init: 0.01 }, optimizer: 'sgd', lr: 0.1 },
  ],
  batchSize: 10, iterations: 8, seed: 5, trainSize: 200, evalSize: 100,
}; // prettier-ignore

const mean = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0) / a.length;

// (the book's net first: a race leaves the shared MNIST on the device, freed 30 s later)
describe("the book's trained SimpleConvNet", () => {
  it('scores as the book says on the first 500 test digits; view of a digit; no leaks', async () => {
    await cnnView({ source: 'book', digit: 0 }); // files loaded and the engine started
    const before = tf.memory().numTensors;
    const seen: number[] = [];
    const s = await cnnScore({ source: 'book', n: 500 }, (p) => seen.push(p.done));
    expect(s.total).toBe(500);
    expect(seen.at(-1)).toBe(500);
    // the book's net misses 110 of all 10,000 (0.989), 6 of the first 500 (the browser test checks
    // the same 494 on wasm)
    expect(s.correct).toBe(494);
    const v = await cnnView({ source: 'book', digit: 1 });
    expect(v.label).toBe(2);
    expect(v.filters).toHaveLength(750);
    expect(tf.memory().numTensors).toBe(before);
    await expect(cnnView({ source: 'book', digit: 10_000 })).rejects.toThrow(/번호/);
    console.info(
      `book SimpleConvNet: ${s.correct} / 500 in ${s.ms.toFixed(0)} ms (tfjs-cpu, Node)`,
    );
  }, 120_000);
});

describe('SimpleConvNet in a race', () => {
  it('the initial filters are the ones SimpleConvNet({ seed }) draws', () => {
    const net = SimpleConvNet({ seed: 5 });
    expect(Array.from(cnnInitialFilters(5))).toEqual(Array.from(net.layers[0].params[0].host));
    expect(Array.from(cnnInitialFilters(6))).not.toEqual(Array.from(cnnInitialFilters(5)));
    net.dispose();
  });

  it('learns beside the two-layer net: loss falls, filters and maps change; no leaks', async () => {
    const before = tf.memory().numTensors;
    const id = await createRace(RACE, () => undefined);
    const first = await cnnView({ source: { race: id, lane: 0 }, digit: 0 });
    expect(first.filters).toHaveLength(750);
    expect(first.maps).toHaveLength(30 * 24 * 24);
    expect(first.image).toHaveLength(784);
    expect(first.label).toBe(7); // the official test set starts with a 7
    expect(Array.from(first.filters)).toEqual(Array.from(cnnInitialFilters(5)));
    expect(Math.min(...first.maps)).toBeGreaterThanOrEqual(0); // after ReLU

    const t0 = performance.now();
    await raceStep(id);
    const stepMs = performance.now() - t0;
    const p = await raceRun(id);
    expect(p.phase).toBe('done');
    const [cnn, mlp] = p.lanes;
    expect(cnn.loss).toHaveLength(8);
    expect(mlp.loss).toHaveLength(8);
    expect(cnn.loss[0]).toBeCloseTo(Math.log(10), 1);
    console.info(`CNN losses: ${Array.from(cnn.loss, (l) => l.toFixed(3)).join(' ')}`);
    expect(mean(cnn.loss.slice(-3))).toBeLessThan(cnn.loss[0] - 0.05);
    expect(cnn.testAcc).toHaveLength(1);
    const now = await cnnView({ source: { race: id, lane: 0 }, digit: 0 });
    const moved = Math.max(...now.filters.map((v, i) => Math.abs(v - first.filters[i])));
    expect(moved).toBeGreaterThan(0.01);
    // the whole test set, on demand
    const full = await cnnScore({ source: { race: id, lane: 0 }, n: 100 });
    expect(full.total).toBe(100);
    expect(full.correct).toBe(Math.round(cnn.testAcc[0] * 100)); // the race's own first 100
    console.info(
      `SimpleConvNet (batch 10) on tfjs-cpu in Node: one step ≈ ${stepMs.toFixed(0)} ms; ` +
        `race rate ${cnn.examplesPerSecond.toFixed(0)} examples/s (CNN), ${mlp.examplesPerSecond.toFixed(0)} (2-layer)`,
    );
    await expect(cnnView({ source: { race: id, lane: 2 }, digit: 0 })).rejects.toThrow();
    await expect(cnnView({ source: { race: id, lane: 1 }, digit: 0 })).rejects.toThrow(/합성곱/);
    disposeRace(id);
    // only the shared MNIST stays, for the next race: host copies (device ones are made
    // on WebGL only), so no tensor of it on the CPU backend
    expect(tf.memory().numTensors).toBe(before);
  }, 300_000);
});
