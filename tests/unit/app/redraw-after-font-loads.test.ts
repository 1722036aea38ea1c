// @vitest-environment jsdom
// After some of the site font's subsets load, the page gets a font description it has not used
// (a stylistic set turned off), so Chromium shapes again the text it drew while they loaded; other
// fonts' loads change nothing, and subsets already loaded when the script runs count too.
import { afterEach, expect, test } from 'vitest';
import { redrawAfterFontLoads } from '../../../src/app/redrawAfterFontLoads';

/** A FontFaceSet stand-in: an event target that iterates over its faces. */
function fakeFonts(faces: Partial<FontFace>[]) {
  const set = new EventTarget() as EventTarget & { [Symbol.iterator]: () => Iterator<FontFace> };
  set[Symbol.iterator] = () => (faces as FontFace[])[Symbol.iterator]();
  Object.defineProperty(document, 'fonts', { value: set, configurable: true });
  return set;
}
const done = (families: string[]) =>
  Object.assign(new Event('loadingdone'), { fontfaces: families.map((family) => ({ family })) });
const settings = () => document.documentElement.style.fontFeatureSettings;

afterEach(() => {
  document.documentElement.removeAttribute('style');
});

test('a new description after each batch of the site font, none for other fonts', () => {
  const fonts = fakeFonts([{ family: 'KaTeX_Main', status: 'loaded' }]);
  const stop = redrawAfterFontLoads();
  expect(settings()).toBe('');
  fonts.dispatchEvent(done(['KaTeX_Main']));
  expect(settings()).toBe('');
  fonts.dispatchEvent(done(['"Noto Sans KR"']));
  const first = settings();
  expect(first).toMatch(/"ss01" 0/);
  fonts.dispatchEvent(done(['Noto Sans KR', 'KaTeX_Main']));
  expect(settings()).toMatch(/"ss02" 0/);
  stop();
  fonts.dispatchEvent(done(['Noto Sans KR']));
  expect(settings()).toMatch(/"ss02" 0/);
});

test('subsets loaded before the script ran: one redraw at once', () => {
  fakeFonts([{ family: 'Noto Sans KR', status: 'loaded' }]);
  redrawAfterFontLoads()();
  expect(settings()).toMatch(/"ss01" 0/);
});
