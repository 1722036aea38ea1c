// @vitest-environment jsdom
// The End key reaches the end of a page that grows while the browser scrolls to it
// (src/app/endKeyReachesEnd.ts). jsdom has no layout: the page's height, the scroll position and
// the browser's scrolling are played here by hand, as the real browser test can only catch the
// growth under load (tests/e2e/reader.e2e.ts).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { endKeyReachesEnd, scrollsThePage } from '../../../src/app/endKeyReachesEnd';

const VIEW = 900;
let height = 0;
let stop: () => void = () => {};
const jumps: number[] = [];

/** The browser scrolls to `y` (clamped to the page), with its scroll event. */
function scrollTo(y: number): void {
  Object.defineProperty(window, 'scrollY', { value: Math.min(y, height - VIEW), configurable: true }); // prettier-ignore
  window.dispatchEvent(new Event('scroll'));
}

const key = (k: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init })); // prettier-ignore

beforeEach(() => {
  vi.useFakeTimers();
  height = 10_000;
  jumps.length = 0;
  Object.defineProperty(window, 'innerHeight', { value: VIEW, configurable: true });
  Object.defineProperty(document.documentElement, 'scrollHeight', { get: () => height, configurable: true }); // prettier-ignore
  scrollTo(0);
  window.scrollTo = ((_x: number, y: number) => {
    jumps.push(y);
    scrollTo(y);
  }) as typeof window.scrollTo;
  stop = endKeyReachesEnd();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('End on a page that grows on the way', () => {
  test('the scroll that stopped at the old end is carried on until the end stays put', () => {
    key('End');
    height = 16_000; // sections passed on the way took their real height
    scrollTo(10_000 - VIEW); // the browser's scroll ends where the end was
    vi.advanceTimersByTime(200);
    expect(jumps).toEqual([16_000]);
    height = 18_000; // the sections it landed by grew too
    vi.advanceTimersByTime(200);
    expect(jumps).toEqual([16_000, 18_000]);
    vi.advanceTimersByTime(200);
    expect(window.scrollY).toBe(18_000 - VIEW); // at the end: nothing more
    expect(jumps).toHaveLength(2);
  });

  test('at the end it looks again: a page that grew after it arrived is followed to its end', () => {
    key('End');
    scrollTo(10_000); // the browser's scroll reached the end
    vi.advanceTimersByTime(200);
    expect(jumps).toEqual([]);
    height = 11_697; // the sections it landed by grew once it was there, with no scroll event
    vi.advanceTimersByTime(500);
    expect(jumps).toEqual([11_697]);
    vi.advanceTimersByTime(1000); // there, and the end stays put: let go
    height = 14_000;
    vi.advanceTimersByTime(2000);
    expect(jumps).toEqual([11_697]);
  });

  test('a scroll that starts late (a busy page) is still the key’s', () => {
    key('End');
    vi.advanceTimersByTime(700);
    height = 16_000;
    scrollTo(10_000 - VIEW);
    vi.advanceTimersByTime(200);
    expect(jumps).toEqual([16_000]);
  });

  test('a scroll that reached the end is left alone', () => {
    key('End');
    scrollTo(10_000);
    vi.advanceTimersByTime(1000);
    expect(jumps).toEqual([]);
  });

  test('the reader taking over (the wheel) lets go', () => {
    key('End');
    height = 16_000;
    scrollTo(10_000 - VIEW);
    window.dispatchEvent(new Event('wheel'));
    vi.advanceTimersByTime(1000);
    expect(jumps).toEqual([]);
  });

  test('End that did not scroll the page (used by something on it) moves nothing', () => {
    key('End');
    vi.advanceTimersByTime(1000);
    height = 16_000;
    scrollTo(3000); // a later scroll of the reader's own
    vi.advanceTimersByTime(1000);
    expect(jumps).toEqual([]);
  });
});

describe('which End is the page’s', () => {
  test('on the page, a link or a button: yes; with Shift or Alt, or used already: no', () => {
    const seen: boolean[] = [];
    document.addEventListener('keydown', (e) => seen.push(scrollsThePage(e)));
    document.body.innerHTML =
      '<main tabindex="-1"><a href="#x">x</a><button>b</button></main><p id="p">t</p>';
    key('End');
    key('End', document.querySelector('main')!);
    key('End', document.querySelector('a')!);
    key('End', document.querySelector('button')!);
    key('End', document.body, { shiftKey: true });
    key('End', document.body, { altKey: true });
    key('Home');
    const used = document.getElementById('p')!;
    used.addEventListener('keydown', (e) => e.preventDefault());
    key('End', used);
    expect(seen).toEqual([true, true, true, true, false, false, false, false]);
  });

  test('a slider, a text box, a grid or a focusable scroller keeps End for itself', () => {
    const seen: boolean[] = [];
    document.addEventListener('keydown', (e) => seen.push(scrollsThePage(e)));
    document.body.innerHTML =
      '<input type="range"><textarea></textarea><div role="grid"><span id="cell">1</span></div>' +
      '<div tabindex="0" id="scroller"><span id="inner">wide</span></div><select></select>';
    for (const sel of ['input', 'textarea', '#cell', '#inner', 'select'])
      key('End', document.querySelector(sel)!);
    expect(seen).toEqual([false, false, false, false, false]);
  });
});
