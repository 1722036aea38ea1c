// policy-gradient's engine work where the site runs it here: on the wasm backend its tiny tensors
// stay on wasm (onSmall), and the run equals the CPU backend's, with no leak.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initEngine, smallOnCpu } from '../../../src/engine';
import { banditRun } from '../../../src/experiments/bandit';

const wasmPrefix = resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/';
const options = { alpha: 0.1, episodes: 60, seed: 2, runs: 4 };

describe('banditRun on wasm', () => {
  afterAll(async () => {
    await initEngine({ prefer: 'cpu' });
  });

  it('keeps its tensors on wasm, matches the CPU backend, frees everything', async () => {
    expect(await initEngine({ prefer: 'wasm', wasmPrefix })).toBe('wasm');
    expect(smallOnCpu()).toBe(false);
    const before = tf.memory().numTensors;
    const onWasm = await banditRun(options);
    expect(tf.memory().numTensors).toBe(before);

    expect(await initEngine({ prefer: 'cpu' })).toBe('cpu');
    expect(smallOnCpu()).toBe(true);
    const onCpu = await banditRun(options);
    for (const m of ['reinforce', 'baseline', 'imitate', 'teacher'] as const) {
      expect([...onWasm.traces[m].actions]).toEqual([...onCpu.traces[m].actions]);
      const a = onWasm.traces[m].probs;
      const b = onCpu.traces[m].probs;
      expect(Math.max(...a.map((v, i) => Math.abs(v - b[i])))).toBeLessThan(1e-5);
    }
  });
});
