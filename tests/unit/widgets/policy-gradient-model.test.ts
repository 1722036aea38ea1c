// policy-gradient's pure helpers: the thinned chart episodes and the reward moving average.
import { describe, expect, it } from 'vitest';
import { movingAverage, thinned } from '../../../src/widgets/policy-gradient/model';

describe('policy-gradient model', () => {
  it('thinned keeps the start and the end, at most ~250 points', () => {
    expect(thinned(60)).toEqual(Array.from({ length: 61 }, (_, i) => i));
    const t = thinned(1000);
    expect(t[0]).toBe(0);
    expect(t[t.length - 1]).toBe(1000);
    expect(t.length).toBeLessThanOrEqual(252);
  });

  it('movingAverage averages the last `window` values (fewer at the start)', () => {
    expect([...movingAverage([1, 2, 3, 4, 5], 2)]).toEqual([1, 1.5, 2.5, 3.5, 4.5]);
    expect([...movingAverage([2, 2, 2], 20)]).toEqual([2, 2, 2]);
  });
});
