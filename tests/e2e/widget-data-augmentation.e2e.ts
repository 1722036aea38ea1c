// data-augmentation in real Chromium on the production build: renders from its directive in
// chapter 8 with a real MNIST test digit; with every range at 0 (read from the URL) each variant
// is the original pixel for pixel; every slider changes the picture; 책 기본값 restores ±10°,
// ±2 px, ±0.1 (625 variants per digit, 37,500,000 examples); a bad directive shows the error
// card; no tensor leaks; nothing sticks out on a 390 px phone in dark mode; it stands as drawn
// while the digit loads and the engine resamples it.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { watchLayout } from './layout-watch';
import {
  engineBaseline,
  expectStoodAsDrawn,
  expectTensorsBack,
  misfits,
  widgetHarness,
} from './widget-helpers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'data-augmentation');
const CHAPTER = '/08-deep-learning/';

test('chapter 8: URL state (identity), every slider, 책 기본값, no leaks, 390 px dark', async () => {
  const w = await harness.open(
    `${CHAPTER}?data-augmentation.rotate=0&data-augmentation.shift=0&data-augmentation.scale=0`,
    { state: 'ready' },
  );
  const baseline = await engineBaseline(w.page);
  expect(await w.value('회전 범위 ±')).toBe(0);
  const count = w.root.locator('.data-augmentation-count');
  expect(await count.getAttribute('data-per-digit')).toBe('1');
  // every range 0: the engine's resampling is the identity, each variant equals the original
  const urls = () =>
    w.root
      .locator('canvas')
      .evaluateAll((cs) => cs.map((c) => (c as HTMLCanvasElement).toDataURL()));
  const all = await urls();
  expect(all).toHaveLength(13);
  expect(new Set(all).size).toBe(1);
  expect(await w.root.locator('[data-label]').getAttribute('data-label')).toBe('7');

  for (const label of [
    '회전 범위 ±',
    '이동 범위 ±',
    '확대·축소 범위 ±',
    '난수 시드',
    '시험 데이터 숫자 번호',
  ])
    await w.expectChange(() => w.press(label, 'ArrowRight'));
  expect(new Set(await urls()).size).toBeGreaterThan(10);
  await expect.poll(() => w.param('rotate')).toBe('1');
  expect(await w.root.locator('[data-label]').getAttribute('data-label')).toBe('2'); // test digit 1

  await w.resetToBook();
  await expect.poll(() => w.urlKeys()).toEqual([]);
  await expect.poll(() => count.getAttribute('data-total')).toBe('37500000');
  expect(await count.getAttribute('data-per-digit')).toBe('625');
  await expect.poll(() => w.root.locator('[data-label]').getAttribute('data-label')).toBe('7');
  await w.ready('ready');
  const angles = await w.root
    .locator('li[data-angle]')
    .evaluateAll((ls) => ls.map((l) => Number((l as HTMLElement).dataset.angle)));
  expect(angles).toHaveLength(12);
  expect(Math.max(...angles.map(Math.abs))).toBeLessThanOrEqual(10);
  await expectTensorsBack(w.page, baseline);

  await w.page.emulateMedia({ colorScheme: 'dark' });
  await w.page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => misfits(w.root)).toEqual([]);
});

test('it stands as drawn while the digit loads: nothing in or under it moves when the images come (390 and 1280 px)', async () => {
  for (const width of [390, 1280]) {
    const w = await harness.open(`${CHAPTER}#widget-data-augmentation`, {
      state: 'ready',
      viewport: { width, height: 800 },
      beforeGoto: (page) => page.addInitScript(watchLayout('data-augmentation', 'figure, ul, li, p')), // prettier-ignore
    });
    // it waited on one line once ("시험 데이터에서 숫자를 불러오는 중…"): the digit, its 12
    // variants and the note under them pushed the count and the text below down
    await expectStoodAsDrawn(w.page);
    expect(await w.root.locator('.data-augmentation-grid canvas').count()).toBe(12);
    await w.page.close();
  }
});
