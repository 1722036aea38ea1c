// im2col in real Chromium on the production build, from its directive in chapter 7: the book's
// shapes ((1, 3, 7, 7), 5×5 → col (9, 75); batch 10 → (90, 75); filters (75, FN); out
// (N, FN, OH, OW)), the engine's im2col convolution equal to a direct loop (max |diff| 0), window ↔
// row selection both ways, every control, URL state, 책 기본값, the error card, tensors back to
// baseline, phone width in dark mode; it stands as drawn while the engine computes.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { watchLayout } from './layout-watch';
import {
  engineBaseline,
  expectStoodAsDrawn,
  expectTensorsBack,
  misfits,
  widgetHarness,
  type Widget,
} from './widget-helpers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'im2col');
const CHAPTER = '/07-cnn/';
const opts = { state: 'ready' };

const shapeOf = (w: Widget, k: string) => w.root.locator(`[data-shape="${k}"]`).textContent();
const matrix = (w: Widget) => w.root.locator('.im2col-matrix');
const selectedRow = (w: Widget) => matrix(w).getAttribute('data-selected-row');
/** Where row r of the heat map is on its canvas (rows share its fixed height). */
const rowPoint = async (w: Widget, r: number) => {
  const px = Number(await matrix(w).getAttribute('data-row-px'));
  return { position: { x: 20, y: (r + 0.5) * px } };
};
const highlighted = (w: Widget) =>
  w.root
    .locator('[data-plane="0"] .im2col-cell')
    .evaluateAll((cs) => cs.flatMap((c, i) => (c.hasAttribute('data-on') ? [i] : [])).join(','));

test('the book shapes, the engine matrix, its check against a direct loop, window ↔ row', async () => {
  const w = await harness.open(CHAPTER, opts);
  expect(await shapeOf(w, 'col')).toBe('(9, 75)');
  expect(await shapeOf(w, 'col-10')).toBe('(90, 75)');
  expect(await shapeOf(w, 'w')).toBe('(75, 2)');
  expect(await shapeOf(w, 'out2d')).toBe('(9, 2)');
  expect(await shapeOf(w, 'out')).toBe('(1, 2, 3, 3)');
  expect(await matrix(w).getAttribute('data-rows')).toBe('9');
  expect(await matrix(w).getAttribute('data-cols')).toBe('75');
  expect(await w.root.locator('[data-max-diff]').getAttribute('data-max-diff')).toBe('0');
  const rows = w.root.locator('.im2col-check-table tbody tr');
  expect(await rows.count()).toBe(2);
  for (let f = 0; f < 2; f++)
    expect(await rows.nth(f).locator('[data-engine]').textContent()).toBe(
      await rows.nth(f).locator('[data-direct]').textContent(),
    );
  // row 0 of col is the 5×5 window at the top-left of each of the 3 channels
  const row = (await matrix(w).getAttribute('data-row-values'))!.split(',');
  expect(row.length).toBe(75);
  const plane0 = await w.root
    .locator('[data-plane="0"] .im2col-cell')
    .evaluateAll((cs) => cs.map((c) => c.textContent));
  const window0 = [0, 1, 2, 3, 4].flatMap((y) => [0, 1, 2, 3, 4].map((x) => plane0[y * 7 + x]));
  expect(row.slice(0, 25)).toEqual(window0);
  expect(await highlighted(w)).toBe(
    window0.map((_, i) => Math.floor(i / 5) * 7 + (i % 5)).join(','),
  );
  expect(await w.root.locator('.widget-readout').textContent()).toContain('ms ·');
  // once mounted, the sections around the widget are always drawn (redraws stay cheap)
  expect(
    await w.root.evaluate((el) =>
      getComputedStyle(el.closest('.chapter-section')!).getPropertyValue('content-visibility'),
    ),
  ).toBe('visible');
  // the heat map paints the values: in row 0 a 9 is darker than a 0 (light theme)
  const shade = (j: number) =>
    matrix(w)
      .locator('canvas')
      .evaluate((c: HTMLCanvasElement, j) => {
        const x = Math.floor(((j + 0.5) * c.width) / 75);
        const y = Math.floor(c.height / 9 / 2);
        const [r, g, b] = c.getContext('2d')!.getImageData(x, y, 1, 1).data;
        return r + g + b;
      }, j);
  const nine = row.indexOf('9');
  const zero = row.indexOf('0');
  expect(nine).toBeGreaterThanOrEqual(0);
  expect(zero).toBeGreaterThanOrEqual(0);
  expect(await shade(nine)).toBeLessThan((await shade(zero)) - 150);

  // selecting a window highlights its row, and a row its window
  const label = '선택한 창 = col의 행';
  await w.root.getByRole('slider', { name: label }).focus();
  await w.page.keyboard.press('ArrowRight');
  expect(await selectedRow(w)).toBe('1');
  expect((await highlighted(w)).split(',')[0]).toBe('1');
  await matrix(w)
    .locator('canvas')
    .click(await rowPoint(w, 5));
  expect(await selectedRow(w)).toBe('5');
  expect(await w.root.locator('[data-window]').getAttribute('data-window')).toBe('0,1,2');
  expect((await highlighted(w)).split(',')[0]).toBe(String(1 * 7 + 2));
  await matrix(w)
    .locator('canvas')
    .hover(await rowPoint(w, 7));
  expect(await selectedRow(w)).toBe('7');
  // clicking an input cell selects the window whose top-left corner it is: (1, 1) → row 4
  await w.root.locator('[data-plane="1"] .im2col-cell').nth(8).click();
  expect(await selectedRow(w)).toBe('4');
  expect(await matrix(w).locator('canvas').getAttribute('aria-label')).toContain('5번째 행 강조');
});

