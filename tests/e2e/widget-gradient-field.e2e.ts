// gradient-field in real Chromium on the production build: renders from its directive in
// chapter 4 with the engine's backward() and the book's float64 central differences agreeing
// to < 1e-3 over the grid (read from data-max-diff), float32 central differences visibly worse,
// the read-out point's gradient equal to 2x, every control (radio, sliders, the focusable point,
// a click) changes the picture, 책 기본값 and the URL, a bad directive, no leaks, phone + dark.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import {
  engineBaseline,
  expectTensorsBack,
  misfits,
  shownTextPx,
  widgetHarness,
  type Widget,
} from './widget-helpers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'gradient-field');
const CHAPTER = '/04-neural-network-learning/';
const opts = { state: 'ready' };

const diffs = async (w: Widget) => {
  const p = w.root.locator('.gradient-field__diff');
  return {
    engine: Number(await p.getAttribute('data-max-diff')),
    f32: Number(await p.getAttribute('data-max-diff-f32')),
  };
};
/** The read-out point's gradient by `method`, from the table's data attributes. */
const grad = async (w: Widget, method: string) => {
  const r = w.root.locator(`tr[data-method="${method}"]`);
  return [Number(await r.getAttribute('data-g0')), Number(await r.getAttribute('data-g1'))];
};
const arrows = (w: Widget) =>
  w.root.locator('.gradient-field__arrows').getAttribute('d') as Promise<string>;

/** The book's numbers on the default view: < 1e-3 between the methods, [0, 4] at (0, 2). */
async function expectBook(w: Widget) {
  const d = await diffs(w);
  expect(d.engine).toBeLessThan(1e-3);
  expect(d.engine).toBeGreaterThanOrEqual(0);
  expect(d.f32).toBeGreaterThan(1e-3); // float32 round-off: of order f·ε/h
  expect(d.f32).toBeLessThan(0.1);
  // The book's example: numerical_gradient(function_2, [0, 2]) → [0, 4].
  expect(await grad(w, 'backward')).toEqual([0, 4]);
  const [n0, n1] = await grad(w, 'numerical');
  expect(n0).toBeCloseTo(0, 9);
  expect(n1).toBeCloseTo(4, 9);
  expect((await arrows(w)).match(/M/g)!.length).toBeGreaterThanOrEqual(289);
}

test('the URL is read; 책 기본값 restores the book: backward vs float64 < 1e-3; every control changes the picture', async () => {
  const w = await harness.open(
    `${CHAPTER}?gradient-field.method=backward&gradient-field.x0=1.5&gradient-field.x1=-1`,
    opts,
  );
  expect(await w.value('점의 x₀')).toBe(1.5);
  expect(await w.root.getByRole('radio', { name: /역전파/ }).isChecked()).toBe(true);
  expect(await grad(w, 'backward')).toEqual([3, -2]);
  await w.resetToBook();
  await expect.poll(() => w.value('점의 x₀')).toBe(0);
  expect(await w.value('점의 x₁')).toBe(2);
  expect(await w.root.getByRole('radio', { name: /float64/ }).isChecked()).toBe(true);
  await expect.poll(() => grad(w, 'backward')).toEqual([0, 4]);
  await expect.poll(() => w.urlKeys()).toEqual([]);
  await w.ready('ready');
  await expectBook(w);
  expect(await w.root.locator('.widget-readout').textContent()).toMatch(/ms · (webgl|wasm|cpu)/);

  const figure = w.root.locator('figure.gradient-field__figure');
  // The method radio redraws the arrows from float32 central differences.
  const before = await arrows(w);
  await w.root.getByRole('radio', { name: /float32/ }).check();
  await expect.poll(() => figure.getAttribute('data-method')).toBe('numerical32');
  expect(await arrows(w)).not.toEqual(before);
  await expect.poll(() => w.param('method')).toBe('numerical32');
  await w.root.getByRole('radio', { name: /역전파/ }).check();
  await expect.poll(() => figure.getAttribute('data-method')).toBe('backward');
  // The x₀ slider from the keyboard.
  await w.expectChange(() => w.press('점의 x₀', 'ArrowRight'));
  expect(await w.value('점의 x₀')).toBe(0.25);
  await expect.poll(() => grad(w, 'backward')).toEqual([0.5, 4]);
  // The focusable point: arrow keys move it one grid step.
  const point = w.root.getByRole('button', { name: /기울기를 읽을 점/ });
  await w.expectChange(async () => {
    await point.focus();
    await w.page.keyboard.press('ArrowDown');
  });
  expect(await w.value('점의 x₁')).toBe(1.75);
  await expect.poll(() => grad(w, 'backward')).toEqual([0.5, 3.5]);
  // A click on the plot puts the point on the nearest grid point (here the lower-left corner).
  await w.root.locator('.gradient-field__svg').scrollIntoViewIfNeeded();
  const frame = (await w.root.locator('.gradient-field__frame').boundingBox())!;
  await w.expectChange(() => w.page.mouse.click(frame.x + 18, frame.y + frame.height - 18));
  expect(await w.value('점의 x₀')).toBe(-2);
  expect(await w.value('점의 x₁')).toBe(-2);
  await expect.poll(() => grad(w, 'backward')).toEqual([-4, -4]);
  const [n0, n1] = await grad(w, 'numerical');
  expect(n0).toBeCloseTo(-4, 9);
  expect(n1).toBeCloseTo(-4, 9);
  expect((await diffs(w)).engine).toBeLessThan(1e-3);
});

