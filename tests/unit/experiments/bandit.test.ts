// ch8 policy gradient: ∇ log π(a) from the engine's backward() is onehot(a) − π; REINFORCE with a
// fixed seed raises the best arm's probability, the baseline lowers the gradient's variance,
// the update with no reward goes nowhere in particular; the same seed gives the same run; no leaks.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { banditRun, logPolicyGradient, sampleArm } from '../../../src/experiments/bandit';
import { BANDIT_START } from '../../../src/experiments/bandit-meta';

const softmax = (w: number[]) => {
  const e = w.map((x) => Math.exp(x - Math.max(...w)));
  const z = e.reduce((a, b) => a + b);
  return e.map((x) => x / z);
};

describe('logPolicyGradient (the engine backward of log softmax)', () => {
  it('equals onehot(a) − π for every action and several logits; the chapter example (0.8, −0.5, −0.3)', async () => {
    await logPolicyGradient({ logits: [0, 0, 0], action: 0 });
    const before = tf.memory().numTensors;
    for (const logits of [BANDIT_START.map(Math.log), [1.5, -2, 0.3], [4, 0, -4]]) {
      const pi = softmax(logits);
      for (let a = 0; a < 3; a++) {
        const r = await logPolicyGradient({ logits, action: a });
        for (let k = 0; k < 3; k++) {
          expect(r.probs[k]).toBeCloseTo(pi[k], 5);
          expect(r.grad[k]).toBeCloseTo((k === a ? 1 : 0) - pi[k], 5);
        }
      }
    }
    const ex = await logPolicyGradient({ logits: BANDIT_START.map(Math.log), action: 0 });
    expect([...ex.grad].map((v) => Number(v.toFixed(4)))).toEqual([0.8, -0.5, -0.3]);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('banditRun', () => {
  it('REINFORCE raises the best arm (arm 0, π₀ = 0.2) with seed 0; the baseline cuts the variance; no leaks', async () => {
    await banditRun({ alpha: 0.1, episodes: 2, seed: 0, runs: 2 });
    const before = tf.memory().numTensors;
    const r = await banditRun({ alpha: 0.1, episodes: 300, seed: 0, runs: 32 });
    expect(tf.memory().numTensors).toBe(before);
    expect(r.best).toBe(0);
    const { reinforce, baseline, imitate, teacher } = r.traces;
    for (const tr of [reinforce, baseline, imitate, teacher]) {
      expect(tr.probs[0]).toBeCloseTo(0.2, 5);
      expect(tr.probs[1]).toBeCloseTo(0.5, 5);
    }
    const last = (tr: typeof reinforce) => tr.probs[r.episodes * 3 + r.best];
    expect(last(reinforce)).toBeGreaterThan(0.6);
    expect(last(baseline)).toBeGreaterThan(0.8);
    expect(last(teacher)).toBeGreaterThan(0.9);
    // over 32 runs: the baseline reaches the best arm more reliably, with a smaller gradient variance
    expect(baseline.bestMean[r.episodes]).toBeGreaterThan(reinforce.bestMean[r.episodes]);
    expect(baseline.bestStd[r.episodes]).toBeLessThan(reinforce.bestStd[r.episodes] / 2);
    expect(baseline.gradVariance).toBeLessThan(reinforce.gradVariance / 3);
    // the reward-blind loss has no preferred arm: on average it stays near the start
    expect(Math.abs(imitate.bestMean[r.episodes] - 0.2)).toBeLessThan(0.15);
    // the engine's gradient of the shown run is c·(onehot(a) − π)
    const t = 5;
    const a = reinforce.actions[t];
    for (let k = 0; k < 3; k++) {
      const pi = reinforce.probs[t * 3 + k];
      expect(reinforce.grads[t * 3 + k]).toBeCloseTo(
        reinforce.rewards[t] * ((k === a ? 1 : 0) - pi),
        4,
      );
    }
    console.log(
      'bandit defaults: best arm p after 300 (seed 0) none/baseline/imitate/teacher',
      [reinforce, baseline, imitate, teacher].map((tr) => last(tr).toFixed(3)),
      'mean over 32',
      [reinforce, baseline, imitate, teacher].map((tr) => tr.bestMean[r.episodes].toFixed(3)),
      'sd',
      [reinforce, baseline].map((tr) => tr.bestStd[r.episodes].toFixed(3)),
      'grad var',
      [reinforce, baseline].map((tr) => tr.gradVariance.toFixed(3)),
      'mean reward',
      [reinforce, baseline, imitate, teacher].map((tr) => tr.meanReward.toFixed(3)),
    );
  });

  it('an episode is five kernels: log π, its backward seeded with ∂J/∂log π, the step and π', async () => {
    // 300 of them run in sequence on each α change, where a kernel call costs far more than its
    // arithmetic ([128, 3] values): writing J = sum(log π ⊙ C) out and starting backward() at
    // ∂J/∂J = 1 took twelve (the multiply, the sum and their backward); backward() copying its
    // seed first took one more (an Identity)
    const episodes = 10;
    const { kernels } = await tf.profile(async () => {
      await banditRun({ alpha: 0.1, episodes, seed: 0, runs: 4 });
    });
    const names = kernels.map((k) => k.name);
    expect(names.filter((n) => n === 'EngineLogSoftmaxGrad')).toHaveLength(episodes);
    expect(names.filter((n) => n === 'Identity').length).toBeLessThan(episodes);
    // five, and the run's start and end (the end reads the kept gradients: one reshape each)
    expect(kernels.length / episodes).toBeLessThan(7);
  });

  it('the same seed gives the same run; another seed another; bad options throw', async () => {
    const a = await banditRun({ alpha: 0.1, episodes: 50, seed: 3, runs: 4 });
    const b = await banditRun({ alpha: 0.1, episodes: 50, seed: 3, runs: 4 });
    const c = await banditRun({ alpha: 0.1, episodes: 50, seed: 4, runs: 4 });
    expect([...a.traces.reinforce.actions]).toEqual([...b.traces.reinforce.actions]);
    expect([...a.traces.reinforce.probs]).toEqual([...b.traces.reinforce.probs]);
    expect([...a.traces.reinforce.actions]).not.toEqual([...c.traces.reinforce.actions]);
    // the rules' shown runs share one stream of draws: the same first arm from the same start,
    // and the same reward noise each episode where they pull the same arm
    const rules = Object.values(a.traces);
    expect(new Set(rules.map((tr) => tr.actions[0])).size).toBe(1);
    for (let t = 0; t < 50; t++)
      for (const tr of rules)
        if (tr.actions[t] === a.traces.reinforce.actions[t])
          expect(tr.rewards[t]).toBe(a.traces.reinforce.rewards[t]);
    // an abort mid-run frees everything it held
    const before = tf.memory().numTensors;
    const ctrl = new AbortController();
    const run = banditRun({ alpha: 0.1, episodes: 500, seed: 0, runs: 4, signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 20);
    await expect(run).rejects.toThrow(/멈췄습니다/);
    expect(tf.memory().numTensors).toBe(before);
    await expect(banditRun({ alpha: 0, episodes: 10, seed: 0 })).rejects.toThrow(/alpha/);
    await expect(banditRun({ alpha: 0.1, episodes: 0, seed: 0 })).rejects.toThrow(/episodes/);
  });

  it('sampleArm is the inverse CDF of π', () => {
    expect([0, 0.19, 0.2, 0.69, 0.7, 0.999].map((u) => sampleArm([0.2, 0.5, 0.3], u))).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
  });
});
