// ::batch-norm's pure logic: the book's settings in the races it asks for, the 16-panel grid's
// lanes, chart rows, the grid's verdicts and the running-statistics summaries.
import { describe, expect, it } from 'vitest';
import type { RaceLane } from '../../../src/experiments/client';
import { defaults } from '../../../src/widgets/schema';
import {
  accuracyRows,
  formatScale,
  formatSeconds,
  gridEstimateMs,
  gridOptions,
  gridVerdicts,
  mainLanes,
  raceOptions,
  rescued,
  scaleOf,
  summarize,
} from '../../../src/widgets/batch-norm/model';
import { schema } from '../../../src/widgets/batch-norm/schema';

const book = defaults(schema);
const lane = (label: string, trainAcc: number[], divergedAt: number | null = null): RaceLane => ({
  label, iteration: trainAcc.length * 10, loss: new Float32Array(0), evalAt: trainAcc.map((_, i) => (i + 1) * 10),
  trainAcc, testAcc: trainAcc, divergedAt, examplesPerSecond: 0,
}); // prettier-ignore

describe('batch-norm model', () => {
  it('book defaults: BN before ReLU, 20 epochs, SGD 0.01, w ≈ 0.0858 (index 4 of logspace(0, −4, 16))', () => {
    expect(book).toMatchObject({
      position: 'before',
      epochs: 20,
      lr: 0.01,
      seed: 0,
      scale: 4,
      both: false,
    });
    expect(scaleOf(4)).toBeCloseTo(10 ** (-16 / 15), 12);
    expect(formatScale(scaleOf(4))).toBe('0.0858');
    expect(formatScale(scaleOf(0))).toBe('1');
    expect(formatScale(scaleOf(15))).toBe('0.0001');
    expect(scaleOf(99)).toBe(scaleOf(15));
  });

  it('the main race: the book’s network with and without BN, the same w, 1,000 digits, an accuracy per epoch', () => {
    const o = raceOptions(book);
    expect(o).toMatchObject({ batchSize: 100, iterations: 200, trainSize: 1000, evalEvery: 10, evalSize: 1000, seed: 0 }); // prettier-ignore
    expect(o.variants.map((v) => [v.label, v.optimizer, v.lr])).toEqual([
      ['BN (ReLU 앞)', 'sgd', 0.01],
      ['BN 없음', 'sgd', 0.01],
    ]);
    const [bn, plain] = o.variants;
    expect(bn.net).toEqual({ hiddenSizes: [100, 100, 100, 100, 100], activation: 'relu', init: scaleOf(4), batchNorm: true, batchNormPosition: 'before' }); // prettier-ignore
    expect(plain.net).toEqual({ hiddenSizes: [100, 100, 100, 100, 100], activation: 'relu', init: scaleOf(4) }); // prettier-ignore
    // after ReLU, and both positions side by side
    const both = raceOptions({ ...book, position: 'after', both: true, epochs: 3 });
    expect(both.iterations).toBe(30);
    expect(both.variants.map((v) => [v.label, v.net.batchNormPosition])).toEqual([
      ['BN (ReLU 뒤)', 'after'],
      ['BN 없음', undefined],
      ['BN (ReLU 앞)', 'before'],
    ]);
    expect(mainLanes({ ...book, both: true }).map((l) => l.kind)).toEqual(['bn', 'plain', 'other']);
  });

  it('the grid: 32 lanes, BN and without for each of the 16 scales, in that order', () => {
    const o = gridOptions({ ...book, position: 'after' });
    expect(o.variants).toHaveLength(32);
    expect(o.variants[0].net).toMatchObject({
      init: 1,
      batchNorm: true,
      batchNormPosition: 'after',
    });
    expect(o.variants[1].net.batchNorm).toBeUndefined();
    expect(o.variants[31].net.init).toBeCloseTo(1e-4, 12);
    // the grid does not depend on the main view's w or the third lane (the same race stays)
    expect(JSON.stringify(gridOptions({ ...book, scale: 9, both: true }))).toBe(
      JSON.stringify(gridOptions(book)),
    );
  });

  it('chart rows per epoch; a lane not measured yet is null', () => {
    const rows = accuracyRows([lane('BN', [0.3, 0.6]), lane('BN 없음', [0.1])]);
    expect(rows).toEqual([
      { epoch: 1, a0: 0.3, a1: 0.1 },
      { epoch: 2, a0: 0.6, a1: null },
    ]);
    expect(accuracyRows([])).toEqual([]);
  });

  it('the grid’s verdict: the scales where BN learns and the plain network stays near chance', () => {
    const lanes = Array.from({ length: 16 }, (_, i) => [
      lane(`BN ${i}`, [0.2, i < 12 ? 0.9 : 0.3]),
      lane(`없음 ${i}`, [0.1, i >= 5 && i < 12 ? 0.11 : 0.8]),
    ]).flat();
    const v = gridVerdicts(lanes);
    expect(v[5]).toMatchObject({ index: 5, bn: 0.9, plain: 0.11 });
    expect(rescued(v)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(rescued(gridVerdicts(lanes.slice(0, 4)))).toEqual([]); // unfinished panels do not count
  });

  it('the grid’s expected time at the main race’s pace: 32 networks × the epochs', () => {
    // 2 networks × 50 iterations in 10 s: 0.1 s per network-iteration; the grid: 32 × 200 of them
    expect(gridEstimateMs({ iteration: 50, elapsedMs: 10_000, lanes: [0, 1] }, 20)).toBeCloseTo(640_000, 6); // prettier-ignore
    expect(gridEstimateMs({ iteration: 0, elapsedMs: 0, lanes: [0, 1] }, 20)).toBeNull();
    expect(gridEstimateMs(null, 20)).toBeNull();
  });

  it('summaries and times', () => {
    expect(summarize(Float32Array.from([1, -2, 4]))).toEqual({ min: -2, mean: 1, max: 4 });
    expect(summarize([]).mean).toBeNaN();
    expect(formatSeconds(12_340)).toBe('12.3초');
    expect(formatSeconds(65_000)).toBe('1분 5초');
  });
});
