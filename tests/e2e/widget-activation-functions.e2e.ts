// activation-functions in real Chromium on the production build: renders from its directive in
// chapter 3 with the engine's numbers (h′ from backward(), checked against the closed forms
// here, in the test only), the x slider moves the marker (keyboard and pointer), curves toggle,
// "책 기본값" restores the book, URL state round-trips, a bad parameter shows the error card,
// the stacked-layers demo collapses linear layers but not ReLU ones, no tensor leaks, phone + dark;
// its code panel shows the source it runs, coloured; it stands as drawn while the engine computes.
import { describe, expect, test } from 'vitest';
import { useBrowser } from './browser';
import { watchLayout } from './layout-watch';
import {
  engineBaseline,
  expectStoodAsDrawn,
  expectTensorsBack,
  atTextSize,
  misfits,
  widgetHarness,
  type Widget,
} from './widget-helpers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'activation-functions');
const CHAPTER = '/03-neural-network/';
/**
 * The chapter's first directive alone on the playground: the same widget with the same (book)
 * defaults, without the chapter's other widgets. The chapter itself is opened where it matters:
 * the render from its directive (webgl), the URL and toggle tests and the phone layout.
 */
const DIRECTIVE = '::activation-functions\n';
const opts = { state: 'ready' };

/** h(x) and h′(x) of one function at the marked x, from the table the widget shows. */
const at = async (w: Widget, fn: string) => {
  const r = w.root.locator(`tr[data-fn="${fn}"]`);
  const [h, dh] = [await r.getAttribute('data-h'), await r.getAttribute('data-dh')];
  expect([h, dh], `${fn} has data-h and data-dh`).not.toContain(null);
  return { h: Number(h), dh: Number(dh) };
};
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const checkbox = (w: Widget, name: string | RegExp) =>
  w.root.getByRole('checkbox', { name, exact: typeof name === 'string' });

describe.each(['webgl', 'wasm', 'cpu'] as const)('on %s', (backend) => {
  test('renders from its directive with the engine values and derivatives at x', async () => {
    // In the chapter on webgl; on wasm and cpu, the same directive on the playground.
    const w =
      backend === 'webgl'
        ? await harness.open(CHAPTER, { ...opts, backend })
        : await harness.playground(DIRECTIVE, { ...opts, backend });
    expect(
      await w.root
        .locator('tr[data-fn]')
        .evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.fn)),
    ).toEqual(['step', 'sigmoid', 'relu']);
    const s = await at(w, 'sigmoid');
    expect(s.h).toBeCloseTo(sigmoid(1), 4);
    expect(s.dh).toBeCloseTo(sigmoid(1) * (1 - sigmoid(1)), 4);
    expect(await at(w, 'step')).toEqual({ h: 1, dh: 0 });
    expect(await at(w, 'relu')).toEqual({ h: 1, dh: 1 });
    expect(await w.root.locator('.activation-functions-line-sigmoid').count()).toBe(1);
    expect(await w.root.locator('.activation-functions-line-d-sigmoid').count()).toBe(1);
    expect(await w.root.locator('.widget-readout').textContent()).toContain(`ms · ${backend}`);
  });
});

test('the x slider moves the marker: keyboard ArrowRight and pointer', async () => {
  const w = await harness.playground(DIRECTIVE, opts);
  await w.expectChange(() => w.press('입력 x', 'ArrowRight'));
  expect(await w.value('입력 x')).toBe(1.1);
  await expect.poll(async () => (await at(w, 'sigmoid')).h).toBeCloseTo(sigmoid(1.1), 4);
  await w.expectChange(() => w.clickTrack('입력 x', 0));
  const x = await w.value('입력 x');
  expect(x).toBeLessThan(-4.5);
  await expect.poll(async () => (await at(w, 'relu')).dh).toBe(0);
  expect((await at(w, 'sigmoid')).dh).toBeCloseTo(sigmoid(x) * (1 - sigmoid(x)), 4);
});

test('이 위젯이 실행하는 코드: the TypeScript it runs, from the shipped source, coloured', async () => {
  const w = await harness.playground(DIRECTIVE, opts);
  const panel = w.page.locator('.widget-code').first();
  await panel.locator('summary').click();
  const code = panel.locator('.widget-code-listing pre code').first();
  await expect.poll(() => code.locator('.hljs-keyword').count()).toBeGreaterThanOrEqual(3);
  expect(await code.textContent()).toContain('export async function activationCurves');
});

test('curves toggle on the chart; the derivative toggle hides the dashed curves', async () => {
  const w = await harness.open(CHAPTER, opts);
  for (const name of ['tanh', 'Leaky ReLU', '항등 함수']) await checkbox(w, name).check();
  await checkbox(w, '계단 함수').uncheck();
  await expect.poll(() => w.root.locator('.activation-functions-line-tanh').count()).toBe(1);
  expect(await w.root.locator('.activation-functions-line-step').count()).toBe(0);
  const t = await at(w, 'tanh');
  expect(t.h).toBeCloseTo(Math.tanh(1), 4);
  expect(t.dh).toBeCloseTo(1 - Math.tanh(1) ** 2, 4);
  expect(await at(w, 'leakyRelu')).toEqual({ h: 1, dh: 1 });
  expect(await at(w, 'identity')).toEqual({ h: 1, dh: 1 });
  await checkbox(w, /도함수/).uncheck();
  await expect
    .poll(() => w.root.locator('[class*="activation-functions-line-d-"]').count())
    .toBe(0);
  await expect.poll(() => w.param('tanh')).toBe('true');
});

