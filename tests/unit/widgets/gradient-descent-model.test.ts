// gradient-descent's pure helpers: the divergence verdict and its Korean message, the plot's
// zoom and ticks, and clipping segments to the view.
import { describe, expect, it } from 'vitest';
import {
  clipSegment,
  divergedMessage,
  inView,
  ticks,
  verdict,
  viewRadius,
  type Path,
  type Point,
} from '../../../src/widgets/gradient-descent/model';

/** x_k = (1 − 2·lr)^k · init, f = |x|², ∇f = 2x: the closed form of the book's demo. */
function closedForm(init: Point, lr: number, steps: number): Path {
  const points: Point[] = [];
  for (let k = 0; k <= steps; k++) {
    const c = Math.fround((1 - 2 * lr) ** k);
    points.push([Math.fround(init[0] * c), Math.fround(init[1] * c)]);
  }
  return {
    points,
    values: points.map(([a, b]) => Math.fround(a * a + b * b)),
    grads: points.map(([a, b]) => [2 * a, 2 * b]),
  };
}

describe('verdict', () => {
  it('the book defaults converge', () => {
    const v = verdict(closedForm([-3, 4], 0.1, 20));
    expect(v.diverged).toBe(false);
    expect(v.startNorm).toBe(5);
    expect(v.endNorm).toBeCloseTo(5 * 0.8 ** 20, 6);
    expect(divergedMessage(v, 0.1, 20)).toBe('');
  });

  it('lr 10: finite x but f overflows float32 from step 15; diverged with a Korean message', () => {
    const v = verdict(closedForm([-3, 4], 10, 20));
    expect(v.diverged).toBe(true);
    expect(v.nonFiniteAt).toBe(15);
    expect(v.xNonFiniteAt).toBeNull();
    const m = divergedMessage(v, 10, 20);
    expect(m).toContain('발산했어요');
    expect(m).toContain('−19');
    expect(m).toContain('15단계부터는 f(x)');
    expect(m).toContain('20단계 뒤 |x|');
  });

  it('lr 0.6 (factor −0.2) converges; lr 1.05 (factor −1.1) diverges slowly but surely', () => {
    expect(verdict(closedForm([-3, 4], 0.6, 20)).diverged).toBe(false);
    const v = verdict(closedForm([-3, 4], 1.05, 20));
    expect(v.diverged).toBe(true);
    expect(v.nonFiniteAt).toBeNull();
  });

  it('lr 1 oscillates at the same distance: not diverged; a path that never moved is stuck', () => {
    const osc = verdict(closedForm([-3, 4], 1, 5));
    expect(osc.diverged).toBe(false);
    expect(osc.endNorm).toBe(osc.startNorm);
    const stuck = verdict(closedForm([-3, 4], 0, 5));
    expect(stuck.stuck).toBe(true);
    expect(stuck.diverged).toBe(false);
  });

  it('NaN in x counts as diverged', () => {
    const p = closedForm([-3, 4], 0.1, 3);
    p.points[2] = [NaN, NaN];
    const v = verdict(p);
    expect(v.diverged).toBe(true);
    expect(v.xNonFiniteAt).toBe(2);
    expect(divergedMessage(v, 0.1, 3)).toContain('2단계에서 x가');
  });
});

describe('view', () => {
  it('fits the path between ±5 and ±1000', () => {
    expect(viewRadius(closedForm([-3, 4], 0.1, 20).points)).toBe(5);
    expect(viewRadius([[0, 40]])).toBeCloseTo(44, 9);
    expect(viewRadius(closedForm([-3, 4], 10, 20).points)).toBe(1000);
    expect(viewRadius([[NaN, Infinity]])).toBe(5);
  });

  it('round ticks', () => {
    expect(ticks(5)).toEqual([-4, -2, 0, 2, 4]);
    expect(ticks(1000)).toEqual([-1000, -500, 0, 500, 1000]);
  });

  it('clips segments to the view (Liang–Barsky)', () => {
    expect(clipSegment([0, 0], [1, 1], 5)).toEqual([
      [0, 0],
      [1, 1],
    ]);
    const c = clipSegment([0, 0], [10, 0], 5)!;
    expect(c[1]).toEqual([5, 0]);
    // a segment crossing the whole view from far outside
    const far = clipSegment([-1e7, 1e7], [1e7, -1e7], 1000)!;
    expect(far[0][0]).toBeCloseTo(-1000, 6);
    expect(far[0][1]).toBeCloseTo(1000, 6);
    expect(far[1][0]).toBeCloseTo(1000, 6);
    // …but not from where float32 cannot say where it crosses the view
    expect(clipSegment([-1e26, 1e26], [1e26, -1e26], 1000)).toBeNull();
    expect(clipSegment([10, 10], [20, 10], 5)).toBeNull();
    expect(clipSegment([0, 0], [NaN, 1], 5)).toBeNull();
    expect(inView([1, 1], 5)).toBe(true);
    expect(inView([6, 1], 5)).toBe(false);
  });
});
