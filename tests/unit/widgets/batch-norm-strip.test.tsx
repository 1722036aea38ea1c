// @vitest-environment jsdom
// batch-norm's test-mode strips: all 100 units of a running statistic as ticks between its min (x = 1)
// and max (x = 99), drawn as ONE path, so a new reading of the statistics sets one attribute a
// strip instead of two per unit (the ten strips' 2,000 line attributes made a 50–80 ms commit).
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { StatStrip } from '../../../src/widgets/batch-norm/parts/StatStrip';

afterEach(cleanup);

/** The tick x positions of the strip's path, in order. */
function ticks(container: HTMLElement): number[] {
  const paths = container.querySelectorAll('path.bn__strip-tick');
  expect(paths).toHaveLength(1);
  const d = paths[0].getAttribute('d')!;
  expect(d).toMatch(/^(M-?[\d.]+ 1V9)+$/);
  return [...d.matchAll(/M(-?[\d.]+) 1V9/g)].map((m) => Number(m[1]));
}

test('one path, a tick per unit, from min at x = 1 to max at x = 99', () => {
  const values = Float32Array.from({ length: 100 }, (_, i) => -2 + (i * i) / 2500);
  const { container } = render(<StatStrip values={values} label="μ_run 분포" />);
  const xs = ticks(container);
  expect(xs).toHaveLength(100);
  expect(xs[0]).toBeCloseTo(1, 2);
  expect(xs[99]).toBeCloseTo(99, 2);
  expect(xs[50]).toBeCloseTo(1 + 98 * (2500 / 9801), 1); // (v − min) / span of the 51st unit
  expect(container.querySelectorAll('line.bn__strip-tick')).toHaveLength(0);
  expect(container.querySelector('svg')!.getAttribute('aria-label')).toBe('μ_run 분포');
});

test('all units equal: every tick at the left end; a non-finite unit is left out', () => {
  const { container, rerender } = render(
    <StatStrip values={new Float32Array(5).fill(0.3)} label="a" />,
  );
  expect(ticks(container)).toEqual([1, 1, 1, 1, 1]);
  rerender(<StatStrip values={Float32Array.from([0, NaN, 1])} label="a" />);
  expect(ticks(container)).toEqual([1, 99]);
});
