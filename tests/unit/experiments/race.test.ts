// Races (race.ts) in Node on the CPU backend with the official MNIST: every lane draws the same
// batches, lanes grow together, Run / Pause / Step / Reset, a diverged lane stops alone, no leaks.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useNodeMnist } from '../../../src/data/mnist-node';
import { createRng } from '../../../src/engine';
import {
  createRace,
  disposeRace,
  racePause,
  raceReset,
  raceRun,
  raceStep,
  type RaceNet,
  type RaceOptions,
  type RaceProgress,
} from '../../../src/experiments/race';

beforeAll(() => useNodeMnist());

const net: RaceNet = { hiddenSizes: [30, 30], activation: 'relu', init: 'he' };
const RACE: RaceOptions = {
  variants: [
    { label: 'SGD', net, optimizer: 'sgd', lr: 0.01 },
    { label: 'SGD again', net, optimizer: 'sgd', lr: 0.01 },
    { label: 'Adam', net, optimizer: 'adam', lr: 0.001 },
  ],
  batchSize: 32, iterations: 40, seed: 3, trainSize: 2000, evalSize: 200,
}; // prettier-ignore

describe('race', () => {
  it('rngs with the same seed choose the same batches (what every lane relies on)', () => {
    const [a, b] = [createRng(20), createRng(20)];
    for (let i = 0; i < 5; i++) expect(Array.from(a.choice(2000, 32))).toEqual(Array.from(b.choice(2000, 32))); // prettier-ignore
    expect(Array.from(createRng(21).choice(2000, 32))).not.toEqual(Array.from(createRng(20).choice(2000, 32))); // prettier-ignore
  });

  it('the same batches for every lane; pause, step, run to the end; reset repeats; no leaks', async () => {
    const seen: RaceProgress[] = [];
    const before = tf.memory().numTensors;
    const id = await createRace(RACE, (p) => seen.push(p));
    expect(seen.at(-1)?.phase).toBe('ready');
    expect(seen.at(-1)?.lanes.map((l) => l.label)).toEqual(['SGD', 'SGD again', 'Adam']);

    // Pause as soon as the first round reports
    const run = raceRun(id);
    const stop = setInterval(() => {
      if ((seen.at(-1)?.iteration ?? 0) > 0) {
        racePause(id);
        clearInterval(stop);
      }
    }, 0);
    let p = await run;
    clearInterval(stop);
    expect(p.phase).toBe('paused');
    expect(p.iteration).toBeGreaterThan(0);
    expect(p.iteration).toBeLessThan(40);
    // lanes grow together: a round ends with every lane at the same iteration
    expect(p.lanes.map((l) => l.iteration)).toEqual(p.lanes.map(() => p.iteration));

    const q = await raceStep(id);
    expect(q.lanes.map((l) => l.iteration)).toEqual(q.lanes.map(() => p.iteration + 1));

    p = await raceRun(id);
    expect(p.phase).toBe('done');
    const [sgd, again, adam] = p.lanes;
    for (const l of p.lanes) {
      expect(l.loss).toHaveLength(40);
      expect(l.divergedAt).toBeNull();
      expect(l.evalAt).toEqual([40]);
      expect(l.examplesPerSecond).toBeGreaterThan(0);
    }
    // the same net, optimizer and batches: the very same curve (so the batches are the same)
    expect(Array.from(again.loss)).toEqual(Array.from(sgd.loss));
    // the same initial weights and first batch: Adam's first loss equals SGD's, then they part
    expect(adam.loss[0]).toBe(sgd.loss[0]);
    expect(adam.loss[1]).not.toBe(sgd.loss[1]);
    expect(sgd.loss[0]).toBeCloseTo(Math.log(10), 0);
    // Adam at 0.001 learns far faster than SGD at 0.01 (the book's Fig 6-9)
    const mean = (a: Float32Array) => a.slice(-10).reduce((s, v) => s + v, 0) / 10;
    expect(mean(adam.loss)).toBeLessThan(mean(sgd.loss) - 0.3);
    expect(p.examplesPerSecond).toBeGreaterThan(0);

    const r = await raceReset(id);
    expect(r.phase).toBe('ready');
    expect(r.lanes.every((l) => l.iteration === 0 && l.loss.length === 0)).toBe(true);
    const s = await raceStep(id);
    expect(s.lanes.map((l) => l.loss[0])).toEqual(p.lanes.map((l) => l.loss[0]));

    disposeRace(id);
    // only the shared MNIST stays, for the next race: host copies (device ones are made
    // on WebGL only), so no tensor of it on the CPU backend
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a lane that blows up stops; the others go on to the end', async () => {
    const before = tf.memory().numTensors;
    const o: RaceOptions = {
      ...RACE,
      iterations: 15,
      variants: [RACE.variants[0], { label: 'too fast', net, optimizer: 'sgd', lr: 80 }],
    };
    const id = await createRace(o, () => undefined);
    const p = await raceRun(id);
    expect(p.phase).toBe('done');
    const [ok, bad] = p.lanes;
    expect(ok.divergedAt).toBeNull();
    expect(ok.loss).toHaveLength(15);
    expect(bad.divergedAt).not.toBeNull();
    expect(bad.iteration).toBeLessThan(15);
    expect(p.iteration).toBe(15);
    disposeRace(id);
    expect(tf.memory().numTensors).toBe(before);
  });
});
