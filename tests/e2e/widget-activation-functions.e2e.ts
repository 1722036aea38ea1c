// activation-functions in real Chromium on the production build: renders from its directive in
// chapter 3 with the engine's numbers (h′ from backward(), checked against the closed forms
// here, in the test only), the x slider moves the marker (keyboard and pointer), curves toggle,
// "책 기본값" restores the book, URL state round-trips, a bad parameter shows the error card,
// the stacked-layers demo collapses linear layers but not ReLU ones, no tensor leaks, phone + dark.
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowser } from './browser';

const { open } = useBrowser();
const CHAPTER = '/03-neural-network/';

async function ready(page: Page, root: Page | Locator = page): Promise<Locator> {
  const w = root.locator('[data-widget="activation-functions"]').first();
  await w.waitFor();
  await expect.poll(() => w.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
  return w;
}

const chart = (w: Locator) =>
  w
    .locator('.activation-functions-chart')
    .first()
    .evaluate((el) => el.innerHTML);
const numberBox = (w: Locator, label: string) => w.getByRole('spinbutton', { name: `${label} 값` });
const row = (w: Locator, fn: string) => w.locator(`tr[data-fn="${fn}"]`);
const at = async (w: Locator, fn: string) => {
  const r = row(w, fn);
  return { h: Number(await r.getAttribute('data-h')), dh: Number(await r.getAttribute('data-dh')) };
};
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const search = (page: Page) => new URL(page.url()).searchParams;

describe.each(['webgl', 'wasm', 'cpu'] as const)('on %s', (backend) => {
  test('renders from its directive with the engine values and derivatives at x', async () => {
    const page = await open(CHAPTER, { backend });
    const w = await ready(page);
    expect(
      await w
        .locator('tr[data-fn]')
        .evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.fn)),
    ).toEqual(['step', 'sigmoid', 'relu']);
    const s = await at(w, 'sigmoid');
    expect(s.h).toBeCloseTo(sigmoid(1), 4);
    expect(s.dh).toBeCloseTo(sigmoid(1) * (1 - sigmoid(1)), 4);
    expect(await at(w, 'step')).toEqual({ h: 1, dh: 0 });
    expect(await at(w, 'relu')).toEqual({ h: 1, dh: 1 });
    expect(await w.locator('.activation-functions-line-sigmoid').count()).toBe(1);
    expect(await w.locator('.activation-functions-line-d-sigmoid').count()).toBe(1);
    expect(await w.locator('.widget-readout').textContent()).toContain(`ms · ${backend}`);
  });
});

test('the x slider moves the marker: keyboard ArrowRight and pointer', async () => {
  const page = await open(CHAPTER);
  const w = await ready(page);
  const slider = w.getByRole('slider', { name: '입력 x' });
  let pic = await chart(w);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => numberBox(w, '입력 x').inputValue()).toBe('1.1');
  await expect.poll(async () => (await at(w, 'sigmoid')).h).toBeCloseTo(sigmoid(1.1), 4);
  await expect.poll(() => chart(w)).not.toBe(pic);
  pic = await chart(w);

  const r = (await slider.boundingBox())!;
  await page.mouse.click(r.x + 4, r.y + r.height / 2);
  await expect
    .poll(async () => Number(await numberBox(w, '입력 x').inputValue()))
    .toBeLessThan(-4.5);
  await expect.poll(async () => (await at(w, 'relu')).dh).toBe(0);
  await expect.poll(() => chart(w)).not.toBe(pic);
  const s = await at(w, 'sigmoid');
  const x = Number(await numberBox(w, '입력 x').inputValue());
  expect(s.dh).toBeCloseTo(sigmoid(x) * (1 - sigmoid(x)), 4);
});

test('curves toggle on the chart; the derivative toggle hides the dashed curves', async () => {
  const page = await open(CHAPTER);
  const w = await ready(page);
  await w.getByRole('checkbox', { name: 'tanh', exact: true }).check();
  await w.getByRole('checkbox', { name: 'Leaky ReLU', exact: true }).check();
  await w.getByRole('checkbox', { name: '항등 함수', exact: true }).check();
  await w.getByRole('checkbox', { name: '계단 함수', exact: true }).uncheck();
  await expect.poll(() => w.locator('.activation-functions-line-tanh').count()).toBe(1);
  expect(await w.locator('.activation-functions-line-step').count()).toBe(0);
  const t = await at(w, 'tanh');
  expect(t.h).toBeCloseTo(Math.tanh(1), 4);
  expect(t.dh).toBeCloseTo(1 - Math.tanh(1) ** 2, 4);
  expect(await at(w, 'leakyRelu')).toEqual({ h: 1, dh: 1 });
  expect(await at(w, 'identity')).toEqual({ h: 1, dh: 1 });
  await w.getByRole('checkbox', { name: /도함수/ }).uncheck();
  await expect.poll(() => w.locator('[class*="activation-functions-line-d-"]').count()).toBe(0);
  await expect.poll(() => search(page).get('activation-functions.tanh')).toBe('true');
});

