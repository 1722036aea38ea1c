// `::weight-init-mnist` in real Chromium on the production build (wasm, from its directive in
// chapter 6; a short race from the URL): σ = 0.01 starts at ln 10 (its outputs are all
// but zero), Run grows every curve together, Pause stops the counter, 초기화 repeats the first
// losses and frees what it made, sigmoid changes the race and its note, a checkbox drops a lane,
// a bad parameter shows the error card, and it fits a 390 px phone in dark mode.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { diagnosed } from './stall-report';
import {
  engineBaseline,
  expectTensorsBack,
  misfits,
  widgetHarness,
  type Widget,
} from './widget-helpers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'weight-init-mnist');

const attr = (w: Widget, name: string) => w.root.locator('.race').getAttribute(name);
const status = (w: Widget) => attr(w, 'data-status');

/** The race starts once the widget comes near the screen: bring it there and wait for the race. */
async function nearRace(w: Widget): Promise<Widget> {
  await w.root.scrollIntoViewIfNeeded();
  await expect.poll(() => status(w), { timeout: 60_000 }).toBe('ready');
  return w;
}
const iteration = async (w: Widget) => Number(await attr(w, 'data-iteration'));
/** Waits for the counter after a step (with the diagnosis of a stall if it never gets there). */
const stepped = (w: Widget, n: number) =>
  diagnosed(w.page, w.root, () => expect.poll(() => iteration(w)).toBe(n));
const button = (w: Widget, name: string) => w.root.getByRole('button', { name, exact: true });
const lanes = (w: Widget) =>
  w.root
    .locator('.race__table tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-lane'), r.getAttribute('data-final-loss')]),
    );

test('σ 0.01 starts at ln 10; Run, Pause, 초기화 (same first losses, tensors back); sigmoid and a lane toggle change the picture', async () => {
  const w = await harness.open('/06-learning-techniques/?weight-init-mnist.iterations=200', {
    backend: 'wasm',
    state: 'ready',
  });
  await nearRace(w);
  const page = w.page;
  expect(await w.root.locator('.race__iteration').textContent()).toBe('반복 0 / 200'); // long enough that Pause lands before the end
  expect(await w.root.locator('[data-activation-note]').textContent()).toContain(
    '"Xavier" 곡선도 ReLU',
  );
  const baseline = await engineBaseline(page, 'wasm');

  await button(w, '한 단계 ▸').click();
  await stepped(w, 1);
  const first = await lanes(w);
  expect(first.map(([l]) => l)).toEqual(['std=0.01', 'Xavier', 'He']);
  expect(Number(first[0][1])).toBeCloseTo(Math.log(10), 2);

  await button(w, '▶ 실행').click();
  await expect.poll(() => iteration(w), { timeout: 20_000 }).toBeGreaterThan(5);
  await button(w, '⏸ 일시정지').click();
  await expect.poll(() => status(w), { timeout: 10_000 }).toBe('paused');
  const stopped = await iteration(w);
  await page.waitForTimeout(400);
  expect(await iteration(w)).toBe(stopped);
  expect(await w.root.locator('[data-stat=remaining] dd').textContent()).toMatch(/^\d\d:\d\d$/);

  await button(w, '↺ 초기화').click();
  await expect.poll(() => iteration(w)).toBe(0);
  await expectTensorsBack(page, baseline);
  await button(w, '한 단계 ▸').click();
  await stepped(w, 1);
  expect(await lanes(w)).toEqual(first);
  await button(w, '한 단계 ▸').click(); // two points: a line to replace
  await expect.poll(() => iteration(w)).toBe(2);

  await w.expectChange(() => w.control('은닉층 활성화 함수').selectOption('sigmoid'));
  await expect.poll(() => w.param('activation')).toBe('sigmoid');
  expect(await w.root.locator('[data-activation-note]').textContent()).toContain(
    '세 초깃값 모두 손실이 거의 줄지 않아요',
  );
  await button(w, '한 단계 ▸').click();
  await stepped(w, 1);
  await button(w, '한 단계 ▸').click();
  await expect.poll(() => iteration(w)).toBe(2);
  await w.expectChange(() => w.control('He (√(2/n))').uncheck());
  await expect.poll(() => lanes(w).then((l) => l.map(([x]) => x))).toEqual(['std=0.01', 'Xavier']);

  // a larger learning rate: a new race from the same start (the slider's keys, into the URL)
  await w.press('학습률 η (SGD)', 'ArrowRight');
  await expect.poll(() => w.param('lr')).not.toBeNull();
  await expect.poll(() => iteration(w)).toBe(0);
  expect(await w.value('학습률 η (SGD)')).toBeGreaterThan(0.01);
});

test('on cpu: one step, fits a 390 px phone in dark mode', async () => {
  const w = await harness.playground('::weight-init-mnist{iterations=10 activation=tanh}\n', {
    backend: 'cpu',
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
    state: 'ready',
  });
  await nearRace(w);
  await button(w, '한 단계 ▸').click(); // the table and the curves filled in
  await expect.poll(() => iteration(w), { timeout: 20_000 }).toBe(1);
  await expect.poll(() => w.root.locator('[data-stat=backend] dd').textContent()).toBe('cpu');
  expect(await misfits(w.root)).toEqual([]);
});
