// convolution in real Chromium on the production build, from its directive in chapter 7: the
// book's 4×4 example from the engine (15, 16, 6, 15; bias 3 → 18, 19, 9, 18; pooled 16), the size
// calculator's (28, 31) → (10, 11), an impossible stride explained (floored like the book's code),
// every control changes the picture, the step-through, URL state, 책 기본값, the error card,
// an MNIST digit as grey levels, tensors back to baseline, phone width in dark mode; it stands as
// drawn while the engine computes.
import { describe, expect, test } from 'vitest';
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
const harness = widgetHarness(open, 'convolution');
const CHAPTER = '/07-cnn/';
const opts = { state: 'ready' };

const grid = (w: Widget, name: string) => w.root.locator(`[data-grid="${name}"]`);
const values = (w: Widget, name: string) => grid(w, name).getAttribute('data-values');
const shape = (w: Widget, name: string) => grid(w, name).getAttribute('data-shape');
const formula = (w: Widget) => w.root.locator('.conv-formula').first();
const calc = (w: Widget) => w.root.locator('[data-calc] .conv-formula');

describe.each(['cpu'] as const)('on %s', (backend) => {
  test('the book example from the engine: (15, 16, 6, 15), pooled 16, size (10, 11); step-through', async () => {
    const w = await harness.open(CHAPTER, { ...opts, backend });
    expect(await values(w, 'input')).toBe('1,2,3,0,0,1,2,3,3,0,1,2,2,3,0,1');
    expect(await values(w, 'filter')).toBe('2,0,1,0,1,2,1,0,2');
    expect(await values(w, 'output')).toBe('15,16,6,15');
    expect(await values(w, 'pooled')).toBe('16');
    expect(await formula(w).getAttribute('data-size')).toBe('2x2');
    expect(await calc(w).getAttribute('data-size')).toBe('10x11');
    expect(await w.root.locator('[data-sum]').textContent()).toBe(
      '1·2 + 2·0 + 3·1 + 0·0 + 1·1 + 2·2 + 3·1 + 0·0 + 1·2 = 15',
    );
    expect(await w.root.locator('.widget-readout').textContent()).toContain(`ms · ${backend}`);

    // step-through: buttons, keyboard and clicks highlight the window of each output cell
    const step = () => w.root.locator('[data-step]').getAttribute('data-step');
    const on = (name: string) =>
      grid(w, name)
        .locator('.conv-cell-on')
        .evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset.cell).join(','));
    expect(await on('input')).toBe('0,1,2,4,5,6,8,9,10');
    await w.root.getByRole('button', { name: '다음 ▸' }).click();
    expect(await step()).toBe('1');
    expect(await on('output')).toBe('1');
    expect(await on('input')).toBe('1,2,3,5,6,7,9,10,11');
    expect(await w.root.locator('[data-sum]').textContent()).toContain('= 16');
    await w.root.getByRole('group', { name: /출력 칸 따라가기/ }).focus();
    await w.page.keyboard.press('ArrowRight');
    expect(await step()).toBe('2');
    expect(await w.root.locator('[data-sum]').textContent()).toContain('= 6');
    await w.page.keyboard.press('End');
    expect(await on('input')).toBe('5,6,7,9,10,11,13,14,15');
    await w.root.getByRole('button', { name: '◂ 이전' }).click();
    expect(await step()).toBe('2');
    await grid(w, 'output').locator('[data-cell="0"]').click();
    expect(await step()).toBe('0');
    await w.root.getByRole('button', { name: '▶ 재생' }).click();
    await expect.poll(step, { timeout: 5_000 }).toBe('1');
    await w.root.getByRole('button', { name: '⏸ 멈춤' }).click();
  });
});

