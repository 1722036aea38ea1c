// activation-functions: one toggle per engine activation, the chart helpers, and the engine
// numbers the widget draws — h′ from backward(), checked against central differences.
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { ACTIVATION_NAMES, activationCurves, stackedLayers } from '../../../src/experiments';
import { schema as activationFunctionsSchema } from '../../../src/widgets/activation-functions/schema';
import {
  CURVES,
  STACK_XS,
  linearFitError,
  yDomain,
  yTicks,
} from '../../../src/widgets/activation-functions/model';

describe('activation-functions schema', () => {
  it('has one toggle per engine activation', () => {
    expect(CURVES.map((c) => c.name).sort()).toEqual([...ACTIVATION_NAMES].sort());
    for (const c of CURVES) expect(activationFunctionsSchema[c.param].kind).toBe('boolean');
  });
});

describe('chart helpers', () => {
  it('y range follows the shown curves (the book ylim for sigmoid, step and ReLU)', () => {
    const pick = (...n: string[]) => CURVES.filter((c) => n.includes(c.name));
    expect(yDomain(pick('step', 'sigmoid'), false)).toEqual([-0.1, 1.1]);
    expect(yDomain(pick('relu'), false)).toEqual([-1, 5.5]);
    expect(yDomain(pick('tanh'), true)).toEqual([-1.1, 1.1]);
    expect(yDomain(pick('identity', 'sigmoid'), true)).toEqual([-5.5, 5.5]);
  });

  it('y ticks are round numbers inside the range', () => {
    expect(yTicks([-0.1, 1.1])).toEqual([0, 0.5, 1]);
    expect(yTicks([-1.1, 5.5])).toEqual([-1, 0, 1, 2, 3, 4, 5]);
    expect(yTicks([-5.5, 5.5])).toEqual([-4, -2, 0, 2, 4]);
  });

  it('linear fit: exact for a line, not for a kink', () => {
    const xs = [-2, -1, 0, 1, 2];
    expect(
      linearFitError(
        xs,
        xs.map((x) => 3 * x - 1),
      ).maxError,
    ).toBeCloseTo(0, 12);
    expect(
      linearFitError(
        xs,
        xs.map((x) => Math.max(0, x)),
      ).maxError,
    ).toBeGreaterThan(0.2);
  });
});

describe('the numbers the widget draws (engine, CPU backend)', () => {
  it('h′ from backward() matches central differences away from kinks, without leaks', async () => {
    const before = tf.memory().numTensors;
    const xs = [-3.3, -1.2, -0.4, 0.7, 1.9, 4.1, 1];
    const r = await activationCurves({ names: [...ACTIVATION_NAMES], xs });
    expect(tf.memory().numTensors).toBe(before);
    const ref: Record<string, (x: number) => number> = {
      step: (x) => (x > 0 ? 1 : 0),
      sigmoid: (x) => 1 / (1 + Math.exp(-x)),
      tanh: Math.tanh,
      relu: (x) => Math.max(0, x),
      identity: (x) => x,
      leakyRelu: (x) => (x > 0 ? x : 0.1 * x),
    };
    const h = 1e-3;
    for (const n of ACTIVATION_NAMES) {
      xs.forEach((x, i) => {
        expect(r[n].y[i], `${n}(${x})`).toBeCloseTo(ref[n](x), 5);
        const numeric = (ref[n](x + h) - ref[n](x - h)) / (2 * h);
        expect(r[n].dy[i], `${n}′(${x})`).toBeCloseTo(numeric, 3);
      });
    }
  });

  it('three linear layers collapse to w·x + b; with ReLU they do not', async () => {
    const xs = [...STACK_XS];
    const lin = await stackedLayers({ activation: 'identity', xs, seed: 0 });
    const relu = await stackedLayers({ activation: 'relu', xs, seed: 0 });
    const c = lin.collapsed!;
    xs.forEach((x, i) => expect(lin.y[i]).toBeCloseTo(c.w * x + c.b, 4));
    expect(lin.weights.map((m) => [m.length, m[0].length])).toEqual([
      [1, 4],
      [4, 4],
      [4, 1],
    ]);
    expect(relu.collapsed).toBeNull();
    expect(linearFitError(xs, relu.y).maxError).toBeGreaterThan(0.01);
  });
});
