// `::batch-norm` in real Chromium on the production build, from its directive in chapter 6 (wasm,
// a short race from the URL): one step fills test mode's running statistics, Run grows both
// curves, Pause stops, 초기화 frees what it made, the BN position switch and the w slider make a
// new race, 책 기본값 restores the book; the 16-panel grid starts, stops and closes without leaks;
// a bad parameter shows the error card; it fits a 390 px phone in dark mode.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import {
  engineBaseline,
  expectTensorsBack,
  atTextSize,
  misfits,
  widgetHarness,
  type Widget,
} from './widget-helpers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'batch-norm');

const attr = (w: Widget, name: string) => w.root.locator('.bn').getAttribute(name);
const status = (w: Widget) => attr(w, 'data-status');
const iteration = async (w: Widget) => Number(await attr(w, 'data-iteration'));
const button = (w: Widget, name: string) => w.root.getByRole('button', { name, exact: true });

async function nearRace(w: Widget): Promise<Widget> {
  await w.root.scrollIntoViewIfNeeded();
  await expect.poll(() => status(w), { timeout: 60_000 }).toBe('ready');
  return w;
}

test('step fills the running statistics; Run, Pause, 초기화 (tensors back); position, w and 책 기본값', async () => {
  // far down chapter 6: nothing of it loads until the reader scrolls near
  const w = await harness.openBelowFold('/06-learning-techniques/?batch-norm.epochs=3', {
    backend: 'wasm',
    state: 'ready',
  });
  await nearRace(w);
  const page = w.page;
  expect(await w.root.locator('.race__iteration').textContent()).toBe('반복 0 / 30');
  const baseline = await engineBaseline(page, 'wasm');

  await button(w, '한 단계 ▸').click();
  await expect.poll(() => iteration(w), { timeout: 20_000 }).toBe(1);
  // test mode's numbers: 5 BN layers, μ_run = 0.1·μ_B after one step (no longer all zero)
  const layers = w.root.locator('.bn__stats tbody tr');
  await expect
    .poll(() => w.root.locator('.bn__test').getAttribute('data-stats-iteration'), {
      timeout: 10_000,
    })
    .toBe('1');
  expect(await layers.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-layer')))).toEqual(
    ['BatchNorm1', 'BatchNorm2', 'BatchNorm3', 'BatchNorm4', 'BatchNorm5'],
  ); // prettier-ignore
  expect(Number(await layers.first().getAttribute('data-variance'))).toBeGreaterThan(0);

  await button(w, '▶ 실행').click();
  await expect.poll(() => iteration(w), { timeout: 20_000 }).toBeGreaterThanOrEqual(10);
  await button(w, '⏸ 일시정지').click();
  await expect.poll(() => status(w), { timeout: 10_000 }).toMatch(/paused|done/);
  const stopped = await iteration(w);
  await page.waitForTimeout(300);
  expect(await iteration(w)).toBe(stopped);
  // one epoch done: both curves have a point and test mode's accuracy is there
  expect(Number(await attr(w, 'data-bn-acc'))).toBeGreaterThan(0);
  expect(Number(await attr(w, 'data-plain-acc'))).toBeGreaterThan(0);
  expect(await w.root.locator('.bn__test-acc strong').textContent()).toMatch(/%$/);
  expect(await w.root.locator('[data-stat=remaining] dd').textContent()).toMatch(/^\d\d:\d\d$/);

  await button(w, '↺ 초기화').click();
  await expect.poll(() => iteration(w), { timeout: 20_000 }).toBe(0);
  await expectTensorsBack(page, baseline);

  // BN after ReLU: a new race whose BN lane says so
  await w.root.getByRole('radio', { name: 'ReLU 뒤' }).check();
  await expect.poll(() => w.param('position')).toBe('after');
  await expect.poll(() => w.root.locator('.bn__legend [data-lane=bn] th').textContent(), { timeout: 20_000 }).toContain('ReLU 뒤'); // prettier-ignore
  await w.press('가중치 초깃값의 표준편차 w', 'ArrowRight');
  await expect.poll(() => w.param('scale')).toBe('5');
  expect(await w.root.locator('.bn__scale output').textContent()).toBe('w = 0.0464');

  await w.resetToBook();
  await expect.poll(() => w.urlKeys()).toEqual([]);
  expect(await w.root.locator('.bn__scale output').textContent()).toBe('w = 0.0858');
  await expect
    .poll(() => w.root.locator('.race__iteration').textContent(), { timeout: 20_000 })
    .toBe('반복 0 / 200');
  expect(await w.root.getByRole('radio', { name: 'ReLU 앞 (책)' }).isChecked()).toBe(true);
});

test('the 16-panel grid starts, stops and closes; 390 px dark phone', async () => {
  const w = await harness.playground('::batch-norm{epochs=1}\n', {
    backend: 'wasm',
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
    state: 'ready',
  });
  await nearRace(w);
  const baseline = await engineBaseline(w.page, 'wasm');
  const grid = w.root.locator('[data-grid-status]');
  await button(w, '16가지 w 모두 비교하기 (그림 6-19)').click();
  await expect
    .poll(() => grid.getAttribute('data-grid-status'), { timeout: 20_000 })
    .toBe('running');
  expect(await w.root.locator('.bn__mini').count()).toBe(16);
  await expect
    .poll(() => w.root.locator('.bn__grid-section [data-stat=elapsed] dd').textContent(), {
      timeout: 10_000,
    })
    .toMatch(/^\d\d:\d\d$/);
  await button(w, '⏸ 멈추기').click(); // at the end of the round (32 networks, ~1 s)
  await expect
    .poll(() => grid.getAttribute('data-grid-status'), { timeout: 30_000 })
    .toBe('paused');
  await expect.poll(() => button(w, '▶ 계속').isEnabled()).toBe(true);
  expect(await misfits(w.root)).toEqual([]);
  // the reader's default font at "Very large" (24 px): the legend table scrolls in its own box
  await atTextSize(w.page, 24, async () => {
    await expect.poll(() => misfits(w.root)).toEqual([]);
    expect(await w.root.locator('.scroll-x:has(.bn__legend)').getAttribute('tabindex')).toBe('0');
  });
  await button(w, '닫기').click();
  await expect.poll(() => grid.getAttribute('data-grid-status')).toBe('off');
  await expectTensorsBack(w.page, baseline);
});
