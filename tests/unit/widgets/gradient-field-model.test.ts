// gradient-field's pure helpers: snapping and keyboard moves on the grid, the arrow geometry
// (−∇f, scaled the same for every method), and the largest difference over the grid.
import { describe, expect, it } from 'vitest';
import {
  arrowPath,
  fromPx,
  keyMove,
  maxAbsDiff,
  px,
  py,
  snap,
} from '../../../src/widgets/gradient-field/model';

describe('gradient-field model', () => {
  it('snaps to the 0.25 grid inside [−2, 2]', () => {
    expect(snap(0.1)).toBe(0);
    expect(snap(-0.13)).toBe(-0.25);
    expect(snap(1.9)).toBe(2);
    expect(snap(7)).toBe(2);
    expect(snap(-7)).toBe(-2);
    expect(Object.is(snap(-0.01), -0)).toBe(false);
  });

  it('moves one grid step per arrow key and stops at the edge', () => {
    expect(keyMove('ArrowRight', [0, 2])).toEqual([0.25, 2]);
    expect(keyMove('ArrowUp', [0, 2])).toEqual([0, 2]);
    expect(keyMove('ArrowDown', [0, 2])).toEqual([0, 1.75]);
    expect(keyMove('ArrowLeft', [-2, 0])).toEqual([-2, 0]);
    expect(keyMove('Enter', [0, 0])).toBeNull();
  });

  it('maps data to the plot and back', () => {
    const [x, y] = fromPx(px(1.25), py(-0.5));
    expect(x).toBeCloseTo(1.25, 9);
    expect(y).toBeCloseTo(-0.5, 9);
    expect(py(1)).toBeLessThan(py(0)); // y up
  });

  it('draws −∇f: from (2, 0) with ∇f = (4, 0) the arrow points left', () => {
    const d = arrowPath(2, 0, 4, 0);
    const [sx, sy, ex, ey] = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(sx).toBeCloseTo(px(2), 1);
    expect(sy).toBeCloseTo(py(0), 1);
    expect(ex).toBeLessThan(sx);
    expect(ey).toBeCloseTo(sy, 1);
    // a zero gradient draws a dot, not NaN
    expect(arrowPath(0, 0, 0, 0)).not.toMatch(/NaN/);
    expect(arrowPath(0, 0, NaN, 1)).not.toMatch(/NaN/);
  });

  it('max |a − b| over the first n entries', () => {
    expect(maxAbsDiff([1, 2, 3], [1, 2.5, 10], 2)).toBe(0.5);
    expect(maxAbsDiff([1, 2, 3], [1, 2.5, 10])).toBe(7);
  });
});