test('every control changes the picture; the check stays exact; an impossible size says so', async () => {
  const w = await harness.open(CHAPTER, opts);
  const col = () => w.root.locator('[data-col-shape]').getAttribute('data-col-shape');
  const picture = async () =>
    `${await col()} ${await shapeOf(w, 'out')} ${await matrix(w).getAttribute('data-row-values')}`;
  const diff = () => w.root.locator('[data-max-diff]').getAttribute('data-max-diff');
  await w.expectChange(() => w.press('배치 크기 N', 'ArrowRight'), picture);
  expect(await col()).toBe('18x75');
  await w.expectChange(() => w.press('채널 수 C', 'ArrowLeft'), picture);
  expect(await col()).toBe('18x50');
  await w.expectChange(() => w.press('필터 크기 FH = FW', 'ArrowLeft'), picture);
  expect(await col()).toBe('32x32');
  await w.expectChange(() => w.press('입력 크기 H = W', 'ArrowRight'), picture);
  expect(await col()).toBe('50x32');
  await w.expectChange(() => w.press('스트라이드 S', 'ArrowRight'), picture);
  await w.expectChange(() => w.press('패딩 P', 'ArrowRight'), picture);
  expect(await col()).toBe('32x32'); // (8 + 2 − 4)/2 + 1 = 4
  await w.expectChange(() => w.press('필터 개수 FN', 'ArrowRight'), picture);
  expect(await shapeOf(w, 'out')).toBe('(2, 3, 4, 4)');
  expect(await diff()).toBe('0');
  await w.press('입력 크기 H = W', 'ArrowLeft', 5);
  await w.press('패딩 P', 'ArrowLeft');
  await expect
    .poll(() => w.root.locator('.im2col-warning').textContent())
    .toContain('창을 놓을 수 없어요');
  await w.ready('ready');
});

test('URL state is read; 책 기본값 restores the book; tensors return to baseline', async () => {
  const w = await harness.open(`${CHAPTER}?im2col.n=10&im2col.fn=4`, opts);
  expect(await w.value('배치 크기 N')).toBe(10);
  expect(await shapeOf(w, 'col')).toBe('(90, 75)');
  expect(await matrix(w).getAttribute('data-rows')).toBe('90');
  expect(await shapeOf(w, 'w')).toBe('(75, 4)');
  const baseline = await engineBaseline(w.page);
  await w.press('패딩 P', 'ArrowRight', 2);
  await w.press('스트라이드 S', 'ArrowRight');
  await w.ready('ready');
  await w.resetToBook();
  await expect.poll(() => shapeOf(w, 'col')).toBe('(9, 75)');
  await w.ready('ready');
  await expect.poll(() => w.urlKeys()).toEqual([]);
  await expectTensorsBack(w.page, baseline);
});

test('fits a 390 px phone in dark mode', async () => {
  const w = await harness.open(`${CHAPTER}?im2col.n=2`, {
    ...opts,
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
  });
  await w.root.scrollIntoViewIfNeeded();
  expect(await misfits(w.root)).toEqual([]);
  // the canvas takes the dark theme's colours: a 0 cell is the dark background
  const row = (await matrix(w).getAttribute('data-row-values'))!.split(',');
  const cols = Number(await matrix(w).getAttribute('data-cols'));
  const zero = row.indexOf('0');
  expect(zero).toBeGreaterThanOrEqual(0);
  const rgb = await matrix(w)
    .locator('canvas')
    .evaluate(
      (c: HTMLCanvasElement, [j, n]) =>
        Array.from(
          c.getContext('2d')!.getImageData(Math.floor(((j + 0.25) * c.width) / n), 4, 1, 1).data,
        ),
      [zero, cols],
    );
  expect(rgb[0] + rgb[1] + rgb[2]).toBeLessThan(150);
});

test('it stands as drawn while it computes: nothing in or under it moves when the numbers come (390 and 1280 px)', async () => {
  // it waited with its shapes only, then grew by the planes, the matrix and the check (≈ 360 px
  // on a phone); now each part waits in its shape with "…" where the engine's numbers go
  for (const width of [390, 1280]) {
    const w = await harness.open(`${CHAPTER}#widget-im2col`, {
      ...opts,
      viewport: { width, height: 900 },
      beforeGoto: (page) => page.addInitScript(watchLayout('im2col', '.im2col-check > *, figure, figcaption')), // prettier-ignore
    });
    await expectStoodAsDrawn(w.page);
    await w.page.close();
  }
});