test('URL state round-trips through a reload; 책 기본값 then restores the book values', async () => {
  let w = await harness.open(
    `${CHAPTER}?activation-functions.x=-2&activation-functions.step=false&activation-functions.tanh=true&activation-functions.stack=true`,
    opts,
  );
  expect(await w.value('입력 x')).toBe(-2);
  expect((await at(w, 'tanh')).h).toBeCloseTo(Math.tanh(-2), 4);
  await w.press('입력 x', 'ArrowLeft');
  await expect.poll(() => w.param('x')).toBe('-2.1');
  w = await w.reload();
  await w.ready('ready');
  expect(await w.value('입력 x')).toBe(-2.1);
  expect(await checkbox(w, 'tanh').isChecked()).toBe(true);
  expect(await checkbox(w, '계단 함수').isChecked()).toBe(false);
  expect((await at(w, 'tanh')).h).toBeCloseTo(Math.tanh(-2.1), 4);

  // 책 기본값: the book's values, not the link's; the URL is clean again.
  await w.resetToBook();
  await expect.poll(() => w.value('입력 x')).toBe(1);
  expect(await checkbox(w, '계단 함수').isChecked()).toBe(true);
  expect(await checkbox(w, 'tanh').isChecked()).toBe(false);
  expect(await w.root.locator('.activation-functions-stack').count()).toBe(0);
  await expect.poll(async () => (await at(w, 'sigmoid')).h).toBeCloseTo(sigmoid(1), 4);
  await expect.poll(() => w.urlKeys()).toEqual([]);
});

test('why non-linearity: three linear layers collapse into one matrix, ReLU layers do not', async () => {
  const w = await harness.playground(DIRECTIVE, opts);
  await checkbox(w, /비선형성이 왜 필요할까/).check();
  const collapse = w.root.locator('[data-case="linear"] [data-w]');
  await collapse.waitFor({ timeout: 30_000 });
  expect(await w.root.getByRole('table', { name: /W[₁₂₃] 행렬/ }).count()).toBe(3);
  const wv = Number(await collapse.getAttribute('data-w'));
  expect(Number.isFinite(wv)).toBe(true);
  expect(await collapse.textContent()).toContain('W₁W₂W₃ = [');
  const relu = w.root.locator('[data-case="relu"] [data-max-error]');
  expect(Number(await relu.getAttribute('data-max-error'))).toBeGreaterThan(0.1);
  // its chart's tick labels are the size of the curve chart's above it (12 px at 16 px text)
  const tickSizes = () =>
    w.root.evaluate((el) => [
      ...new Set([...el.querySelectorAll('svg text')].map((t) => getComputedStyle(t).fontSize)),
    ]);
  await expect.poll(tickSizes).toEqual(['12px']);
  // Another seed: other weights, still collapsing.
  await w.expectChange(
    () => w.press('가중치 시드', 'ArrowRight'),
    () => collapse.getAttribute('data-w'),
  );
  await w.ready('ready');
});

test('no tensor leaks: after 60 slider updates the badge is back at its baseline', async () => {
  const w = await harness.playground('::activation-functions{stack=true}\n', opts);
  const baseline = await engineBaseline(w.page);
  await w.press('입력 x', 'ArrowLeft', 20);
  await w.press('입력 x', 'ArrowRight', 20);
  await w.press('가중치 시드', 'ArrowRight', 20);
  await w.ready('ready', 30_000);
  await expectTensorsBack(w.page, baseline);
  expect(await w.value('입력 x')).toBe(1);
});

test('fits a 360 px phone in dark mode, with the browser text at 24 px too', async () => {
  const w = await harness.open(`${CHAPTER}?activation-functions.stack=true`, {
    ...opts,
    viewport: { width: 360, height: 740 },
    colorScheme: 'dark',
  });
  await w.root.locator('[data-case="linear"] [data-w]').waitFor({ timeout: 30_000 });
  await w.root.scrollIntoViewIfNeeded();
  expect(await misfits(w.root)).toEqual([]);
  // and with the browser's text at "Very large" (24 px)
  await atTextSize(w.page, 24, () => expect.poll(() => misfits(w.root)).toEqual([]));
  const chart = (await w.root.locator('.activation-functions-chart').first().boundingBox())!;
  expect(chart.width).toBeLessThanOrEqual((await w.root.boundingBox())!.width);
  expect(chart.height).toBeGreaterThan(150);
});

test('it stands as drawn while it computes: nothing in or under it moves when the numbers come (390 and 1280 px)', async () => {
  // its chart waited as a line of text (≈ 70 px short of the drawn chart) and its table's cells as
  // a bare "…"; now the chart waits with its axes, the cells in the room of their numbers, and the
  // stacked-layers demo (opened by the link) with its matrices, words and chart box
  // the charts' "계산 중" over their empty boxes goes when they are drawn: it takes no room
  const PARTS = 'p:not(.activation-functions-chart-wait), .activation-functions-chart';
  const links = [
    [390, ''],
    [1280, ''],
    [390, '?activation-functions.stack=true'],
  ] as const;
  for (const [width, query] of links) {
    const w = await harness.open(`${CHAPTER}${query}#widget-activation-functions`, {
      ...opts,
      backend: 'wasm',
      viewport: { width, height: 900 },
      beforeGoto: (page) =>
        page.addInitScript(watchLayout('activation-functions', `table, tr, figure, ${PARTS}`)),
    });
    await expectStoodAsDrawn(w.page);
    await w.page.close();
  }
});
