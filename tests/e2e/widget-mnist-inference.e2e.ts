// mnist-inference in real Chromium on the production build, in chapter 3: the book's trained
// network classifies all 10,000 official test digits one at a time and in batches of 100 on
// wasm (the backend the site picks here), both exactly 0.9352 (9,352 right); the shapes follow
// B; the grid selects by click and keyboard; the wrong-only filter lists the 648 mistakes;
// 책 기본값, URL state, no tensor leaks, a phone in dark mode; on webgl (one-at-a-time stopped
// early: 10,000 single passes take about a minute on SwiftShader here) batches reach 0.9352; a
// failed weights download says so in Korean; a bad directive.
import { describe, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { useBrowser } from './browser';
import { diagnosed } from './stall-report';
import {
  engineBaseline,
  expectStoodAsDrawn,
  expectTensorsBack,
  atTextSize,
  misfits,
  playground,
  widgetHarness,
  type Widget,
} from './widget-helpers';
import { watchLayout } from './layout-watch';

const { open } = useBrowser();
const harness = widgetHarness(open, 'mnist-inference');
const CHAPTER = '/03-neural-network/';

const stats = (w: Widget, run: 'single' | 'batch') =>
  w.root.locator(`[data-run="${run}"] .mnist-inference-stats`);
async function numbers(s: Locator) {
  const a = async (k: string) => Number(await s.getAttribute(`data-${k}`));
  return { done: await a('done'), total: await a('total'), correct: await a('correct') };
}
const shapes = (w: Widget, run: 'single' | 'batch') =>
  w.root.locator(`[data-run="${run}"] .mnist-inference-shapes`).getAttribute('data-shapes');
const finished = (w: Widget, run: 'single' | 'batch') =>
  diagnosed(w.page, w.root, () =>
    expect
      .poll(() => stats(w, run).getAttribute('data-finished'), { timeout: 90_000 })
      .toBe('true'),
  );
const detail = (w: Widget) => w.root.locator('.mnist-inference-detail');
const tiles = (w: Widget) => w.root.locator('.mnist-inference-tile');

test.each([390, 600])(
  'at %i px it stands as drawn from the download to both runs done: nothing in or under it moves',
  async (width) => {
    const w = await harness.open(`${CHAPTER}#widget-mnist-inference`, {
      backend: 'wasm',
      viewport: { width, height: 800 },
      beforeGoto: (page) => page.addInitScript(watchLayout('mnist-inference', '.mnist-inference-run > *, .mnist-inference-browse-body > *, tr')), // prettier-ignore
    });
    await finished(w, 'batch');
    await w.ready('ready');
    // the download, waiting, running and done each once had their own lines (a bar, a status of one
    // or two lines, the speed-up, the log's rows, the digit's caption): 1,802 → 2,104 px at 390
    await expectStoodAsDrawn(w.page);
  },
);

test('wasm: 0.9352 one at a time and in batches; shapes, grid, filter, B, reset, URL, no leaks, phone', async () => {
  // the URL picks test digit 8 (read from the URL state)
  // below the fold: the widget and its 10,000-image runs wait until the reader scrolls here
  const w = await harness.openBelowFold(`${CHAPTER}?mnist-inference.digit=8`, {
    backend: 'wasm',
    state: 'ready',
  });
  await w.root.scrollIntoViewIfNeeded();
  await finished(w, 'batch');
  await w.ready('ready');
  for (const run of ['single', 'batch'] as const) {
    const s = stats(w, run);
    expect(await s.getAttribute('data-finished')).toBe('true');
    expect(await numbers(s)).toEqual({ done: 10_000, total: 10_000, correct: 9352 });
    expect(await s.textContent()).toContain('정확도 0.9352 (9,352 / 10,000)');
  }
  expect(await shapes(w, 'single')).toBe(
    'X (784,) · W1 (784, 50) → (50,) · W2 (50, 100) → (100,) · W3 (100, 10) → Y (10,)',
  );
  expect(await shapes(w, 'batch')).toBe(
    'X (100, 784) · W1 (784, 50) → (100, 50) · W2 (50, 100) → (100, 100) · W3 (100, 10) → Y (100, 10)',
  );
  expect(Number(await w.root.locator('[data-speedup]').getAttribute('data-speedup'))).toBeGreaterThan(1); // prettier-ignore
  expect(await w.root.locator('.widget-readout').textContent()).toContain('ms · wasm');
  expect(await w.root.locator('.mnist-inference-log tr[data-batch]').count()).toBe(2);
  const baseline = await engineBaseline(w.page, 'wasm');

  // the grid: digit 8 from the URL is selected, on page 1 of 179
  expect(await detail(w).getAttribute('data-index')).toBe('8');
  expect(await tiles(w).count()).toBe(56);
  expect(await w.root.locator('[aria-selected="true"]').getAttribute('data-index')).toBe('8');
  expect(await w.root.locator('.mnist-inference-page').textContent()).toContain('1 / 179쪽');
  const probs = async () => (await detail(w).getAttribute('data-probs'))!.split(',').map(Number);
  expect((await probs()).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
  // a click, then the keyboard
  await w.expectChange(() => tiles(w).nth(3).click());
  expect(await detail(w).getAttribute('data-index')).toBe('3');
  await expect.poll(() => w.param('digit')).toBe('3');
  const grid = w.root.getByRole('listbox');
  await grid.focus();
  await w.page.keyboard.press('ArrowRight');
  await expect.poll(() => detail(w).getAttribute('data-index')).toBe('4');
  await w.page.keyboard.press('PageDown');
  await expect.poll(() => detail(w).getAttribute('data-index')).toBe('60');
  expect(await w.root.locator('.mnist-inference-page').textContent()).toContain('2 / 179쪽');
  await w.numberBox('고른 시험 이미지 번호').fill('9999');
  await expect.poll(() => detail(w).getAttribute('data-index')).toBe('9999');
  expect(await w.root.locator('.mnist-inference-page').textContent()).toContain('179 / 179쪽');

  // only the wrong ones: 648 = 10,000 − 9,352
  expect(await w.root.locator('[data-wrong="648"]').textContent()).toContain('틀린 것 648장');
  await w.control('틀린 것만 보기').check();
  await expect.poll(() => w.root.locator('.mnist-inference-page').textContent()).toContain('648장');
  expect(await w.root.locator('.mnist-inference-tile:not([data-wrong])').count()).toBe(0);
  const d = detail(w);
  expect(await d.getAttribute('data-predicted')).not.toBe(await d.getAttribute('data-label'));
  await expect.poll(() => w.param('wrong-only')).toBe('true');

  // B: the slider (keyboard) re-measures and rewrites the shapes; the accuracy stays
  await w.press('배치 크기 B', 'ArrowRight');
  await expect.poll(() => shapes(w, 'batch')).toContain('X (200, 784)');
  expect(await shapes(w, 'batch')).toContain('Y (200, 10)');
  await finished(w, 'batch');
  await w.ready('ready');
  expect(await numbers(stats(w, 'batch'))).toEqual({ done: 10_000, total: 10_000, correct: 9352 });
  await expect.poll(() => w.param('batch')).toBe('200');
  await w.numberBox('배치 크기 B').fill('1000');
  await expect.poll(() => shapes(w, 'batch')).toContain('X (1000, 784)');
  await finished(w, 'batch');
  await w.ready('ready');
  expect((await numbers(stats(w, 'batch'))).correct).toBe(9352);
  expect(await w.root.locator('.mnist-inference-log tr[data-batch]').count()).toBe(4);
  await expectTensorsBack(w.page, baseline);

  // 책 기본값: B 100, every digit, the first one
  await w.resetToBook();
  await expect.poll(() => shapes(w, 'batch')).toContain('X (100, 784)');
  await finished(w, 'batch');
  await w.ready('ready');
  expect(await w.control('틀린 것만 보기').isChecked()).toBe(false);
  expect(await detail(w).getAttribute('data-index')).toBe('0');
  await expect.poll(() => w.urlKeys()).toEqual([]);
  await expectTensorsBack(w.page, baseline);

  // a 320 px phone (WCAG's reflow width) in dark mode: nothing sticks out sideways
  await w.page.setViewportSize({ width: 320, height: 700 });
  await w.page.emulateMedia({ colorScheme: 'dark' });
  await w.root.scrollIntoViewIfNeeded();
  expect(await misfits(w.root)).toEqual([]);
  // a 390 px phone with the browser's text at "Very large" (24 px)
  await w.page.setViewportSize({ width: 390, height: 844 });
  await atTextSize(w.page, 24, () => expect.poll(() => misfits(w.root)).toEqual([]));
});

// cpu: the same engine code on the same tfjs backend is checked in Node (9,352 both ways, in
// tests/unit/experiments/inference.test.ts); here a cpu page would cost ~30 s of this file's budget.
describe.each(['webgl'] as const)('on %s', (backend) => {
  test('one at a time can be stopped (rate and estimate shown); batches of 1,000 give 0.9352', async () => {
    const page = await open(`${CHAPTER}?mnist-inference.batch=1000`, { backend });
    const w = await harness.on(page, /^(running|ready)$/);
    await w.root.scrollIntoViewIfNeeded();
    const single = stats(w, 'single');
    await expect.poll(async () => Number(await single.getAttribute('data-done')), { timeout: 60_000 }).toBeGreaterThan(0); // prettier-ignore
    await w.root.getByRole('button', { name: '멈추기' }).click();
    await w.ready('ready');
    expect(await single.getAttribute('data-stopped')).toBe('true');
    const partial = await numbers(single);
    expect(partial.done).toBeLessThan(10_000);
    expect(partial.correct / partial.done).toBeGreaterThan(0.85);
    expect(await single.textContent()).toMatch(/장에서 멈춤 .* 10,000장이면 약/);
    expect(await numbers(stats(w, 'batch'))).toEqual({
      done: 10_000,
      total: 10_000,
      correct: 9352,
    });
    expect(await w.root.locator('.widget-readout').textContent()).toContain(`ms · ${backend}`);
    expect(await w.root.getByRole('button', { name: '한 장씩 다시 실행' }).count()).toBe(1);
  });
});

test('a failed weights download shows a Korean message and a way to try again', async () => {
  const page = await open('/playground/', {
    allowErrors: [/Failed to load resource|ERR_FAILED|ch3-sample-weight/],
  });
  await page.route('**/models/ch3-sample-weight.bin', (r) => r.abort());
  await playground(page, '::mnist-inference\n');
  const w = await harness.on(page, 'error');
  expect(await w.root.locator('.widget-message').textContent()).toContain(
    '가중치나 시험 데이터를 불러오지 못했어요: 가중치 파일(ch3-sample-weight.bin)을 받지 못했어요',
  );
  // without its files the widget already has its loaded layout (the book's shapes, a page of
  // blank tiles): when they arrive, the chapter below it does not jump (it grew by ~1,000 px)
  expect(await w.root.locator('.mnist-inference-tile-blank').count()).toBe(56);
  // (the browser part: the runs' log above it grows as runs finish, which is news, not a jump)
  const browse = w.root.locator('.mnist-inference-browse');
  const height = () => browse.evaluate((e) => e.getBoundingClientRect().height);
  const before = await height();
  await page.unroute('**/models/ch3-sample-weight.bin');
  await w.root.getByRole('button', { name: '다시 불러오기' }).click();
  await w.ready(/^(running|ready)$/);
  await expect.poll(() => w.root.locator('.mnist-inference-tile').count()).toBe(56);
  expect(Math.abs((await height()) - before)).toBeLessThan(8);
});
