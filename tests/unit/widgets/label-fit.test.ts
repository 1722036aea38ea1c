// Charts drawn through their viewBox scale with their box; their layouts (kit fitLabels) size the
// labels in viewBox units so they keep their size on screen (× the text scale) at any drawn
// width, and grow the margins to hold them: gradient-descent's ticks 12 px and contour labels
// 11 px, gradient-field's ticks 12 px.
import { describe, expect, test } from 'vitest';
import * as descent from '../../../src/widgets/gradient-descent/chartLayout';
import * as field from '../../../src/widgets/gradient-field/chartLayout';
import { SIZE as FIELD_SIZE } from '../../../src/widgets/gradient-field/model';

const viewWidth = (vb: string) => Number(vb.split(' ')[2]);
const viewHeight = (vb: string) => Number(vb.split(' ')[3]);
const DRAWN: Array<[number, number]> = [
  [300, 1],
  [330, 1],
  [360, 1],
  [480, 1],
  [330, 1.5],
  [720, 1.5],
];

describe('gradient-descent chartLayout', () => {
  test.each(DRAWN)(
    'drawn %i px wide at text scale %d: ticks 12 px × k, contour labels 11',
    (width, k) => {
      const { label: tick, margin, viewBox } = descent.chartLayout(width, k);
      const ring = tick * descent.RING_TO_TICK;
      const pxPerUnit = width / viewWidth(viewBox);
      expect(tick * pxPerUnit).toBeCloseTo(12 * k, 0);
      expect(ring * pxPerUnit).toBeCloseTo(11 * k, 0);
      // "−1000" (≈ 3 em) left of the plot; the ticks and x₀ under it; the last tick's half right
      expect(margin.left).toBeGreaterThanOrEqual(3 * tick + 6 - 1);
      expect(margin.bottom).toBeGreaterThanOrEqual(2 * tick + 5 - 1);
      expect(margin.right).toBeGreaterThanOrEqual(1.4 * tick - 1);
      expect(viewWidth(viewBox)).toBe(descent.SIZE + margin.left + margin.right);
      expect(viewHeight(viewBox)).toBe(descent.SIZE + margin.top + margin.bottom);
    },
  );

  test('never less room than before: a chart drawn large keeps the least margins', () => {
    expect(descent.chartLayout(900).margin).toEqual(descent.MIN_MARGIN);
  });
});

describe('gradient-field fieldLayout', () => {
  test.each(DRAWN)('drawn %i px wide at text scale %d: ticks 12 px × k', (width, k) => {
    const { label: tick, margin, viewBox } = field.fieldLayout(width, k);
    expect((tick * width) / viewWidth(viewBox)).toBeCloseTo(12 * k, 0);
    // "−2" (≈ 1.2 em) left of the plot; the ticks and x₀ under it
    expect(margin.left).toBeGreaterThanOrEqual(1.4 * tick + 8 - 1);
    expect(margin.bottom).toBeGreaterThanOrEqual(2 * tick + 4 - 1);
    expect(viewWidth(viewBox)).toBe(FIELD_SIZE + margin.left + margin.right);
    expect(viewHeight(viewBox)).toBe(FIELD_SIZE + margin.top + margin.bottom);
  });

  test('never less room than before: a chart drawn large keeps the least margins', () => {
    expect(field.fieldLayout(900).margin).toEqual(field.MIN_MARGIN);
  });
});
