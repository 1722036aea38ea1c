// gradient-descent in real Chromium on the production build: renders from its directive in
// chapter 4 with the book's path (init (−3, 4), lr 0.1, 20 steps → (−0.0346, 0.0461)), every
// step's ∇f = 2x from the engine, every control (lr, steps, start sliders, the draggable start,
// the step scrubber) changes the picture, lr 10 diverges with a Korean message while the chart
// stays drawn and 책 기본값 recovers, lr 1e−10 does not move in float32, the URL is read, a bad
// directive, no tensor leaks, phone + dark; it stands as drawn while the engine computes.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { watchLayout } from './layout-watch';
import {
  engineBaseline,
  expectStoodAsDrawn,
  expectTensorsBack,
  misfits,
  shownTextPx,
  widgetHarness,
  type Widget,
} from './widget-helpers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'gradient-descent');
const CHAPTER = '/04-neural-network-learning/';

const final = async (w: Widget) => {
  const p = w.root.locator('.gradient-descent__result');
  return [
    Number(await p.getAttribute('data-final-x0')),
    Number(await p.getAttribute('data-final-x1')),
  ];
};
const rows = (w: Widget) => w.root.locator('tr[data-step]');
const shownStep = (w: Widget) =>
  w.root.locator('.gradient-descent__detail').getAttribute('data-step');

test("URL read; 책 기본값 gives the book's path (−3, 4), lr 0.1, 20 steps → (−0.0346, 0.0461)", async () => {
  // The URL is read: the book's step_num = 100 ends at (−6.1e−10, 8.1e−10).
  const w = await harness.open(`${CHAPTER}?gradient-descent.steps=100`, { state: 'ready' });
  const [u0, u1] = await final(w);
  expect(u0 / -6.11e-10).toBeCloseTo(1, 2);
  expect(u1 / 8.15e-10).toBeCloseTo(1, 2);
  expect(await rows(w).count()).toBe(101);
  await w.resetToBook();
  await expect.poll(() => rows(w).count()).toBe(21);
  await w.ready('ready');
  await expect.poll(() => w.urlKeys()).toEqual([]);
  const [x0, x1] = await final(w);
  expect(x0).toBeCloseTo(-3 * 0.8 ** 20, 5);
  expect(x1).toBeCloseTo(4 * 0.8 ** 20, 5);
  expect(x0).toBeCloseTo(-0.0346, 4);
  expect(x1).toBeCloseTo(0.0461, 4);
  expect(await rows(w).count()).toBe(21);
  expect(await shownStep(w)).toBe('20');
  expect(await w.root.locator('.widget-readout').textContent()).toMatch(/ms · (webgl|wasm|cpu)/);
  // …and written back.
  await w.expectChange(() => w.press('반복 횟수 step_num', 'ArrowRight'));
  await expect.poll(() => w.param('steps')).toBe('21');
  expect(await rows(w).count()).toBe(22);
});

