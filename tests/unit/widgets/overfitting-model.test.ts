// The pure logic of ::overfitting: the race it asks for (the book's settings), its lanes, the
// accuracy rows per epoch, the train − test gap and the book's full run.
import { describe, expect, it } from 'vitest';
import type { RaceLane } from '../../../src/experiments/client';
import { defaults } from '../../../src/widgets/schema';
import {
  accuracyRows,
  bookEpochs,
  isBookRun,
  itersPerEpoch,
  pp,
  raceOptions,
  regularisedLabel,
  summarize,
} from '../../../src/widgets/overfitting/model';
import { schema } from '../../../src/widgets/overfitting/schema';

const book = defaults(schema);

const lane = (label: string, evalAt: number[], trainAcc: number[], testAcc: number[]): RaceLane => ({
  label, iteration: evalAt.at(-1) ?? 0, loss: new Float32Array(evalAt.at(-1) ?? 0), evalAt,
  trainAcc, testAcc, divergedAt: null, examplesPerSecond: 0,
}); // prettier-ignore

describe('raceOptions', () => {
  it("the book's weight-decay run: 300 digits, 6×100 ReLU/He, SGD 0.01, batch 100, λ = 0.1 beside none", () => {
    const o = raceOptions(book);
    expect(o.trainSize).toBe(300);
    expect(o.batchSize).toBe(100);
    expect(o.evalEvery).toBe(3); // one epoch = 300 / 100 iterations
    expect(o.iterations).toBe(book.epochs * 3);
    expect(o.evalSize).toBe(1000);
    expect(o.variants.map((v) => v.label)).toEqual(['정규화 없음', '가중치 감소 λ = 0.1']);
    for (const v of o.variants) {
      expect(v.optimizer).toBe('sgd');
      expect(v.lr).toBe(0.01);
      expect(v.net).toMatchObject({ hiddenSizes: [100, 100, 100, 100, 100, 100], activation: 'relu', init: 'he' }); // prettier-ignore
    }
    expect(o.variants[0].net.weightDecay ?? 0).toBe(0);
    expect(o.variants[0].net.dropout ?? 0).toBe(0);
    expect(o.variants[1].net).toMatchObject({ weightDecay: 0.1, dropout: 0 });
  });

  it("the dropout section's directive: dropout 0.2 and no decay; no regularisation: one lane", () => {
    const o = raceOptions({ ...book, 'weight-decay': 0, dropout: 0.2 });
    expect(o.variants.map((v) => v.label)).toEqual(['정규화 없음', '드롭아웃 0.2']);
    expect(o.variants[1].net).toMatchObject({ weightDecay: 0, dropout: 0.2 });
    expect(raceOptions({ ...book, 'weight-decay': 0, dropout: 0 }).variants).toHaveLength(1);
    expect(regularisedLabel(0.05, 0.5)).toBe('가중치 감소 λ = 0.05 + 드롭아웃 0.5');
  });

  it('epochs follow the training size; the full test set and the book length', () => {
    const o = raceOptions({ ...book, 'train-size': 1000, epochs: 10, 'test-size': '10000' });
    expect(itersPerEpoch(1000)).toBe(10);
    expect(o).toMatchObject({ iterations: 100, evalEvery: 10, evalSize: 10_000, trainSize: 1000 });
    expect(bookEpochs(book)).toBe(201);
    expect(bookEpochs({ dropout: 0.2 })).toBe(301);
    expect(isBookRun(book)).toBe(false);
    expect(isBookRun({ ...book, epochs: 201, 'test-size': '10000' })).toBe(true);
    expect(isBookRun({ ...book, dropout: 0.2, epochs: 201, 'test-size': '10000' })).toBe(false);
  });
});

describe('curves and the gap', () => {
  const a = lane('정규화 없음', [3, 6, 9], [0.5, 0.8, 1], [0.4, 0.6, 0.7]);
  const b = lane('가중치 감소 λ = 0.1', [3, 6], [0.45, 0.7], [0.4, 0.62]);

  it('one row per epoch, each lane under tr/te keys (a lane behind leaves its cells empty)', () => {
    expect(accuracyRows([a, b], 3)).toEqual([
      { epoch: 1, tr0: 0.5, te0: 0.4, tr1: 0.45, te1: 0.4 },
      { epoch: 2, tr0: 0.8, te0: 0.6, tr1: 0.7, te1: 0.62 },
      { epoch: 3, tr0: 1, te0: 0.7 },
    ]);
    expect(accuracyRows([lane('x', [3], [NaN], [0.1])], 3)).toEqual([{ epoch: 1, tr0: null, te0: 0.1 }]); // prettier-ignore
  });

  it('the gap is train − test at the last evaluation; the best test accuracy so far', () => {
    const s = summarize(a, 3);
    expect(s).toMatchObject({ epoch: 3, train: 1, test: 0.7, bestTest: 0.7 });
    expect(s.gap).toBeCloseTo(0.3, 12);
    expect(summarize(b, 3).gap).toBeCloseTo(0.08, 12);
    expect(summarize(lane('y', [], [], []), 3)).toMatchObject({ epoch: null, gap: null });
    expect(pp(0.3)).toBe('30.0%p');
    expect(pp(-0.012)).toBe('−1.2%p');
    expect(pp(null)).toBe('—');
  });
});
