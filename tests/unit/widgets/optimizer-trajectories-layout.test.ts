// optimizer-trajectories' panels scale with their box; panelLayout sizes their tick labels in
// viewBox units so they are 11 px on screen (× the text scale) at any drawn width, and grows the
// margins to hold them.
import { describe, expect, test } from 'vitest';
import { plotBox } from '../../../src/widgets/optimizer-trajectories/model';
import { MIN_MARGIN, panelLayout } from '../../../src/widgets/optimizer-trajectories/panelLayout';

const box = plotBox([-10, 10], [-5, 5], 240);
const viewWidth = (vb: string) => Number(vb.split(' ')[2]);

describe('panelLayout', () => {
  test.each([
    [160, 1],
    [200, 1],
    [274, 1],
    [520, 1],
    [200, 1.5],
  ])('drawn %i px wide at text scale %d: ticks 11 px × k on screen', (width, k) => {
    const { label: tick, margin, viewBox } = panelLayout(box, width, k);
    const onScreen = (tick * width) / viewWidth(viewBox);
    expect(onScreen).toBeCloseTo(11 * k, 0);
    // room for "−10" (≈ 2.1 em) left of the plot and a line under it
    expect(margin.left).toBeGreaterThanOrEqual(2.1 * tick + 4 - 1);
    expect(margin.bottom).toBeGreaterThanOrEqual(tick + 6 - 1);
    expect(viewWidth(viewBox)).toBe(box.width + margin.left + margin.right);
  });

  test('never less room than before: a large panel keeps the least margins', () => {
    const { margin } = panelLayout(box, 700);
    expect(margin).toEqual(MIN_MARGIN);
  });
});
