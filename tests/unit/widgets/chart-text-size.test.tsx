// @vitest-environment jsdom
// The hand-drawn SVG charts (activation-functions' curves, gradient-check's U-curve) size their
// tick labels, and the margins that hold them, by the browser's text size (kit textScale), as the
// kit's LiveChart does: 12 px labels at the default 16 px, 18 px at "Very large" (24 px); on a
// narrow chart with large text the U-curve labels every other h rather than letting them touch.
// Their negative ticks read −4, not -4. The size is read again when the chart's box resizes, as it
// does when the reader changes the text size with the page open (kit useElementBox).
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CurveChart } from '../../../src/widgets/activation-functions/parts/CurveChart';
import { CURVES, GRID } from '../../../src/widgets/activation-functions/model';
import type { Curves } from '../../../src/widgets/activation-functions/compute';
import { UCurve } from '../../../src/widgets/gradient-check/parts/UCurve';
import type { GradientCheckResult } from '../../../src/experiments/client';
import { LiveChart } from '../../../src/widgets/kit';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.documentElement.style.fontSize = '';
});

/** Renders at the given root font size (px) and, if given, chart width (px). */
function at(px: number, width?: number) {
  document.documentElement.style.fontSize = `${px}px`;
  if (width)
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      width,
    } as DOMRect);
}
const fontSizes = (svg: Element) =>
  [...svg.querySelectorAll('g[font-size]')].map((g) => Number(g.getAttribute('font-size')));
const plotOrigin = (svg: Element) => svg.querySelector(':scope > g')!.getAttribute('transform');

const hs = [1e-10, 1e-8, 1e-6, 1e-4, 1e-2];
const uResult = {
  h: 1e-4,
  uCurve: {
    hs,
    float32: hs.map((h) => 1e-7 / h + h * h),
    float64: hs.map((h) => 1e-16 / h + h * h),
    now: { float32: 1e-3, float64: 1e-8 },
  },
} as unknown as GradientCheckResult;
const uCurve = () => render(<UCurve result={uResult} />).container.querySelector('svg')!;
const xLabels = (svg: Element) =>
  [...svg.querySelectorAll('g[text-anchor="middle"] text')].map((t) => t.textContent);

describe('gradient-check U-curve', () => {
  test('16 px: 12 px labels, the margins as drawn before, every h labelled', () => {
    at(16);
    const svg = uCurve();
    expect(fontSizes(svg)).toEqual([12, 12]);
    expect(plotOrigin(svg)).toBe('translate(44,8)');
    expect(xLabels(svg)).toEqual(['1e−10', '1e−8', '1e−6', '1e−4', '1e−2']);
  });

  test('24 px: 18 px labels and 1.5× margins; on a 320 px phone, every other h labelled', () => {
    at(24);
    const wide = uCurve();
    expect(fontSizes(wide)).toEqual([18, 18]);
    expect(plotOrigin(wide)).toBe('translate(66,12)');
    expect(xLabels(wide)).toHaveLength(5);
    cleanup();
    at(24, 320);
    const narrow = uCurve();
    expect(xLabels(narrow)).toEqual(['1e−10', '1e−6', '1e−2']);
    // the grid keeps a line at every h
    expect(narrow.querySelectorAll('g[stroke-dasharray="3 3"] line')).toHaveLength(5 + 7);
  });
});

describe('activation-functions curves', () => {
  const grid = Object.fromEntries(
    CURVES.map((c) => [c.name, { y: GRID.map(() => 0), dy: GRID.map(() => 0) }]),
  ) as unknown as Curves;
  const chart = () =>
    render(
      <CurveChart grid={grid} point={null} shown={CURVES.slice(0, 2)} x={0} derivative={false} />,
    ).container.querySelector('svg')!;

  test('labels and margins grow with the text: 12 px at 16 px, 18 px and 1.5× at 24 px', () => {
    at(16);
    const normal = chart();
    expect(fontSizes(normal)).toEqual([12, 12]);
    expect(plotOrigin(normal)).toBe('translate(40,8)');
    cleanup();
    at(24);
    const large = chart();
    expect(fontSizes(large)).toEqual([18, 18]);
    expect(plotOrigin(large)).toBe('translate(60,12)');
    // the x labels sit 1.5 × 16 px below the plot (300 px tall less 1.5 × (8 + 24) margins)
    const x0 = large.querySelector('g[text-anchor="middle"] text')!;
    expect(Number(x0.getAttribute('y'))).toBe(300 - 48 + 24);
  });

  test('negative ticks are written with a minus sign (−4), as the prose and tables write them', () => {
    const texts = [...chart().querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['−4', '−2', '0', '2', '4']));
    expect(texts.join(' ')).not.toContain('-');
  });
});

describe('a text size changed with the page open', () => {
  test('the next resize of the chart redraws its labels at the new size (LiveChart)', () => {
    const observers: Array<() => void> = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(readonly cb: () => void) {
          observers.push(cb);
        }
        observe() {}
        disconnect() {}
      },
    );
    try {
      at(16, 600);
      const { container } = render(
        <LiveChart rows={[{ it: 0, a: 1 }]} x="it" lines={[{ key: 'a', color: 'red' }]} xDomain={[0, 1]} yDomain={[0, 1]} height={200} />, // prettier-ignore
      );
      const svg = () => container.querySelector('svg')!;
      expect(fontSizes(svg())).toEqual([12, 12]);
      // the reader picks "Very large": the column (in rem) and so the chart's box change size
      document.documentElement.style.fontSize = '24px';
      vi.mocked(HTMLElement.prototype.getBoundingClientRect).mockReturnValue({
        width: 640,
      } as DOMRect);
      act(() => observers.forEach((cb) => cb()));
      expect(fontSizes(svg())).toEqual([18, 18]);
      expect(plotOrigin(svg())).toBe('translate(63,12)');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
