// optimizer-trajectories' model: the schema agreeing with the experiments' book facts it cannot
// import (the schema loads before the engine), plot geometry, the start point, divergence,
// contours and the readout.
import { describe, expect, test } from 'vitest';
import { contours } from 'd3-contour';
import { schema } from '../../../src/widgets/optimizer-trajectories/schema';
import {
  adamStepSize,
  clampStart,
  contourPath,
  contourThresholds,
  divergedAt,
  divergedMessage,
  effectiveStart,
  fromPx,
  keyboardNudge,
  lrKey,
  plotBox,
  stateEntries,
  toPx,
  trajectoryPath,
} from '../../../src/widgets/optimizer-trajectories/model';
import { fmt } from '../../../src/widgets/kit/format';
import { defaults, parseParams } from '../../../src/widgets/schema';
import { BOOK_LR, OPTIMIZER_NAMES, SURFACES } from '../../../src/experiments';

/** The vertices of a path made by trajectoryPath / contourPath. */
const pathVertices = (d: string): Array<[number, number]> =>
  [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('optimizer-trajectories schema', () => {
  test('every learning-rate default equals the experiments’ BOOK_LR', () => {
    const d = defaults(schema);
    for (const o of OPTIMIZER_NAMES) expect(d[lrKey(o)]).toBe(BOOK_LR[o]);
  });

  test('the bowl’s start is the schema’s default, and every surface start fits the schema range', () => {
    expect(SURFACES.bowl.start).toEqual([schema['start-x'].default, schema['start-y'].default]);
    for (const s of Object.values(SURFACES)) {
      expect(s.start[0]).toBeGreaterThanOrEqual(schema['start-x'].min);
      expect(s.start[0]).toBeLessThanOrEqual(schema['start-x'].max);
      expect(s.start[1]).toBeGreaterThanOrEqual(schema['start-y'].min);
      expect(s.start[1]).toBeLessThanOrEqual(schema['start-y'].max);
    }
  });

  test('learning rates accept the diverging lr 10 (the diverged-state demo)', () => {
    expect(parseParams(schema, { 'lr-sgd': '10' }).issues).toEqual([]);
    expect(parseParams(schema, { 'lr-sgd': 'abc' }).issues).toHaveLength(1);
  });
});

describe('start point', () => {
  const book: [number, number] = [-7, 2];
  test('the book’s start off another surface becomes that surface’s start; any other point stays', () => {
    expect(effectiveStart(book, SURFACES.rosenbrock, book)).toEqual(SURFACES.rosenbrock.start);
    expect(effectiveStart(book, SURFACES.bowl, book)).toEqual(book);
    expect(effectiveStart([-8, 2], SURFACES.rosenbrock, book)).toEqual([-8, 2]);
  });
  test('a dragged start stays inside the schema’s range and the drawn domain, to 0.01', () => {
    const range = { x: [-10, 10], y: [-10, 10] } as const;
    expect(clampStart([-1.23456, 9], SURFACES.rosenbrock, range)).toEqual([-1.23, 3]);
    expect(clampStart([-30, -30], SURFACES.bowl, range)).toEqual([-10, -5]);
  });
});

describe('plot geometry', () => {
  const box = plotBox([-10, 10], [-5, 5], 240);
  test('keeps the aspect ratio and maps corners', () => {
    expect(box.height).toBe(120);
    expect(toPx(box, [-10, 5])).toEqual([0, 0]);
    expect(toPx(box, [10, -5])).toEqual([240, 120]);
    expect(toPx(box, [0, 0])).toEqual([120, 60]);
    const [x, y] = fromPx(box, 60, 30);
    expect(x).toBeCloseTo(-5);
    expect(y).toBeCloseTo(2.5);
  });

  test('trajectory paths have one vertex per point up to the shown step and stop at a non-finite point', () => {
    const pts: Array<[number, number]> = [
      [-7, 2],
      [-6, -1],
      [-5, 0.5],
      [-4, 0],
    ];
    expect(pathVertices(trajectoryPath(box, pts))).toHaveLength(4);
    expect(pathVertices(trajectoryPath(box, pts, 1))).toEqual([
      toPx(box, [-7, 2]),
      toPx(box, [-6, -1]),
    ]);
    const blown: Array<[number, number]> = [
      [-7, 2],
      [1, 1e30],
      [NaN, Infinity],
    ];
    const v = pathVertices(trajectoryPath(box, blown));
    expect(v).toHaveLength(2);
    expect(Math.abs(v[1][1])).toBeLessThanOrEqual(4 * 240); // clamped, still a sane number
  });

  test('keyboard nudges move by 1/40 of the domain, ×5 with Shift, and ignore other keys', () => {
    expect(keyboardNudge('ArrowRight', false, box)).toEqual([0.5, 0]);
    expect(keyboardNudge('ArrowUp', true, box)).toEqual([0, 1.25]);
    expect(keyboardNudge('ArrowDown', false, box)).toEqual([0, -0.25]);
    expect(keyboardNudge('Enter', false, box)).toBeNull();
  });
});

describe('divergence', () => {
  const dom = { x: [-10, 10] as const, y: [-5, 5] as const };
  test('finite runs inside the plot do not diverge', () => {
    expect(
      divergedAt(
        [
          [-7, 2],
          [-6, 1],
        ],
        dom,
        [2.45, 1.8],
      ),
    ).toBeNull();
  });
  test('non-finite coordinates or values, or points far off the plot, do', () => {
    expect(
      divergedAt(
        [
          [-7, 2],
          [-6, Infinity],
        ],
        dom,
      ),
    ).toBe(1);
    expect(
      divergedAt(
        [
          [-7, 2],
          [-6, 1],
        ],
        dom,
        [1, NaN],
      ),
    ).toBe(1);
    expect(
      divergedAt(
        [
          [-7, 2],
          [-6, 40],
          [0, 0],
        ],
        dom,
      ),
    ).toBe(1);
    expect(
      divergedAt(
        [
          [-7, 2],
          [-6, 12],
        ],
        dom,
      ),
    ).toBeNull(); // off the plot but near: still drawn
  });
  test('the engine’s verdict wins when earlier', () => {
    expect(
      divergedAt(
        [
          [-7, 2],
          [-6, 1],
          [0, 0],
        ],
        dom,
        undefined,
        2,
      ),
    ).toBe(2);
  });
  test('messages name the optimizers and their learning rates in Korean', () => {
    expect(divergedMessage([{ optimizer: 'sgd', lr: 10 }])).toMatch(
      /^SGD가 발산했어요 \(학습률 10\)/,
    );
    expect(
      divergedMessage([
        { optimizer: 'sgd', lr: 10 },
        { optimizer: 'adam', lr: 50 },
      ]),
    ).toMatch(/^SGD, Adam이 발산했어요 \(학습률 10, 50\)/);
    expect(divergedMessage([])).toBe('');
  });
});

describe('contours', () => {
  test('levels are increasing and inside the data range', () => {
    const grid = Float32Array.from({ length: 100 }, (_, i) => i);
    const th = contourThresholds(grid, 10);
    expect(th).toHaveLength(10);
    expect(th.every((t, i) => i === 0 || t > th[i - 1])).toBe(true);
    expect(th[0]).toBeGreaterThan(0);
    expect(th[9]).toBeLessThan(99);
    const neg = contourThresholds(Float32Array.from([-4, 0, 4]), 4);
    expect(neg).toEqual([-2, 0, 2]);
    expect(contourThresholds(new Float32Array(4), 5)).toEqual([]);
  });

  test('a circle f = x² + y² gives a ring of the right radius in plot coordinates', () => {
    const nx = 41;
    const ny = 41;
    const box = plotBox([-2, 2], [-2, 2], 200);
    const values: number[] = [];
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        const x = -2 + (4 * i) / (nx - 1);
        const y = -2 + (4 * j) / (ny - 1);
        values.push(x * x + y * y);
      }
    const [mp] = contours().size([nx, ny]).thresholds([1])(values);
    const verts = pathVertices(contourPath(mp, nx, ny, box));
    // The region f ≥ 1: the grid's border (outside) with the unit circle as its hole.
    const radii = verts.map(([px, py]) => Math.hypot(...fromPx(box, px, py)));
    const ring = radii.filter((r) => r < 1.9);
    expect(ring.length).toBeGreaterThan(20);
    for (const r of ring) expect(r).toBeCloseTo(1, 1);
  });
});

describe('readout of the optimizer state', () => {
  test('Adam’s corrected step size follows the book: η·√(1−β2ᵗ)/(1−β1ᵗ)', () => {
    expect(adamStepSize(0.3, 1)).toBeCloseTo((0.3 * Math.sqrt(1 - 0.999)) / (1 - 0.9), 12);
    expect(adamStepSize(0.3, 0)).toBe(0.3);
  });
  test('state pairs and scalar slots are formatted; Adam gets η_t when the engine omits it', () => {
    expect(stateEntries('momentum', 0.1, 3, { v: [0.5, -0.25] })).toEqual([
      { label: 'v', value: '(0.5, −0.25)' },
    ]);
    expect(
      stateEntries('adam', 0.3, 2, { m: [1, 2], v: [3, 4], lrT: [0.05, 0.05] }).map((e) => e.label),
    ).toEqual(['m', 'v', 'η_t']);
    expect(stateEntries('adam', 0.3, 1, { m: [1, 2], v: [3, 4] }).at(-1)).toEqual({
      label: 'η_t',
      value: fmt(adamStepSize(0.3, 1)),
    });
    expect(stateEntries('sgd', 0.95, 3, {})[0].label).toBe('상태');
  });
});