test('renders the same numbers on WebGL', async () => {
  const w = await harness.playground('::gradient-field\n', { ...opts, backend: 'webgl' });
  await expectBook(w);
  expect(await w.root.locator('.widget-readout').textContent()).toContain('ms · webgl');
});

test('no tensor leaks after 30 updates; fits a 390 px phone in dark mode (on the CPU backend)', async () => {
  const w = await harness.playground('::gradient-field\n', {
    ...opts,
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
    backend: 'cpu',
  });
  const baseline = await engineBaseline(w.page, 'cpu');
  expect(await w.root.locator('.widget-readout').textContent()).toContain('ms · cpu');
  await w.press('점의 x₀', 'ArrowLeft', 15);
  await w.press('점의 x₁', 'ArrowLeft', 15);
  await w.ready('ready', 30_000);
  await expectTensorsBack(w.page, baseline);
  expect(await w.value('점의 x₀')).toBe(-2);
  await w.root.scrollIntoViewIfNeeded();
  expect(await misfits(w.root)).toEqual([]);
  const svg = (await w.root.locator('.gradient-field__svg').boundingBox())!;
  expect(svg.width).toBeLessThanOrEqual((await w.root.boundingBox())!.width);
  expect(svg.height).toBeGreaterThan(250);
  // drawn at ~90 % of its viewBox here: the ticks still read at 12 px (were 10.8)
  const ticks = await shownTextPx(w.root, '.gradient-field__axes text');
  expect(ticks.length).toBeGreaterThan(0);
  expect(Math.min(...ticks)).toBeGreaterThanOrEqual(11.5);
});

test('keeps its size while the point is dragged: the table does not reflow around long numbers', async () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const w = await harness.playground('::gradient-field\n', { ...opts, viewport });
    const heights = new Set<number>();
    // x₀ = 0 (short numbers), then −2, −1.75, 2: float32 differences print 8 digits there
    for (const [key, x0] of [
      ['', 0],
      ['Home', -2],
      ['ArrowRight', -1.75],
      ['End', 2],
    ] as const) {
      if (key) await w.press('점의 x₀', key);
      await expect.poll(() => grad(w, 'backward')).toEqual([2 * x0, 4]);
      await expect
        .poll(() => grad(w, 'numerical32').then((g) => g[0] !== 2 * x0 || x0 === 0))
        .toBe(true);
      await w.ready();
      heights.add(Math.round((await w.root.boundingBox())!.height));
    }
    expect([...heights], `heights at ${viewport.width} px`).toHaveLength(1);
    await w.page.close();
  }
});
