// perceptron-gates in real Chromium on the production build: renders from its directive in
// chapter 2, every slider moves the picture (keyboard and pointer), "책 기본값" restores the book,
// URL state round-trips, a bad parameter shows the error card, presets give correct truth
// tables, XOR has no separating line, the learning rule converges (AND) or loops (XOR), and it
// fits a phone in dark mode.
import { expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { useBrowser } from './browser';
import { misfits, playground, widgetHarness, type Widget } from './widget-helpers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'perceptron-gates');
const CHAPTER = '/02-perceptron/';
const SLIDERS = ['가중치 w1', '가중치 w2', '편향 b'] as const;
const opts = { state: 'ready' };

/** Each row's output and ✓/✗, e.g. "0✓ 0✓ 0✓ 1✓". */
const truthTable = (w: Widget) =>
  w.root
    .getByRole('table', { name: /진리표/ })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows
        .map(
          (r) =>
            `${(r as HTMLElement).dataset.output}${(r as HTMLElement).dataset.correct === 'true' ? '✓' : '✗'}`,
        )
        .join(' '),
    );
const radio = (w: Widget, gate: string): Locator =>
  w.root.getByRole('radio', { name: gate, exact: true });
const weights = async (w: Widget) => Promise.all(SLIDERS.map((l) => w.numberBox(l).inputValue()));

test('renders from its directive in chapter 2 with the book AND gate; AND/NAND/OR presets give correct truth tables; XOR reports no separating line', async () => {
  const w = await harness.open(CHAPTER, opts);
  expect(await truthTable(w)).toBe('0✓ 0✓ 0✓ 1✓');
  expect(await weights(w)).toEqual(['0.5', '0.5', '-0.7']);
  expect(await radio(w, 'AND').isChecked()).toBe(true);
  expect(await w.root.locator('line[data-role="decision"]').count()).toBe(1);
  expect(await w.updateMs()).toBeGreaterThanOrEqual(0);
  expect(await w.root.locator('.widget-readout').textContent()).toMatch(/ms · JS/);

  const expected = { AND: '0✓ 0✓ 0✓ 1✓', NAND: '1✓ 1✓ 1✓ 0✓', OR: '0✓ 1✓ 1✓ 1✓' };
  for (const [gate, table] of Object.entries(expected)) {
    await w.root.getByRole('button', { name: new RegExp(`^${gate} \\(`) }).click();
    await expect.poll(() => truthTable(w)).toBe(table);
    expect(await w.root.locator('[data-separable="true"]').textContent()).toContain(
      `이 직선이 ${gate} 게이트를 구현해요`,
    );
  }
  await radio(w, 'XOR').check();
  const verdict = w.root.locator('[data-separable="false"]');
  await verdict.waitFor();
  expect(await verdict.textContent()).toContain('XOR의 네 입력을 0과 1로 나누는 직선은 없어요');
  expect(await truthTable(w)).toMatch(/✗/);
  // The two-layer construction: both hidden lines, hidden outputs, a correct final table.
  expect(await w.root.locator('line[data-role="hidden-nand"]').count()).toBe(1);
  expect(await w.root.locator('line[data-role="hidden-or"]').count()).toBe(1);
  const rows = await w.root
    .getByRole('table', { name: /2층 퍼셉트론으로 만든 XOR/ })
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map(
        (r) =>
          [...r.querySelectorAll('td')]
            .slice(0, 5)
            .map((td) => td.textContent)
            .join('') + (r as HTMLElement).dataset.correct,
      ),
    );
  // x1 x2 s1 s2 y
  expect(rows).toEqual(['00100true', '10111true', '01111true', '11010true']);
});

test('every slider: keyboard ArrowRight and a pointer click both change the picture', async () => {
  // One page for the three sliders: each one's checks are relative to its own value.
  const w = await harness.open(CHAPTER, opts);
  for (const label of SLIDERS) {
    const before = await w.value(label);
    await w.expectChange(() => w.press(label, 'ArrowRight'));
    expect(await w.value(label), label).toBe(Number((before + 0.05).toFixed(2)));
    // Pointer: click near the left end of the track (towards −3).
    await w.expectChange(() => w.clickTrack(label, 0));
    expect(await w.value(label), label).toBeLessThan(-2.5);
  }
});