test('책 기본값 restores the book values', async () => {
  const page = await open(
    `${CHAPTER}?activation-functions.x=-3&activation-functions.step=false&activation-functions.tanh=true&activation-functions.stack=true`,
  );
  const w = await ready(page);
  expect(await numberBox(w, '입력 x').inputValue()).toBe('-3');
  await w.getByRole('button', { name: '책 기본값' }).click();
  await expect.poll(() => numberBox(w, '입력 x').inputValue()).toBe('1');
  expect(await w.getByRole('checkbox', { name: '계단 함수', exact: true }).isChecked()).toBe(true);
  expect(await w.getByRole('checkbox', { name: 'tanh', exact: true }).isChecked()).toBe(false);
  expect(await w.locator('.activation-functions-stack').count()).toBe(0);
  await expect.poll(async () => (await at(w, 'sigmoid')).h).toBeCloseTo(sigmoid(1), 4);
  await expect
    .poll(() => [...search(page).keys()].filter((k) => k.startsWith('activation-functions.')))
    .toEqual([]);
});

test('URL state round-trips through a reload', async () => {
  const page = await open(`${CHAPTER}?activation-functions.x=-2&activation-functions.tanh=true`);
  let w = await ready(page);
  expect(await numberBox(w, '입력 x').inputValue()).toBe('-2');
  expect((await at(w, 'tanh')).h).toBeCloseTo(Math.tanh(-2), 4);
  await w.getByRole('slider', { name: '입력 x' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => search(page).get('activation-functions.x')).toBe('-2.1');
  await page.reload();
  w = await ready(page);
  expect(await numberBox(w, '입력 x').inputValue()).toBe('-2.1');
  expect(await w.getByRole('checkbox', { name: 'tanh', exact: true }).isChecked()).toBe(true);
  expect((await at(w, 'tanh')).h).toBeCloseTo(Math.tanh(-2.1), 4);
});

test('a bad parameter in the directive shows the error card; the rest renders', async () => {
  const page = await open('/playground/');
  await page
    .getByLabel('마크다운')
    .fill('앞 문단\n\n::activation-functions{x=9 relu=maybe}\n\n뒤 문단\n');
  const out = page.locator('.playground-output');
  await expect.poll(() => out.locator('[role=alert]').count()).toBe(1);
  const alert = await out.locator('[role=alert]').textContent();
  expect(alert).toContain('activation-functions');
  expect(alert).toContain('x=9');
  expect(alert).toContain('relu=maybe');
  expect(await out.textContent()).toContain('뒤 문단');
});

test('why non-linearity: three linear layers collapse into one matrix, ReLU layers do not', async () => {
  const page = await open(CHAPTER);
  const w = await ready(page);
  await w.getByRole('checkbox', { name: /비선형성이 왜 필요할까/ }).check();
  const collapse = w.locator('[data-case="linear"] [data-w]');
  await collapse.waitFor({ timeout: 30_000 });
  expect(await w.getByRole('table', { name: /W[₁₂₃] 행렬/ }).count()).toBe(3);
  const wv = Number(await collapse.getAttribute('data-w'));
  expect(Number.isFinite(wv)).toBe(true);
  expect(await collapse.textContent()).toContain('W₁W₂W₃ = [');
  const relu = w.locator('[data-case="relu"] [data-max-error]');
  expect(Number(await relu.getAttribute('data-max-error'))).toBeGreaterThan(0.1);
  // Another seed: other weights, still collapsing.
  await w.getByRole('slider', { name: '가중치 시드' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => Number(await collapse.getAttribute('data-w'))).not.toBe(wv);
  await expect.poll(() => w.getAttribute('data-state')).toBe('ready');
});

test('no tensor leaks: after 60 slider updates the badge is back at its baseline', async () => {
  const page = await open('/playground/');
  await page.getByLabel('마크다운').fill('::activation-functions{stack=true}\n');
  const w = await ready(page, page.locator('.playground-output'));
  const badge = page.locator('[data-engine-status]');
  await expect.poll(() => badge.getAttribute('data-tensors'), { timeout: 30_000 }).not.toBeNull();
  await page.waitForTimeout(800);
  const baseline = Number(await badge.getAttribute('data-tensors'));
  const x = w.getByRole('slider', { name: '입력 x' });
  await x.focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press(i < 20 ? 'ArrowLeft' : 'ArrowRight');
  const seed = w.getByRole('slider', { name: '가중치 시드' });
  await seed.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => w.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
  await expect
    .poll(async () => Number(await badge.getAttribute('data-tensors')), { timeout: 10_000 })
    .toBe(baseline);
  expect(await numberBox(w, '입력 x').inputValue()).toBe('1');
});

test('fits a 360 px phone in dark mode', async () => {
  const page = await open(`${CHAPTER}?activation-functions.stack=true`, {
    viewport: { width: 360, height: 740 },
    colorScheme: 'dark',
  });
  const w = await ready(page);
  await w.locator('[data-case="linear"] [data-w]').waitFor({ timeout: 30_000 });
  await w.scrollIntoViewIfNeeded();
  const overflow = await w.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return [...el.querySelectorAll('*')]
      .filter((c) => {
        const r = c.getBoundingClientRect();
        return (
          r.width > 0 && !c.closest('svg') && (r.right > box.right + 1 || r.left < box.left - 1)
        );
      })
      .map((c) => `${c.tagName.toLowerCase()}.${c.getAttribute('class') ?? ''}`)
      .slice(0, 5);
  });
  expect(overflow).toEqual([]);
  const chartBox = (await w.locator('.activation-functions-chart').first().boundingBox())!;
  const wBox = (await w.boundingBox())!;
  expect(chartBox.width).toBeLessThanOrEqual(wBox.width);
  expect(chartBox.height).toBeGreaterThan(150);
  if (process.env.SHOT_DIR)
    await w.screenshot({ path: `${process.env.SHOT_DIR}/activation-functions-360-dark.png` });
});
