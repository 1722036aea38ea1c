// loss-functions in real Chromium on the production build: renders from its directive in
// chapter 4 with the engine's SSE / CE for the book's two examples (0.0975 / 0.5108 and
// 0.5975 / 2.3026), every control changes the picture (target, one class's probability — the
// others rescale so Σy stays 1 —, batch size, BCE), URL state, "책 기본값", a bad directive's
// error card, no tensor leaks, a 390 px phone in dark mode, and it stands as drawn while the engine
// computes. Three backends over three tests.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import {
  engineBaseline,
  expectStoodAsDrawn,
  expectTensorsBack,
  atTextSize,
  misfits,
  widgetHarness,
  type Widget,
} from './widget-helpers';
import { watchLayout } from './layout-watch';

const { open } = useBrowser();
const harness = widgetHarness(open, 'loss-functions');
const CHAPTER = '/04-neural-network-learning/';
const opts = { state: 'ready' };
/** Polls for up to 15 s: on a busy machine an update can take more than expect.poll's default 1 s. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

const loss = async (w: Widget, key: 'sse' | 'mse' | 'ce') =>
  Number(await w.root.locator(`tr[data-loss="${key}"]`).getAttribute('data-value'));
const dist = (w: Widget) =>
  w.root
    .locator('.loss-dist-row')
    .evaluateAll((rs) => rs.map((r) => Number((r as HTMLElement).dataset.y)));
const sum = (v: number[]) => v.reduce((s, x) => s + x, 0);
const batchAttr = async (w: Widget, name: string) =>
  Number(await w.root.locator('.loss-batch-table').getAttribute(name));
const preset = (w: Widget, id: string) => w.root.locator(`button[data-preset="${id}"]`);

test("the book's two examples: SSE 0.0975 / CE 0.5108 and SSE 0.5975 / CE 2.3026", async () => {
  const w = await harness.open(CHAPTER, opts);
  expect((await loss(w, 'sse')).toFixed(4)).toBe('0.0975');
  expect((await loss(w, 'ce')).toFixed(4)).toBe('0.5108');
  expect((await loss(w, 'mse')).toFixed(4)).toBe('0.0195');
  expect(await w.root.locator('.loss-table').textContent()).toMatch(/0\.0975.*0\.0195.*0\.5108/s);
  expect(await preset(w, 'right').getAttribute('aria-pressed')).toBe('true');
  expect(sum(await dist(w))).toBeCloseTo(1, 5);
  expect(await w.root.locator('.loss-chart-point').count()).toBe(1);
  expect(await w.root.locator('.widget-readout').textContent()).toMatch(/ms · (webgl|wasm|cpu)/);
  await w.expectChange(() => preset(w, 'wrong').click());
  expect((await loss(w, 'sse')).toFixed(4)).toBe('0.5975');
  expect((await loss(w, 'ce')).toFixed(4)).toBe('2.3026');
  expect(await preset(w, 'wrong').getAttribute('aria-pressed')).toBe('true');
  await expect.poll(() => w.param('y')).toBe('0.1,0.05,0.1,0,0.05,0.1,0,0.6,0,0');
  // The mini-batch's first row is this output; the mean is the sum over N = 4.
  expect(Number(await w.root.locator('tr[data-row="1"] td').nth(2).textContent())).toBeCloseTo(
    2.3026,
    4,
  );
  expect(await batchAttr(w, 'data-ce-mean')).toBeCloseTo(
    (await batchAttr(w, 'data-ce-sum')) / 4,
    5,
  );
});

test('target, a class probability, batch size and BCE controls change the picture', async () => {
  const w = await harness.open(CHAPTER, opts);
  // The target: class 7 gets 0.1 in the first example → CE = −log 0.1.
  await w.expectChange(() => w.control('정답 부류 (원-핫 t)').selectOption('7'));
  expect(await loss(w, 'ce')).toBeCloseTo(-Math.log(0.1 + 1e-7), 4);
  await w.control('정답 부류 (원-핫 t)').selectOption('2');
  await poll(() => loss(w, 'ce')).toBeCloseTo(0.5108, 4);
  // Class 2 up by 0.01 from the keyboard: the others shrink by 0.39/0.4, the sum stays 1.
  await w.expectChange(() => w.press('부류 2의 확률', 'ArrowRight'));
  const y = await dist(w);
  expect(y[2]).toBeCloseTo(0.61, 4);
  expect(y[0]).toBeCloseTo(0.1 * (0.39 / 0.4), 4);
  expect(sum(y)).toBeCloseTo(1, 5);
  expect(await loss(w, 'ce')).toBeCloseTo(-Math.log(0.61), 4);
  // Batch size 4 → 6: two more rows, the sum grows, the mean is the sum over 6.
  const sum4 = await batchAttr(w, 'data-ce-sum');
  // two presses, one render each: poll for the second one's rows
  await w.press('미니배치 크기 N', 'ArrowRight', 2);
  await expect.poll(() => w.root.locator('.loss-batch-table tbody tr').count()).toBe(6);
  const sum6 = await batchAttr(w, 'data-ce-sum');
  expect(sum6).toBeGreaterThan(sum4);
  expect(await batchAttr(w, 'data-ce-mean')).toBeCloseTo(sum6 / 6, 5);
  // BCE: y = 0.8, t = 1 → −log 0.8; t = 0 → −log 0.2; y = 0.3, t = 0 → −log 0.7 = the two-class CE.
  const bce = w.root.locator('.loss-bce-value');
  expect(Number(await bce.getAttribute('data-bce'))).toBeCloseTo(-Math.log(0.8), 4);
  await w.expectChange(
    () => w.root.getByRole('radio', { name: 't = 0 (음성)' }).check(),
    () => bce.getAttribute('data-bce'),
  );
  expect(Number(await bce.getAttribute('data-bce'))).toBeCloseTo(-Math.log(0.2), 4);
  await w.expectChange(
    () => w.numberBox('시그모이드 출력 y (1일 확률)').fill('0.3'),
    () => bce.getAttribute('data-bce'),
  );
  expect(Number(await bce.getAttribute('data-bce'))).toBeCloseTo(-Math.log(0.7), 4);
  const ce2 = await w.root.locator('[data-ce2]').getAttribute('data-ce2');
  expect(Number(ce2)).toBeCloseTo(-Math.log(0.7), 4);
});

test('URL state is read; 책 기본값 restores the book (on webgl)', async () => {
  const w = await harness.open(
    `${CHAPTER}?loss-functions.y=0.1,0.05,0.1,0,0.05,0.1,0,0.6,0,0&loss-functions.batch=8&loss-functions.bce-y=0.5`,
    { ...opts, backend: 'webgl' },
  );
  expect(await w.root.locator('.widget-readout').textContent()).toContain('ms · webgl');
  expect((await loss(w, 'ce')).toFixed(4)).toBe('2.3026');
  expect(await w.root.locator('.loss-batch-table tbody tr').count()).toBe(8);
  expect(await w.value('시그모이드 출력 y (1일 확률)')).toBe(0.5);
  await w.resetToBook();
  await poll(async () => (await loss(w, 'ce')).toFixed(4)).toBe('0.5108');
  expect((await loss(w, 'sse')).toFixed(4)).toBe('0.0975');
  expect(await w.root.locator('.loss-batch-table tbody tr').count()).toBe(4);
  await poll(() => w.urlKeys()).toEqual([]);
});

test('no tensor leaks after 16 updates; fits a 390 px phone in dark mode, text at 24 px too (on cpu)', async () => {
  const w = await harness.open(CHAPTER, {
    ...opts,
    backend: 'cpu',
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
  });
  const baseline = await engineBaseline(w.page, 'cpu');
  expect((await loss(w, 'ce')).toFixed(4)).toBe('0.5108');
  await w.press('부류 7의 확률', 'ArrowRight', 8);
  await w.press('미니배치 크기 N', 'ArrowRight', 4);
  await w.press('시그모이드 출력 y (1일 확률)', 'ArrowLeft', 4);
  await w.ready('ready', 30_000);
  await expectTensorsBack(w.page, baseline);
  await w.root.scrollIntoViewIfNeeded();
  expect(await misfits(w.root)).toEqual([]);
  // and with the browser's text at "Very large" (24 px)
  await atTextSize(w.page, 24, () => expect.poll(() => misfits(w.root)).toEqual([]));
});

test('it stands as drawn while the engine computes: nothing in or under it moves when the numbers come (390 and 1280 px)', async () => {
  for (const width of [390, 1280]) {
    const w = await harness.open(`${CHAPTER}#widget-loss-functions`, {
      ...opts,
      viewport: { width, height: 800 },
      beforeGoto: (page) => page.addInitScript(watchLayout('loss-functions', 'section, p, table, figure')), // prettier-ignore
    });
    // the mini-batch part waited on one line once ("엔진이 계산하는 중…"): its table and chart
    // pushed the BCE part and the text under the widget down as the reader looked
    await expectStoodAsDrawn(w.page);
    expect(await w.root.locator('.loss-batch-table tbody tr').count()).toBe(4); // the default N
    await w.page.close();
  }
});
