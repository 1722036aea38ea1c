// train-mnist's pure logic: the drawn digit prepared like MNIST (bounding box to 20×20 keeping
// the aspect ratio, area-averaged grey levels, centre of mass at (14, 14)), times, downsampling,
// smoothing, divergence and the trainer's options.
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_NAMES } from '../../../src/experiments/meta';
import { defaults } from '../../../src/widgets/schema';
import {
  blowUpAt,
  centerOfMass,
  divergedMessage,
  downsampleIndices,
  evalSources,
  formatClock,
  inkFromRgba,
  lossDomain,
  lossRows,
  lossTicks,
  niceCeil,
  preprocessDigit,
  remainingMs,
  smooth,
  trainerOptions,
} from '../../../src/widgets/train-mnist/model';
import { schema } from '../../../src/widgets/train-mnist/schema';

const W = 280;

/** A 280×280 pad with a solid rectangle of ink at [x0, x0 + w) × [y0, y0 + h). */
function pad(x0: number, y0: number, w: number, h: number, value = 1): Float32Array {
  const ink = new Float32Array(W * W);
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) ink[y * W + x] = value;
  return ink;
}

/** Rows and columns of a 28×28 image that hold any ink: [width, height]. */
function extent(img: Float32Array): [number, number] {
  const cols = new Set<number>();
  const rows = new Set<number>();
  img.forEach((v, i) => {
    if (v > 1e-6) {
      cols.add(i % 28);
      rows.add(Math.floor(i / 28));
    }
  });
  return [cols.size, rows.size];
}
const sum = (a: Float32Array) => a.reduce((s, v) => s + v, 0);

describe('preprocessDigit', () => {
  it('an empty pad gives null', () => {
    expect(preprocessDigit(new Float32Array(W * W), W, W)).toBeNull();
  });

  it('a bar drawn off-centre ends centred by its centre of mass and fits 20×20', () => {
    // A vertical bar 40 wide and 200 tall in the top-left corner of the pad.
    const out = preprocessDigit(pad(10, 5, 40, 200), W, W)!;
    expect(out).toHaveLength(784);
    const [cx, cy] = centerOfMass(out, 28, 28)!;
    expect(Math.abs(cx - 14)).toBeLessThan(0.05);
    expect(Math.abs(cy - 14)).toBeLessThan(0.05);
    const [w, h] = extent(out);
    expect(h).toBeLessThanOrEqual(21); // 20 pixels, on a half-pixel grid
    expect(h).toBeGreaterThanOrEqual(20);
    // Aspect ratio kept: 40 × 200 → 4 × 20 (not stretched to 20 × 20).
    expect(w).toBeLessThanOrEqual(5);
    expect(w).toBeGreaterThanOrEqual(4);
    // Area averaging keeps the ink: 4 × 20 pixels' worth.
    expect(sum(out)).toBeCloseTo(80, 3);
    for (const v of out) expect(v).toBeGreaterThanOrEqual(0);
    for (const v of out) expect(v).toBeLessThanOrEqual(1);
  });

  it('keeps the aspect ratio of a wide stroke and scales small drawings up', () => {
    // 30 × 10 pixels in the bottom-right corner → 20 × 6.67.
    const out = preprocessDigit(pad(240, 260, 30, 10), W, W)!;
    const [w, h] = extent(out);
    expect(w).toBeGreaterThanOrEqual(20);
    expect(w).toBeLessThanOrEqual(21);
    expect(h).toBeGreaterThanOrEqual(7);
    expect(h).toBeLessThanOrEqual(8);
    expect(sum(out)).toBeCloseTo((20 * 20) / 3, 2);
    const [cx, cy] = centerOfMass(out, 28, 28)!;
    expect(Math.abs(cx - 14)).toBeLessThan(0.05);
    expect(Math.abs(cy - 14)).toBeLessThan(0.05);
  });

  it('gives antialiased grey levels at edges that fall between pixels', () => {
    const out = preprocessDigit(pad(100, 100, 30, 200), W, W)!; // 3 × 20 around x = 14
    const greys = [...out].filter((v) => v > 1e-6 && v < 1 - 1e-6);
    expect(greys.length).toBeGreaterThan(0);
  });

  it('an L shape is placed by its centre of mass, not by its bounding box', () => {
    const ink = pad(50, 50, 20, 200);
    for (let y = 230; y < 250; y++) for (let x = 50; x < 200; x++) ink[y * W + x] = 1;
    const out = preprocessDigit(ink, W, W)!;
    const [cx, cy] = centerOfMass(out, 28, 28)!;
    expect(Math.abs(cx - 14)).toBeLessThan(0.1);
    expect(Math.abs(cy - 14)).toBeLessThan(0.1);
    // The box's middle is not at the centre: the mass sits in the lower-left.
    const cols = [...Array(28).keys()].filter((i) => out.some((v, k) => k % 28 === i && v > 1e-6));
    expect((cols[0] + cols.at(-1)!) / 2).toBeGreaterThan(14.5);
    expect(sum(out)).toBeCloseTo(66, 3); // nothing clipped: (4,000 + 2,600) × 0.1²
  });

  it('reads the ink from a canvas’s alpha channel', () => {
    const rgba = new Uint8ClampedArray([0, 0, 0, 255, 9, 9, 9, 0, 1, 2, 3, 51]);
    expect([...inkFromRgba(rgba, 3, 1)]).toEqual([1, 0, expect.closeTo(0.2, 6)]);
  });
});

