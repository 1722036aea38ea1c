// @vitest-environment jsdom
// The table of contents, closed in the HTML, opens where it stands beside the text and follows
// the window's width until the reader opens or closes it.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { openTocBesideText, TOC_BESIDE_TEXT } from '../../../src/app/tocBesideText';

function fakeWidth(wide: boolean) {
  const listeners: Array<() => void> = [];
  const mq = {
    matches: wide,
    addEventListener: (_: string, f: () => void) => listeners.push(f),
  };
  vi.stubGlobal('matchMedia', (q: string) => {
    expect(q).toBe(TOC_BESIDE_TEXT);
    return mq;
  });
  return (w: boolean) => {
    mq.matches = w;
    for (const f of listeners) f();
  };
}

const toc = () => {
  document.body.innerHTML =
    '<nav class="toc"><details><summary>이 장의 차례</summary><ul><li><a href="#a">A</a></li></ul></details></nav>';
  return document.querySelector('details')!;
};

afterEach(() => vi.unstubAllGlobals());

describe('the table of contents', () => {
  test('stays closed above the chapter on a narrow screen; opens beside the text on a wide one', () => {
    const resize = fakeWidth(false);
    const d = toc();
    openTocBesideText();
    expect(d.open).toBe(false);
    resize(true);
    expect(d.open).toBe(true);
    resize(false);
    expect(d.open).toBe(false);
  });

  test('once the reader has opened or closed it, the width no longer does', () => {
    const resize = fakeWidth(true);
    const d = toc();
    openTocBesideText();
    expect(d.open).toBe(true);
    d.querySelector('summary')!.click(); // the reader closes it
    expect(d.open).toBe(false);
    resize(false);
    resize(true);
    expect(d.open).toBe(false);
  });
});
