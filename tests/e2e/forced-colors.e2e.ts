// A reader with a forced-colours (contrast) theme, e.g. Windows' contrast themes: the system
// paints every background, border and text in its own few colours. Where a colour means
// something on this site it must survive: a legend's key beside the SVG line it names (the line
// keeps its colour; so does a key written in its line's colour), the engine badge's state dot, a
// toggle that is on (a preset, the theme), the step a table shows, the cells a picture picks, the
// digit a grid picks and the search result the arrow keys are on (tints and shadows become
// outlines).
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { scrollToIsland } from './widget-helpers';

const { open } = useBrowser();

async function forced(path: string): Promise<Page> {
  const page = await open(path, { colorScheme: 'dark' });
  await page.emulateMedia({ forcedColors: 'active' });
  return page;
}

/** The system's background colour (Canvas) as a computed colour. */
const canvas = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** `prop`'s computed value on every element `selector` matches, once the first is there. */
async function styles(page: Page, selector: string, prop: string): Promise<string[]> {
  const all = page.locator(selector);
  await all.first().waitFor({ timeout: 30_000 });
  return all.evaluateAll((els, p) => els.map((e) => getComputedStyle(e).getPropertyValue(p)), prop);
}
const style = async (page: Page, selector: string, prop: string) =>
  (await styles(page, selector, prop))[0];

test('chapter 4: legend keys keep their lines’ colours, the engine dot its state, the shown step is outlined', async () => {
  const page = await forced('/04-neural-network-learning/');
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  const bg = await canvas(page);
  expect(await style(page, '.engine-badge[data-backend] .engine-dot', 'background-color')).not.toBe(
    bg,
  );
  await scrollToIsland(page, 'loss-functions');
  const keys = '[data-widget="loss-functions"] .loss-legend .swatch';
  const colours = await styles(page, keys, 'background-color');
  expect(colours).toHaveLength(2);
  expect(new Set(colours).size).toBe(2); // the sum's key and the mean's, as their two lines
  for (const c of colours) expect(c).not.toBe(bg);
  await scrollToIsland(page, 'gradient-descent');
  const row = '[data-widget="gradient-descent"] .gradient-descent__row--shown';
  expect(await style(page, row, 'outline-style')).toBe('solid');
});

test('chapter 3: the digit picked in mnist-inference’s grid is outlined', async () => {
  const page = await forced('/03-neural-network/');
  await scrollToIsland(page, 'mnist-inference');
  const picked = '[data-widget="mnist-inference"] .mnist-inference-tile[aria-selected="true"]';
  expect(await style(page, picked, 'outline-style')).toBe('solid');
});

test('chapter 6: a preset that is on looks on (the system’s selected colours), one that is off does not', async () => {
  const page = await forced('/06-learning-techniques/');
  await scrollToIsland(page, 'weight-init-histograms');
  const presets = '[data-widget="weight-init-histograms"] .weight-init-histograms__presets button';
  const on = await style(page, `${presets}[aria-pressed="true"]`, 'background-color');
  const off = await style(page, `${presets}[aria-pressed="false"]`, 'background-color');
  expect(on).not.toBe(off);
  // and the theme toggle, pressed in dark mode, the same way
  expect(await style(page, '.theme-toggle[aria-pressed="true"]', 'background-color')).toBe(on);
});

test('chapter 5: the graph’s key is written in the colours of its numbers, as the SVG keeps them', async () => {
  const page = await forced('/05-backpropagation/');
  await scrollToIsland(page, 'computational-graph');
  const graph = '[data-widget="computational-graph"]';
  const keys = await styles(page, `${graph} [class^="computational-graph-key-"]`, 'color');
  const text = await style(page, `${graph} .computational-graph-note`, 'color');
  expect(new Set([text, ...keys]).size).toBe(3);
});

test('chapter 7: im2col’s picked cells are outlined', async () => {
  const page = await forced('/07-cnn/');
  await scrollToIsland(page, 'im2col');
  expect(await style(page, '[data-widget="im2col"] .im2col-cell-on', 'outline-style')).toBe(
    'solid',
  );
});

test('chapter 8: policy-gradient’s line keys keep their lines’ colours', async () => {
  const page = await forced('/08-deep-learning/');
  await scrollToIsland(page, 'policy-gradient');
  const keys = await styles(page, '[data-widget="policy-gradient"] .policy-gradient-key', 'color');
  const text = await style(
    page,
    '[data-widget="policy-gradient"] .policy-gradient-legend',
    'color',
  );
  expect(new Set([text, ...keys]).size).toBe(3);
});

test('search: the result the arrow keys are on is outlined, the query’s words are marked', async () => {
  const page = await forced('/05-backpropagation/');
  const input = page.getByRole('combobox', { name: '검색' });
  await input.click();
  await input.fill('역전');
  const options = page.locator('#site-search-results [role="option"]');
  await options.nth(1).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.locator('#site-search-results [aria-selected="true"]').waitFor();
  const outline = (o: number) => options.nth(o).evaluate((e) => getComputedStyle(e).outlineStyle);
  expect(await outline(0)).toBe('solid');
  expect(await outline(1)).toBe('none');
  const bg = await canvas(page);
  expect(await style(page, '#site-search-results mark', 'background-color')).not.toBe(bg);
});