describe('times', () => {
  it('formats mm:ss', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65_400)).toBe('01:05');
    expect(formatClock(3_725_000)).toBe('62:05');
    expect(formatClock(null)).toBe('--:--');
    expect(formatClock(NaN)).toBe('--:--');
  });
  it('estimates the time left at the pace so far', () => {
    expect(remainingMs(10_000, 1000, 10_000)).toBe(90_000);
    expect(remainingMs(0, 0, 10_000)).toBeNull();
    expect(remainingMs(5_000, 10_000, 10_000)).toBe(0);
  });
});

describe('chart series', () => {
  it('downsamples to at most 1,000 points, first and last kept', () => {
    for (const n of [0, 1, 999, 1000, 1001, 10_000, 12_345]) {
      const idx = downsampleIndices(n, 1000);
      expect(idx.length).toBeLessThanOrEqual(1000);
      expect(idx.length).toBe(Math.min(n, idx.length));
      if (n > 0) expect([idx[0], idx.at(-1)]).toEqual([0, n - 1]);
      for (let i = 1; i < idx.length; i++) expect(idx[i]).toBeGreaterThan(idx[i - 1]);
    }
    expect(downsampleIndices(10, 1000)).toEqual([...Array(10).keys()]);
    expect(lossRows(new Float32Array(10_000).fill(1)).length).toBeLessThanOrEqual(1000);
  });
  it('smooths without bias at the start and keeps a constant constant', () => {
    expect([...smooth([2, 2, 2])].map((v) => +v.toFixed(6))).toEqual([2, 2, 2]);
    const s = smooth([0, 10, 0, 10, 0, 10], 0.9);
    expect(Math.max(...s.slice(2))).toBeLessThan(10);
  });
  it('∞/NaN become gaps; the axis ends at a round number above the largest loss', () => {
    const rows = lossRows(new Float32Array([2.3, 1.1, NaN]));
    expect(rows.map((r) => r.raw)).toEqual([expect.closeTo(2.3, 5), expect.closeTo(1.1, 5), null]);
    expect(lossDomain(rows)).toEqual([0, 2.5]);
    expect(niceCeil(0.37)).toBe(0.5);
    expect(niceCeil(1122)).toBe(2000);
    expect(lossTicks(2.5)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(lossTicks(2000)).toEqual([0, 500, 1000, 1500, 2000]);
  });
});

describe('divergence', () => {
  it('a loss above the limit or ∞/NaN is a blow-up, with a Korean message', () => {
    expect(blowUpAt(new Float32Array([2.3, 2.1, 1.9]))).toBeNull();
    expect(blowUpAt(new Float32Array([2.3, 512, NaN]))).toBe(2);
    expect(blowUpAt(new Float32Array([2.3, NaN]))).toBe(2);
    expect(divergedMessage(new Float32Array([2.3]), 0.1)).toBe('');
    expect(divergedMessage(new Float32Array([2.3, 1122.4]), 10)).toMatch(
      /발산했어요: 반복 2에서 손실이 1,122까지/,
    );
    expect(divergedMessage(new Float32Array([2.3, NaN]), 10)).toMatch(/NaN이 되었어요/);
  });
});

describe('parameters', () => {
  it('the book’s defaults give the book’s TwoLayerNet run', () => {
    expect(trainerOptions(defaults(schema))).toEqual({
      hiddenSize: 50,
      activation: 'relu',
      weightInitStd: 0.01,
      optimizer: 'sgd',
      lr: 0.1,
      batchSize: 100,
      iterations: 10_000,
      seed: 0,
    });
    const short = trainerOptions({ ...defaults(schema), 'eval-every': 60, 'eval-size': 2000 });
    expect([short.evalEvery, short.evalSize]).toEqual([60, 2000]);
  });
  it('offers the six optimizers and says where accuracies come from', () => {
    expect(schema.optimizer.options).toEqual(OPTIMIZER_NAMES);
    expect(evalSources(60_000)).toEqual({
      train: '훈련 데이터 60,000장',
      test: '공식 시험 데이터 10,000장',
    });
    expect(evalSources(2000).test).toBe('공식 시험 데이터 앞 2,000장');
  });
});