test('every control changes the picture; lr 1e−10 does not move in float32; lr 10 diverges with a Korean message, the chart stays drawn; 책 기본값 recovers', async () => {
  const w = await harness.playground('::gradient-descent\n', { state: 'ready' });
  // The scrubber highlights step 0, whose gradient from backward() is 2·(−3, 4).
  await w.expectChange(() => w.press('강조할 단계', 'Home'));
  expect(await shownStep(w)).toBe('0');
  const detail = w.root.locator('.gradient-descent__detail');
  expect([await detail.getAttribute('data-g0'), await detail.getAttribute('data-g1')]).toEqual([
    '-6',
    '8',
  ]);
  expect(await rows(w).nth(0).getAttribute('aria-current')).toBe('step');
  // Steps, lr and the start from the keyboard.
  await w.expectChange(() => w.press('반복 횟수 step_num', 'ArrowRight'));
  expect(await rows(w).count()).toBe(22);
  await w.expectChange(() => w.press('학습률 lr', 'ArrowLeft'));
  expect(await w.value('학습률 lr')).toBe(0.079); // log10 position −1.1, shown as the short 0.079
  await w.expectChange(() => w.press('시작점 x₁', 'ArrowLeft'));
  expect(await w.value('시작점 x₁')).toBe(3.9);
  await w.expectChange(() => w.press('시작점 x₀', 'ArrowRight'));
  expect(await w.value('시작점 x₀')).toBe(-2.9);
  // The start point on the chart: arrow keys, then a pointer drag.
  const handle = w.root.getByRole('button', { name: /시작점/ });
  await w.expectChange(async () => {
    await handle.focus();
    await w.page.keyboard.press('ArrowLeft');
  });
  expect(await w.value('시작점 x₀')).toBe(-3);
  await handle.scrollIntoViewIfNeeded();
  const box = (await handle.boundingBox())!;
  await w.expectChange(async () => {
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 4 });
    await w.page.mouse.up();
  });
  expect(await w.value('시작점 x₀')).toBeGreaterThan(-2);
  expect(await w.value('시작점 x₁')).toBeLessThan(3.5);
  const [d0, d1] = await final(w);
  const [s0, s1] = [await w.value('시작점 x₀'), await w.value('시작점 x₁')];
  const k = (1 - 2 * (await w.value('학습률 lr'))) ** 21;
  expect(d0).toBeCloseTo(s0 * k, 4);
  expect(d1).toBeCloseTo(s1 * k, 4);

  await w.numberBox('학습률 lr').fill('1e-10');
  await w.root.locator('.gradient-descent__note').waitFor();
  await w.ready('ready');
  const [f0, f1] = await final(w);
  expect(f0).toBeCloseTo(s0, 5); // not one step away from the start
  expect(f1).toBeCloseTo(s1, 5);
  expect(await w.root.locator('.gradient-descent__note').textContent()).toContain('float32');

  await w.numberBox('학습률 lr').fill('10');
  await w.ready('diverged');
  const message = w.root.locator('.widget-message');
  await expect.poll(() => message.textContent()).toContain('발산했어요');
  expect(await message.textContent()).toContain('−19');
  expect(await w.root.locator('.gradient-descent__result').getAttribute('data-diverged')).toBe(
    'true',
  );
  // The chart zoomed out to its limit and cut off what lies beyond; no NaN in its markup.
  const fig = w.root.locator('.gradient-descent__figure');
  expect(await fig.getAttribute('data-view')).toBe('1000');
  expect(await w.root.locator('.gradient-descent__hidden').textContent()).toContain('그림 밖');
  expect(await w.picture()).not.toMatch(/NaN|Infinity/);
  expect(Math.abs((await final(w))[1])).toBeGreaterThan(1e25); // 4·19²⁰ ≈ 1.5e26
  await w.resetToBook();
  await w.ready('ready');
  expect(await w.value('학습률 lr')).toBe(0.1);
  expect(await fig.getAttribute('data-view')).toBe('5');
  expect((await final(w))[0]).toBeCloseTo(-0.0346, 4);
  expect(await message.count()).toBe(0);
});

test('no tensor leaks after 40 updates; fits a 390 px phone in dark mode (on WebGL)', async () => {
  const w = await harness.playground('::gradient-descent\n', {
    state: 'ready',
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
    backend: 'webgl',
  });
  const baseline = await engineBaseline(w.page, 'webgl');
  expect(await w.root.locator('.widget-readout').textContent()).toContain('ms · webgl');
  await w.press('학습률 lr', 'ArrowRight', 20);
  await w.press('시작점 x₀', 'ArrowLeft', 20);
  await w.ready(/^(ready|diverged)$/, 30_000);
  await expectTensorsBack(w.page, baseline);
  await w.root.scrollIntoViewIfNeeded();
  expect(await misfits(w.root)).toEqual([]);
  const svg = (await w.root.locator('.gradient-descent__svg').boundingBox())!;
  expect(svg.width).toBeLessThanOrEqual((await w.root.boundingBox())!.width);
  expect(svg.height).toBeGreaterThan(250);
  // drawn at ~85 % of its viewBox here: the ticks still read at 12 px, the contour labels at 11
  const ticks = await shownTextPx(w.root, '.gradient-descent__ticks text');
  const rings = await shownTextPx(w.root, '.gradient-descent__ring-label');
  expect(ticks.length).toBeGreaterThan(0);
  expect(rings.length).toBeGreaterThan(0);
  expect(Math.min(...ticks)).toBeGreaterThanOrEqual(11.5);
  expect(Math.min(...rings)).toBeGreaterThanOrEqual(10.5);
});

test('it stands as drawn while it computes: nothing in or under it moves when the numbers come (390 and 1280 px)', async () => {
  // the result waited on one line and the step's detail and table were not there: the frame grew
  // 1035 → 1316 px on a phone; now each waits in its lines with "…" where the numbers go
  for (const width of [390, 1280]) {
    const w = await harness.open(`${CHAPTER}#widget-gradient-descent`, {
      state: 'ready',
      viewport: { width, height: 900 },
      beforeGoto: (page) => page.addInitScript(watchLayout('gradient-descent', 'p, strong, .gradient-descent__line, .gradient-descent__table-box, tr')), // prettier-ignore
    });
    await expectStoodAsDrawn(w.page);
    await w.page.close();
  }
});
