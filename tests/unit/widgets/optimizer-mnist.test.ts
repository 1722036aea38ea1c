// The race widgets' pure logic: the book's smooth_curve (numpy's numbers), chart rows, the loss
// axis, times, the diverged note, and the races built from the parameters (the book's Fig 6-9
// and Fig 6-15 settings).
import { describe, expect, it } from 'vitest';
import { defaults } from '../../../src/widgets/schema';
import * as opt from '../../../src/widgets/optimizer-mnist/model';
import { schema as optSchema } from '../../../src/widgets/optimizer-mnist/schema';
import * as init from '../../../src/widgets/weight-init-mnist/model';
import { schema as initSchema } from '../../../src/widgets/weight-init-mnist/schema';
import {
  divergedNote,
  finalLoss,
  formatClock,
  kaiser,
  lossTop,
  raceRows,
  remainingMs,
  smoothCurve,
} from '../../../src/widgets/optimizer-mnist/race-model';
import type { RaceLane, RaceProgress } from '../../../src/experiments/client';

// numpy: x = [((i*7)%5)*0.3 + 2.3/(1+i*0.2) for i in range(16)]; smooth_curve(x) (common/util.py)
const X = Array.from({ length: 16 }, (_, i) => ((i * 7) % 5) * 0.3 + 2.3 / (1 + i * 0.2));
const NUMPY = [
  2.224434, 2.224814, 2.180909, 2.097481, 1.98078, 1.837697, 1.722371, 1.634422, 1.51319, 1.472577,
  1.376586, 1.311779, 1.260621, 1.177702, 1.189958, 1.172569,
];

const lane = (label: string, loss: number[], divergedAt: number | null = null): RaceLane => ({
  label, iteration: loss.length, loss: Float32Array.from(loss), evalAt: [], trainAcc: [],
  testAcc: [], divergedAt, examplesPerSecond: 0,
}); // prettier-ignore

describe('race model', () => {
  it('kaiser(11, 2) and smooth_curve equal numpy', () => {
    expect(kaiser(11, 2)[0]).toBeCloseTo(0.4386762798370488, 12);
    expect(kaiser(11, 2)[4]).toBeCloseTo(0.9723298008693713, 12);
    expect(kaiser(11, 2)[5]).toBe(1);
    Array.from(smoothCurve(X)).forEach((v, i) => expect(v).toBeCloseTo(NUMPY[i], 5));
    expect(Array.from(smoothCurve([3, 2, 1]))).toEqual([3, 2, 1]); // shorter than the window
  });

  it('rows per lane, raw or smoothed, gaps for NaN and blown-up values; ≤ max points', () => {
    const lanes = [lane('a', X), lane('b', [2, NaN, 500])];
    const raw = raceRows(lanes, 'raw');
    expect(raw).toHaveLength(16);
    expect(raw[0]).toEqual({ iteration: 1, l0: Math.fround(X[0]), l1: 2 });
    expect(raw[1].l1).toBeNull();
    expect(raw[2].l1).toBeNull();
    expect(raw[3].l1).toBeNull(); // lane b ended
    expect(raceRows(lanes, 'smooth')[0].l0).toBeCloseTo(NUMPY[0], 5);
    const long = raceRows(
      [
        lane(
          'c',
          Array.from({ length: 2000 }, () => 1),
        ),
      ],
      'raw',
      400,
    );
    expect(long.length).toBeLessThanOrEqual(401);
    expect(long.at(-1)?.iteration).toBe(2000);
    expect(lossTop(raw, 2)).toBe(3);
    expect(lossTop(raceRows([lane('d', [0.7, 0.2])], 'raw'), 1)).toBe(1);
  });

  it('final loss, clock, remaining time and the diverged note', () => {
    expect(finalLoss([5, 1, 2, 3], 3)).toBe(2);
    expect(finalLoss([])).toBeNull();
    expect(formatClock(75_400)).toBe('01:15');
    const p = { iteration: 50, iterations: 200, elapsedMs: 10_000 } as RaceProgress;
    expect(remainingMs(p)).toBe(30_000);
    expect(divergedNote([lane('a', [1])])).toBe('');
    expect(divergedNote([lane('a', [1]), lane('Adam', [1, NaN], 1)])).toContain('Adam(반복 2)');
  });
});

describe('the races the widgets ask for', () => {
  it('optimizer-mnist: the book’s Fig 6-9 (4×100 ReLU, He, batch 128, SGD/Momentum/AdaGrad 0.01, Adam 0.001)', () => {
    const v = defaults(optSchema);
    const o = opt.raceOptions(v)!;
    expect(o.variants.map((x) => [x.label, x.optimizer, x.lr])).toEqual([
      ['SGD', 'sgd', 0.01],
      ['모멘텀', 'momentum', 0.01],
      ['AdaGrad', 'adagrad', 0.01],
      ['Adam', 'adam', 0.001],
    ]);
    for (const x of o.variants)
      expect(x.net).toEqual({ hiddenSizes: [100, 100, 100, 100], activation: 'relu', init: 'he' });
    expect(o.batchSize).toBe(128);
    expect(o.iterations).toBe(v.iterations);
    const more = opt.raceOptions({ ...v, sgd: false, nesterov: true })!;
    expect(more.variants.map((x) => x.label)).toEqual(['모멘텀', 'AdaGrad', 'Adam', '네스테로프']);
    expect(opt.chosenLanes({ ...v, sgd: false }).map((l) => l.color)).toEqual([1, 2, 3]);
    const none = { ...v, sgd: false, momentum: false, adagrad: false, adam: false };
    expect(opt.raceOptions(none)).toBeNull();
  });

  it('weight-init-mnist: the book’s Fig 6-15 (σ 0.01, Xavier, He; ReLU; SGD 0.01, batch 128)', () => {
    const v = defaults(initSchema);
    const o = init.raceOptions(v)!;
    expect(o.variants.map((x) => [x.label, x.net.init, x.net.activation, x.optimizer, x.lr])).toEqual([
      ['std=0.01', 0.01, 'relu', 'sgd', 0.01],
      ['Xavier', 'xavier', 'relu', 'sgd', 0.01],
      ['He', 'he', 'relu', 'sgd', 0.01],
    ]); // prettier-ignore
    expect(o.batchSize).toBe(128);
    expect(init.raceOptions({ ...v, lr: 0.1 })!.variants.map((x) => x.lr)).toEqual([0.1, 0.1, 0.1]);
    const sig = init.raceOptions({ ...v, activation: 'sigmoid' })!;
    expect(sig.variants.every((x) => x.net.activation === 'sigmoid')).toBe(true);
    expect(init.activationNote('relu')).toContain('ReLU');
    expect(init.activationNote('sigmoid')).toContain('Xavier');
    expect(init.raceOptions({ ...v, 'std-001': false, xavier: false, he: false })).toBeNull();
  });
});
