// The widgets' race session (race-session.ts) against the real race in-process (tfjs CPU, the
// official MNIST): open → ready, Run → running, Pause → paused with every lane at one iteration,
// Step, 초기화 (the same first losses), a new race for new options, nothing left after close.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useNodeMnist } from '../../../src/data/mnist-node';
import type { RaceNet, RaceOptions } from '../../../src/experiments/race-meta';

vi.mock('../../../src/experiments/client', async () => {
  const race = await vi.importActual<typeof import('../../../src/experiments/race')>(
    '../../../src/experiments/race',
  );
  return { ...race, racePause: async (id: number) => race.racePause(id) };
});
const { RaceSession } = await import('../../../src/widgets/optimizer-mnist/race-session');

beforeAll(() => useNodeMnist());

const net: RaceNet = { hiddenSizes: [20], activation: 'relu', init: 'he' };
const options = (iterations: number): RaceOptions => ({
  variants: [
    { label: 'SGD', net, optimizer: 'sgd', lr: 0.01 },
    { label: 'Adam', net, optimizer: 'adam', lr: 0.001 },
  ],
  batchSize: 16, iterations, seed: 1, trainSize: 1000, evalSize: 100,
}); // prettier-ignore

describe('RaceSession', () => {
  it('open, run, pause, step, reset, new options, close', async () => {
    const before = tf.memory().numTensors;
    const s = new RaceSession();
    const view = () => s.snapshot();
    s.open(options(400));
    await vi.waitFor(() => expect(view().status).toBe('ready'), { timeout: 20_000 });
    expect(view().progress?.lanes.map((l) => l.label)).toEqual(['SGD', 'Adam']);

    s.run();
    await vi.waitFor(() => expect(view().progress?.iteration).toBeGreaterThan(0), { timeout: 20_000 }); // prettier-ignore
    expect(view().status).toBe('running');
    s.pause();
    await vi.waitFor(() => expect(view().status).toBe('paused'), { timeout: 20_000 });
    const p = view().progress!;
    expect(p.iteration).toBeLessThan(400);
    expect(p.lanes.map((l) => l.iteration)).toEqual([p.iteration, p.iteration]);
    const first = p.lanes.map((l) => l.loss[0]);
    expect(first[0]).toBe(first[1]); // same weights, same first batch

    s.step();
    await vi.waitFor(() => expect(view().progress?.iteration).toBe(p.iteration + 1));

    s.reset();
    await vi.waitFor(() => expect(view().progress?.iteration).toBe(0));
    expect(view().status).toBe('ready');
    s.step();
    await vi.waitFor(() => expect(view().progress?.iteration).toBe(1));
    expect(view().progress!.lanes.map((l) => l.loss[0])).toEqual(first);

    const gen = view().gen;
    s.open(options(5));
    await vi.waitFor(() => expect(view().status).toBe('ready'));
    expect(view().gen).toBe(gen + 1);
    s.run();
    await vi.waitFor(() => expect(view().status).toBe('done'), { timeout: 20_000 });
    expect(view().progress!.lanes.every((l) => l.loss.length === 5)).toBe(true);

    s.open(null);
    await vi.waitFor(() => expect(view().status).toBe('idle'));
    s.close();
    // only the shared MNIST stays, as host copies (device ones are made on WebGL only)
    await vi.waitFor(() => expect(tf.memory().numTensors).toBe(before));
  });
});
