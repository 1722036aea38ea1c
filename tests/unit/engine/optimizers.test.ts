// Each optimizer, a few steps on f(x, y) = x²/20 + y² from (−7, 2), against the book's formulas
// computed by hand in float64 here (∂f/∂x = x/10, ∂f/∂y = 2y).
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createOptimizer, Parameter, scope, type OptimizerName } from '../../../src/engine';

type State = Record<string, number[]>;
type Rule = (p: number[], g: number[], s: State, t: number) => void;
const lr = 0.1;
const eps = 1e-7;

const BOOK: Record<OptimizerName, Rule> = {
  sgd: (p, g) => p.forEach((_, i) => (p[i] -= lr * g[i])),
  momentum: (p, g, s) =>
    p.forEach((_, i) => {
      s.v[i] = 0.9 * s.v[i] - lr * g[i];
      p[i] += s.v[i];
    }),
  nesterov: (p, g, s) =>
    p.forEach((_, i) => {
      s.v[i] *= 0.9;
      s.v[i] -= lr * g[i];
      p[i] += 0.9 * 0.9 * s.v[i];
      p[i] -= (1 + 0.9) * lr * g[i];
    }),
  adagrad: (p, g, s) =>
    p.forEach((_, i) => {
      s.h[i] += g[i] * g[i];
      p[i] -= (lr * g[i]) / (Math.sqrt(s.h[i]) + eps);
    }),
  rmsprop: (p, g, s) =>
    p.forEach((_, i) => {
      s.h[i] *= 0.99;
      s.h[i] += 0.01 * g[i] * g[i];
      p[i] -= (lr * g[i]) / (Math.sqrt(s.h[i]) + eps);
    }),
  adam: (p, g, s, t) => {
    const lrT = (lr * Math.sqrt(1 - 0.999 ** t)) / (1 - 0.9 ** t);
    p.forEach((_, i) => {
      s.m[i] += (1 - 0.9) * (g[i] - s.m[i]);
      s.v[i] += (1 - 0.999) * (g[i] ** 2 - s.v[i]);
      p[i] -= (lrT * s.m[i]) / (Math.sqrt(s.v[i]) + eps);
    });
  },
};

describe('optimizers follow the book (common/optimizer.py)', () => {
  for (const name of Object.keys(BOOK) as OptimizerName[]) {
    it(name, () => {
      const before = tf.memory().numTensors;
      const p = new Parameter('p', Float32Array.of(-7, 2), [2]);
      const opt = createOptimizer(name, lr);
      const ref = [-7, 2];
      const state: State = { v: [0, 0], h: [0, 0], m: [0, 0] };
      for (let t = 1; t <= 5; t++) {
        scope(() =>
          p
            .pow(2)
            .mul([1 / 20, 1])
            .sum()
            .backward(),
        );
        opt.step([p]);
        p.zeroGrad();
        BOOK[name](ref, [ref[0] / 10, 2 * ref[1]], state, t);
        const got = p.value.dataSync();
        expect(got[0]).toBeCloseTo(ref[0], 4);
        expect(got[1]).toBeCloseTo(ref[1], 4);
        for (const k of opt.slotNames) {
          const s = opt.stateOf(p)[k].value.dataSync();
          expect(s[0]).toBeCloseTo(state[k][0], 4);
        }
      }
      p.dispose();
      opt.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  }
});
