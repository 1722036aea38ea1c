// @vitest-environment jsdom
// The kit's parts for training widgets: LiveChart draws each curve as one path on d3 scales
// (gaps where a value is missing, dots on request, ticks formatted), and useTransitionStore
// follows an external store (a session's view) to its latest snapshot.
import { act, cleanup, render, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { LiveChart, useTransitionStore } from '../../../src/widgets/kit';

afterEach(cleanup);

/** The numbers of an SVG path's commands, as [x, y] pairs per sub-path. */
function subpaths(d: string): number[][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) =>
      part
        .split('L')
        .map((p) => p.split(',').map(Number))
        .filter((p) => p.length === 2),
    );
}

describe('LiveChart', () => {
  const rows = [
    { it: 0, a: 1, b: 0.5 },
    { it: 50, a: 0.5, b: null },
    { it: 100, a: 0, b: 0.25 },
    { it: 150, a: 0, b: 0.25 },
  ];
  const chart = (extra: Partial<Parameters<typeof LiveChart>[0]> = {}) =>
    render(
      <LiveChart
        rows={rows}
        x="it"
        lines={[
          { key: 'a', color: 'red' },
          { key: 'b', color: 'blue', dash: '5 4', dots: true },
        ]}
        xDomain={[0, 200]}
        yDomain={[0, 1]}
        yTicks={[0, 0.5, 1]}
        yFormat={(v) => `${v * 100}%`}
        height={222}
        {...extra}
      />,
    ).container;

  test('one path per curve on the scales: x from 0 to the width, y from the bottom up', () => {
    const svg = chart().querySelector('svg')!;
    // jsdom has no layout: the chart uses its fallback width (600) less the margins (42 + 12)
    expect(svg.getAttribute('width')).toBe('600');
    expect(svg.getAttribute('height')).toBe('222');
    const a = subpaths(svg.querySelector('[data-line="a"] path')!.getAttribute('d')!);
    expect(a).toHaveLength(1);
    const h = 222 - 8 - 22;
    expect(a[0]![0]).toEqual([0, 0]); // (0, 1): left, top
    expect(a[0]![1]![0]).toBeCloseTo(546 / 4); // x = 50 of 200
    expect(a[0]![1]![1]).toBeCloseTo(h / 2); // y = 0.5
    expect(a[0]![3]).toEqual([546 * 0.75, h]);
  });

  test('reference marks: a vertical line at x, a horizontal one at y, dashed', () => {
    const svg = chart({
      marks: [{ x: 50 }, { y: 0.5, color: 'green', dash: '5 4' }],
    }).querySelector('svg')!;
    const h = 222 - 8 - 22;
    const vx = svg.querySelector('[data-mark="x=50"]')!;
    expect([vx.getAttribute('x1'), vx.getAttribute('x2')].map(Number)).toEqual([546 / 4, 546 / 4]);
    expect([vx.getAttribute('y1'), vx.getAttribute('y2')].map(Number)).toEqual([0, h]);
    expect(vx.getAttribute('stroke-dasharray')).toBe('2 3');
    const hy = svg.querySelector('[data-mark="y=0.5"]')!;
    expect([hy.getAttribute('y1'), hy.getAttribute('y2')].map(Number)).toEqual([h / 2, h / 2]);
    expect([hy.getAttribute('x1'), hy.getAttribute('x2')].map(Number)).toEqual([0, 546]);
    expect(hy.getAttribute('stroke')).toBe('green');
  });

  test('a missing value leaves a gap; dots only where there are values; dash and colour', () => {
    const c = chart();
    const b = c.querySelector('[data-line="b"] path')!;
    expect(subpaths(b.getAttribute('d')!)).toHaveLength(2);
    expect(b.getAttribute('stroke')).toBe('blue');
    expect(b.getAttribute('stroke-dasharray')).toBe('5 4');
    expect(c.querySelectorAll('[data-line="b"] circle')).toHaveLength(3);
    expect(c.querySelectorAll('[data-line="a"] circle')).toHaveLength(0);
  });

  test('ticks: the given y ticks formatted, whole-number x ticks when asked', () => {
    const texts = [...chart({ integerX: true, xDomain: [0, 3] }).querySelectorAll('text')].map(
      (t) => t.textContent,
    );
    expect(texts).toEqual(expect.arrayContaining(['0%', '50%', '100%', '0', '1', '2', '3']));
    expect(texts.some((t) => t?.includes('.'))).toBe(false);
  });

  test("labels and their margins grow with the browser's text size (24 px: ×1.5)", () => {
    document.documentElement.style.fontSize = '24px';
    try {
      const svg = chart().querySelector('svg')!;
      const label = svg.querySelector('text')!;
      expect(Number(label.parentElement!.getAttribute('font-size'))).toBe(18);
      // the plot starts 1.5 × 42 px in and 1.5 × 8 px down; its width is 600 less 1.5 × (42 + 12)
      expect(svg.querySelector('g')!.getAttribute('transform')).toBe('translate(63,12)');
      const a = subpaths(svg.querySelector('[data-line="a"] path')!.getAttribute('d')!);
      expect(a[0]![3]![0]).toBeCloseTo((600 - 81) * 0.75);
    } finally {
      document.documentElement.style.fontSize = '';
    }
    expect(chart().querySelector('svg g')!.getAttribute('transform')).toBe('translate(42,8)');
  });

  test('no rows: axes only, no path', () => {
    const c = chart({ rows: [] });
    expect(c.querySelectorAll('path')).toHaveLength(0);
    expect(c.querySelectorAll('text').length).toBeGreaterThan(0);
  });
});

describe('useTransitionStore', () => {
  test('starts at the snapshot and follows every change to the latest', async () => {
    let value = 1;
    const listeners = new Set<() => void>();
    const subscribe = (l: () => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    };
    const snapshot = () => value;
    const { result, unmount } = renderHook(() => useTransitionStore(subscribe, snapshot));
    expect(result.current).toBe(1);
    await act(async () => {
      value = 2;
      listeners.forEach((l) => l());
      value = 3;
      listeners.forEach((l) => l());
    });
    expect(result.current).toBe(3);
    unmount();
    expect(listeners.size).toBe(0);
  });
});