test('URL state round-trips through a reload; 책 기본값 then restores the book values (and clears the URL)', async () => {
  let w = await harness.open(
    `${CHAPTER}?perceptron-gates.gate=nand&perceptron-gates.w1=-0.5&perceptron-gates.w2=-0.5&perceptron-gates.b=0.7`,
    opts,
  );
  expect(await radio(w, 'NAND').isChecked()).toBe(true);
  expect(await truthTable(w)).toBe('1✓ 1✓ 1✓ 0✓');
  // Change one more value from the keyboard, wait for the URL, reload: everything is back.
  await w.press('편향 b', 'ArrowLeft');
  await expect.poll(() => w.param('b')).toBe('0.65');
  const pic = await w.picture();
  w = await w.reload();
  expect(await radio(w, 'NAND').isChecked()).toBe(true);
  expect(await weights(w)).toEqual(['-0.5', '-0.5', '0.65']);
  expect(await w.picture()).toBe(pic);

  // 책 기본값 goes back to the book's AND (not to the link's NAND), whatever was changed since.
  await radio(w, 'XOR').check();
  for (const label of SLIDERS) await w.press(label, 'ArrowLeft', 3);
  await expect.poll(() => w.param('gate')).toBe('xor');
  await w.resetToBook();
  expect(await weights(w)).toEqual(['0.5', '0.5', '-0.7']);
  expect(await radio(w, 'AND').isChecked()).toBe(true);
  expect(await truthTable(w)).toBe('0✓ 0✓ 0✓ 1✓');
  await expect.poll(() => w.urlKeys()).toEqual([]);
});

test('a bad URL value is ignored with a notice; beside a bad directive a good one renders with its own attributes', async () => {
  const w = await harness.open(`${CHAPTER}?perceptron-gates.w1=banana`, opts);
  expect(await w.numberBox('가중치 w1').inputValue()).toBe('0.5');
  expect(await w.root.locator('.widget-notice').textContent()).toContain('w1=banana');
  // (the bad directive's own card: notebook.e2e.ts, with every widget's)
  const page = await open('/playground/');
  await playground(page, '::perceptron-gates{gate=xnor}\n\n::perceptron-gates{gate=or}\n');
  const good = await harness.on(page, opts.state);
  expect(await radio(good, 'OR').isChecked()).toBe(true);
});

test('learning: AND converges from zero weights, XOR never settles and says why', async () => {
  const w = await harness.open(CHAPTER, opts);
  const log = w.root.locator('[data-learning]');
  const button = (name: string) => w.root.getByRole('button', { name });
  await radio(w, '빠르게').check(); // autoplay at 60 ms a step
  await button('가중치 0에서 시작').click();
  await button('한 단계').click();
  expect(await log.textContent()).toContain('단계 1');
  await button('자동 학습').click();
  await expect.poll(() => w.state()).toBe('running');
  await expect.poll(() => log.getAttribute('data-learning'), { timeout: 30_000 }).toBe('converged');
  expect(await log.textContent()).toMatch(/수렴했어요: 22단계/);
  expect(await truthTable(w)).toBe('0✓ 0✓ 0✓ 1✓');
  await expect.poll(() => w.state()).toBe('ready');

  await radio(w, 'XOR').check();
  await button('가중치 0에서 시작').click();
  await button('자동 학습').click();
  await expect.poll(() => log.getAttribute('data-learning'), { timeout: 30_000 }).toBe('cycling');
  expect(await log.textContent()).toContain('직선이 없으니 학습이 멈출 수 없어요');
  expect(await truthTable(w)).toMatch(/✗/);
});

test('a learning step off the sliders shows the diverged state, and the page stays usable', async () => {
  const w = await harness.open(
    `${CHAPTER}?perceptron-gates.w1=3&perceptron-gates.w2=-3&perceptron-gates.b=-3&perceptron-gates.lr=0.5`,
    opts,
  );
  for (let i = 0; i < 4; i++) await w.root.getByRole('button', { name: '한 단계' }).click();
  await expect.poll(() => w.state()).toBe('diverged');
  expect(await w.root.locator('.widget-message-diverged').textContent()).toContain('범위');
  await w.resetToBook();
  await expect.poll(() => w.state()).toBe('ready');
});

test('fits a 360 px phone in dark mode', async () => {
  const w = await harness.open(`${CHAPTER}?perceptron-gates.gate=xor`, {
    ...opts,
    viewport: { width: 360, height: 740 },
    colorScheme: 'dark',
  });
  await w.root.scrollIntoViewIfNeeded();
  expect(await misfits(w.root)).toEqual([]);
  // The plot and the table stack vertically.
  const plot = (await w.root.locator('svg.perceptron-gates-plot').first().boundingBox())!;
  const table = (await w.root.getByRole('table', { name: /진리표/ }).boundingBox())!;
  expect(table.y).toBeGreaterThanOrEqual(plot.y + plot.height - 1);
  // Dark theme colours reach the SVG (the plot background is the dark surface, not white).
  const fill = await w.root
    .locator('.perceptron-gates-plot-bg')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(fill).not.toBe('rgb(255, 255, 255)');
});
