// A pre-rendered widget frame holds its widget's room (src/widgets/reserved-heights.ts) through
// the --reserve custom property that notebook.css turns into a min-height: every registered
// widget has one, the static HTML carries it, and it follows the viewport's width from one
// measured height to the next. (The browser computing that CSS: tests/e2e/notebook.e2e.ts.)
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { WidgetIsland } from '../../../src/notebook/WidgetIsland';
import { WIDGETS } from '../../../src/widgets/registry';
import {
  RESERVE_WIDTHS,
  RESERVED_HEIGHT,
  RESERVED_VARIANT_HEIGHT,
  reserveAt,
  reserveCss,
  reservedHeight,
} from '../../../src/widgets/reserved-heights';

describe('widget islands hold their widget’s room', () => {
  test('every registered widget has a reserved height, and only they', () => {
    expect(Object.keys(RESERVED_HEIGHT).sort()).toEqual(Object.keys(WIDGETS).sort());
    for (const [name, r] of Object.entries(RESERVED_HEIGHT))
      for (const h of r) expect(Number.isInteger(h) && h >= 300 && h <= 4000, `${name}: ${r}`).toBe(true); // prettier-ignore
  });

  test('the room follows the viewport: each measured height at its width, a straight line between, flat beyond', () => {
    const r = RESERVED_HEIGHT['layer-backprop'];
    const [w, n, s] = RESERVE_WIDTHS;
    expect([1280, w, n, s, 320].map((v) => reserveAt(r, v))).toEqual([r[0], r[0], r[1], r[2], r[2]].map((h) => expect.closeTo(h, 0))); // prettier-ignore
    expect(reserveAt(r, (w + n) / 2)).toBeCloseTo((r[0] + r[1]) / 2, 0);
    expect(reserveAt(r, (n + s) / 2)).toBeCloseTo((r[1] + r[2]) / 2, 0);
    // the CSS says the same: px of height per px of viewport, each clamped to its stretch
    expect(reserveCss([1870, 2670, 3390])).toBe(
      'calc(1870px + 2.778 * clamp(0px, 768px - 100vw, 288px) + 6 * clamp(0px, 480px - 100vw, 120px))',
    );
  });

  test('the frame written at build time carries it', () => {
    const html = renderToStaticMarkup(
      <WidgetIsland name="softmax" attrs={{}} instanceKey="softmax" line={3} />,
    );
    expect(html).toContain(`style="--reserve:${reserveCss(RESERVED_HEIGHT.softmax)}"`);
  });

  test('a directive listed as a variant holds its own room, in any parameter order', () => {
    const [variant] = Object.keys(RESERVED_VARIANT_HEIGHT);
    const [, name, params] = /^([\w-]+)\{(.*)\}$/.exec(variant)!;
    expect(name in WIDGETS, name).toBe(true);
    const attrs = Object.fromEntries(
      params
        .split(' ')
        .map((kv) => kv.split('='))
        .reverse(),
    );
    expect(reservedHeight(name, attrs)).toEqual(RESERVED_VARIANT_HEIGHT[variant]);
    expect(reservedHeight(name, {})).toEqual(RESERVED_HEIGHT[name]);
    const html = renderToStaticMarkup(
      <WidgetIsland name={name} attrs={attrs} instanceKey={`${name}-2`} line={9} />,
    );
    expect(html).toContain(`style="--reserve:${reserveCss(RESERVED_VARIANT_HEIGHT[variant])}"`);
  });

  test('an error card (bad parameter) holds no room', () => {
    const html = renderToStaticMarkup(
      <WidgetIsland name="softmax" attrs={{ bogus: '1' }} instanceKey="softmax" line={3} />,
    );
    expect(html).not.toContain('--reserve');
  });
});
