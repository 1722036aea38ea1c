// gradient-descent's chart scales with its box; chartLayout sizes its labels in viewBox units so
// the ticks are 12 px and the contour labels 11 px on screen (× the text scale) at any drawn
// width, and grows the margins to hold them.
import { describe, expect, test } from 'vitest';
import { chartLayout, MIN_MARGIN, SIZE } from '../../../src/widgets/gradient-descent/chartLayout';

const viewWidth = (vb: string) => Number(vb.split(' ')[2]);
const viewHeight = (vb: string) => Number(vb.split(' ')[3]);

describe('chartLayout', () => {
  test.each([
    [300, 1],
    [330, 1],
    [360, 1],
    [480, 1],
    [330, 1.5],
    [720, 1.5],
  ])(
    'drawn %i px wide at text scale %d: ticks 12 px × k and contour labels 11 px × k on screen',
    (width, k) => {
      const { tick, ring, margin, viewBox } = chartLayout(width, k);
      const pxPerUnit = width / viewWidth(viewBox);
      expect(tick * pxPerUnit).toBeCloseTo(12 * k, 0);
      expect(ring * pxPerUnit).toBeCloseTo(11 * k, 0);
      // "−1000" (≈ 3 em) left of the plot; the ticks and x₀ under it; the last tick's half right
      expect(margin.left).toBeGreaterThanOrEqual(3 * tick + 6 - 1);
      expect(margin.bottom).toBeGreaterThanOrEqual(2 * tick + 5 - 1);
      expect(margin.right).toBeGreaterThanOrEqual(1.4 * tick - 1);
      expect(viewWidth(viewBox)).toBe(SIZE + margin.left + margin.right);
      expect(viewHeight(viewBox)).toBe(SIZE + margin.top + margin.bottom);
    },
  );

  test('never less room than before: a chart drawn large keeps the least margins', () => {
    expect(chartLayout(900).margin).toEqual(MIN_MARGIN);
  });
});
