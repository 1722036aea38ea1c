// A pre-rendered widget frame holds its widget's room (src/widgets/reserved-heights.ts) through
// the --reserve custom property that notebook.css turns into a min-height: every registered
// widget has one, and the static HTML carries it.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { WidgetIsland } from '../../../src/notebook/WidgetIsland';
import { WIDGETS } from '../../../src/widgets/registry';
import {
  RESERVED_HEIGHT,
  RESERVED_VARIANT_HEIGHT,
  reservedHeight,
} from '../../../src/widgets/reserved-heights';

describe('widget islands hold their widget’s room', () => {
  test('every registered widget has a reserved height, and only they', () => {
    expect(Object.keys(RESERVED_HEIGHT).sort()).toEqual(Object.keys(WIDGETS).sort());
    for (const [name, [wide, narrow]] of Object.entries(RESERVED_HEIGHT)) {
      expect(Number.isInteger(wide) && wide >= 300 && wide <= 3000, `${name}: ${wide}`).toBe(true);
      // a phone's column is narrower: its widgets wrap taller, never shorter
      expect(Number.isInteger(narrow) && narrow >= wide && narrow <= 4000, `${name}: ${narrow}`).toBe(true); // prettier-ignore
    }
  });

  test('the frame written at build time carries it', () => {
    const html = renderToStaticMarkup(
      <WidgetIsland name="softmax" attrs={{}} instanceKey="softmax" line={3} />,
    );
    const [wide, narrow] = RESERVED_HEIGHT.softmax;
    expect(html).toContain(`style="--reserve:${wide}px;--reserve-narrow:${narrow}px"`);
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
    const [wide, narrow] = RESERVED_VARIANT_HEIGHT[variant];
    const html = renderToStaticMarkup(
      <WidgetIsland name={name} attrs={attrs} instanceKey={`${name}-2`} line={9} />,
    );
    expect(html).toContain(`style="--reserve:${wide}px;--reserve-narrow:${narrow}px"`);
  });

  test('an error card (bad parameter) holds no room', () => {
    const html = renderToStaticMarkup(
      <WidgetIsland name="softmax" attrs={{ bogus: '1' }} instanceKey="softmax" line={3} />,
    );
    expect(html).not.toContain('--reserve');
  });
});