test('bias, padding, stride, filter and input controls change the feature map', async () => {
  const w = await harness.open(CHAPTER, opts);
  const out = () => values(w, 'output');
  // three presses, one render each: poll for the last one's map
  await w.press('편향 b', 'ArrowRight', 3);
  await expect.poll(out).toBe('18,19,9,18');
  await w.expectChange(() => w.press('패딩 P', 'ArrowRight'), out);
  expect(await shape(w, 'output')).toBe('4x4');
  expect(await shape(w, 'input')).toBe('6x6');
  expect(await shape(w, 'pooled')).toBe('2x2');
  await w.press('패딩 P', 'ArrowLeft');
  await w.press('편향 b', 'ArrowLeft', 3);
  await expect.poll(out).toBe('15,16,6,15');
  // stride 2: (4 − 3)/2 + 1 = 1.5 — impossible; floored like the book's code to 1×1
  await w.expectChange(() => w.press('스트라이드 S', 'ArrowRight'), out);
  const warning = formula(w).locator('[role=status]');
  expect(await warning.textContent()).toContain('정수가 아니에요');
  expect(await warning.textContent()).toContain('1 + int((H + 2*pad - FH) / stride)');
  expect(await out()).toBe('15');
  expect(await formula(w).textContent()).toContain('1.5');
  await w.press('스트라이드 S', 'ArrowLeft');
  await expect.poll(out).toBe('15,16,6,15');
  // presets and one weight
  await w.expectChange(() => w.root.getByRole('button', { name: '윤곽선' }).click(), out);
  expect(await values(w, 'filter')).toBe('-1,-1,-1,-1,8,-1,-1,-1,-1');
  await w.expectChange(() => w.root.getByRole('button', { name: '책의 필터' }).click(), out);
  expect(await out()).toBe('15,16,6,15');
  await w.expectChange(() => w.root.getByLabel('필터 1행 1열').fill('3'), out);
  // each window's top-left input value (1, 2, 0, 1) is added once more
  expect(await out()).toBe('16,18,6,16');
  await expect.poll(() => w.param('filter')).toBe('3,0,1;0,1,2;1,0,2');
  // a 5×5 filter cannot be placed on the 4×4 input without padding
  await w.root.getByLabel('필터 높이 FH', { exact: true }).selectOption('5');
  await w.root.getByLabel('필터 너비 FW', { exact: true }).selectOption('5');
  await expect.poll(() => formula(w).textContent()).toContain('놓을 자리가 없어요');
  await w.press('패딩 P', 'ArrowRight');
  await expect.poll(() => shape(w, 'output')).toBe('2x2');
  // a real MNIST digit: grey levels, 26×26 feature map, 13×13 pooled
  await w.resetToBook();
  await w.root.getByRole('radio', { name: /MNIST/ }).check();
  await expect.poll(() => shape(w, 'output'), { timeout: 30_000 }).toBe('26x26');
  await w.ready('ready');
  expect(await shape(w, 'pooled')).toBe('13x13');
  expect(await grid(w, 'output').locator('.conv-cell').first().getAttribute('style')).toContain(
    'rgb',
  );
  await w.expectChange(() => w.press('숫자 번호 (시험 데이터)', 'ArrowRight'), out);
  // the calculator
  const size = () => calc(w).getAttribute('data-size');
  for (const label of [
    '입력 높이 H (계산기)',
    '입력 너비 W (계산기)',
    '필터 높이 FH (계산기)',
    '필터 너비 FW (계산기)',
    '패딩 P (계산기)',
    '스트라이드 S (계산기)',
  ])
    await w.expectChange(() => w.press(label, 'ArrowLeft'), size);
});

test('URL state is read; 책 기본값 restores the book; tensors return to baseline', async () => {
  const w = await harness.open(
    `${CHAPTER}?convolution.bias=3&convolution.pad=1&convolution.filter=0,1,0;1,1,1;0,1,0`,
    opts,
  );
  expect(await w.value('편향 b')).toBe(3);
  expect(await shape(w, 'output')).toBe('4x4');
  expect(await values(w, 'filter')).toBe('0,1,0,1,1,1,0,1,0');
  const baseline = await engineBaseline(w.page);
  await w.press('스트라이드 S', 'ArrowRight', 2);
  await w.press('패딩 P', 'ArrowRight', 2);
  await w.press('편향 b', 'ArrowLeft', 5);
  await w.ready('ready');
  await w.resetToBook();
  await expect.poll(() => values(w, 'output')).toBe('15,16,6,15');
  await w.ready('ready');
  await expect.poll(() => w.urlKeys()).toEqual([]);
  await expectTensorsBack(w.page, baseline);
});

test('fits a 390 px phone in dark mode, digit and all', async () => {
  const w = await harness.open(`${CHAPTER}?convolution.input=digit&convolution.pad=1`, {
    ...opts,
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
  });
  expect(await shape(w, 'output')).toBe('28x28');
  await w.root.scrollIntoViewIfNeeded();
  expect(await misfits(w.root)).toEqual([]);
});

test('it stands as drawn while it computes: nothing in or under it moves when the numbers come (390 and 1280 px)', async () => {
  // it waited with its formula only, then grew by the maps, the step-through and the pooling
  // (≈ 320 px on a phone); now each map waits in its size with "…" where the engine's numbers go
  for (const width of [390, 1280]) {
    const w = await harness.open(`${CHAPTER}#widget-convolution`, {
      ...opts,
      viewport: { width, height: 900 },
      beforeGoto: (page) => page.addInitScript(watchLayout('convolution', '.conv-maps > *, .conv-stepper > *, .conv-pool > *, figure')), // prettier-ignore
    });
    await expectStoodAsDrawn(w.page);
    await w.page.close();
  }
});
