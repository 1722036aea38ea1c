// perceptron-gates in real Chromium on the production build: renders from its directive in
// chapter 2, every slider moves the picture (keyboard and pointer), "책 기본값" restores the book,
// URL state round-trips, a bad parameter shows the error card, presets give correct truth
// tables, XOR has no separating line, the learning rule converges (AND) or loops (XOR), and it
// fits a phone in dark mode.
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowser } from './browser';

const { open } = useBrowser();
const CHAPTER = '/02-perceptron/';
const SLIDERS = ['가중치 w1', '가중치 w2', '편향 b'] as const;

async function ready(page: Page): Promise<Locator> {
  const w = page.locator('[data-widget="perceptron-gates"]').first();
  await w.waitFor();
  await expect.poll(() => w.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
  return w;
}

const picture = (w: Locator) =>
  w
    .locator('svg.perceptron-gates-plot')
    .first()
    .evaluate((el) => el.outerHTML);
const truthTable = (w: Locator) =>
  w
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
const numberBox = (w: Locator, label: string) => w.getByRole('spinbutton', { name: `${label} 값` });
const search = (page: Page) => new URL(page.url()).searchParams;

test('renders from its directive in chapter 2 with the book AND gate', async () => {
  const page = await open(CHAPTER);
  const w = await ready(page);
  expect(await truthTable(w)).toBe('0✓ 0✓ 0✓ 1✓');
  expect(await numberBox(w, '가중치 w1').inputValue()).toBe('0.5');
  expect(await numberBox(w, '가중치 w2').inputValue()).toBe('0.5');
  expect(await numberBox(w, '편향 b').inputValue()).toBe('-0.7');
  expect(await w.getByRole('radio', { name: 'AND', exact: true }).isChecked()).toBe(true);
  expect(await w.locator('line[data-role="decision"]').count()).toBe(1);
  expect(Number(await w.getAttribute('data-update-ms'))).toBeGreaterThanOrEqual(0);
  expect(await w.locator('.widget-readout').textContent()).toMatch(/ms · JS/);
});

describe.each(SLIDERS)('slider %s', (label) => {
  test('keyboard ArrowRight and a pointer click both change the picture', async () => {
    const page = await open(CHAPTER);
    const w = await ready(page);
    const slider = w.getByRole('slider', { name: label });
    const box = numberBox(w, label);
    const before = await box.inputValue();
    let pic = await picture(w);

    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => box.inputValue())
      .toBe(String(Number((Number(before) + 0.05).toFixed(2))));
    await expect.poll(() => picture(w)).not.toBe(pic);
    pic = await picture(w);

    // Pointer: click near the left end of the track (towards −3).
    const r = (await slider.boundingBox())!;
    await page.mouse.click(r.x + 4, r.y + r.height / 2);
    await expect.poll(async () => Number(await box.inputValue())).toBeLessThan(-2.5);
    await expect.poll(() => picture(w)).not.toBe(pic);
  });
});

test('책 기본값 restores the book values (and clears the URL)', async () => {
  const page = await open(CHAPTER);
  const w = await ready(page);
  await w.getByRole('radio', { name: 'XOR', exact: true }).check();
  for (const label of SLIDERS) {
    await w.getByRole('slider', { name: label }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  }
  await expect.poll(() => search(page).get('perceptron-gates.gate')).toBe('xor');
  await w.getByRole('button', { name: '책 기본값' }).click();
  expect(await numberBox(w, '가중치 w1').inputValue()).toBe('0.5');
  expect(await numberBox(w, '가중치 w2').inputValue()).toBe('0.5');
  expect(await numberBox(w, '편향 b').inputValue()).toBe('-0.7');
  expect(await w.getByRole('radio', { name: 'AND', exact: true }).isChecked()).toBe(true);
  expect(await truthTable(w)).toBe('0✓ 0✓ 0✓ 1✓');
  await expect
    .poll(() => [...search(page).keys()].filter((k) => k.startsWith('perceptron-gates.')))
    .toEqual([]);
});

test('URL state round-trips through a reload', async () => {
  const page = await open(
    `${CHAPTER}?perceptron-gates.gate=nand&perceptron-gates.w1=-0.5&perceptron-gates.w2=-0.5&perceptron-gates.b=0.7`,
  );
  let w = await ready(page);
  expect(await w.getByRole('radio', { name: 'NAND', exact: true }).isChecked()).toBe(true);
  expect(await numberBox(w, '가중치 w1').inputValue()).toBe('-0.5');
  expect(await truthTable(w)).toBe('1✓ 1✓ 1✓ 0✓');
  // Change one more value from the keyboard, wait for the URL, reload: everything is back.
  await w.getByRole('slider', { name: '편향 b' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => search(page).get('perceptron-gates.b')).toBe('0.65');
  const pic = await picture(w);
  await page.reload();
  w = await ready(page);
  expect(await w.getByRole('radio', { name: 'NAND', exact: true }).isChecked()).toBe(true);
  expect(await numberBox(w, '편향 b').inputValue()).toBe('0.65');
  expect(await numberBox(w, '가중치 w2').inputValue()).toBe('-0.5');
  expect(await picture(w)).toBe(pic);
});

test('a bad URL value is ignored with a notice; a bad directive parameter shows the error card', async () => {
  const page = await open(`${CHAPTER}?perceptron-gates.w1=banana`);
  const w = await ready(page);
  expect(await numberBox(w, '가중치 w1').inputValue()).toBe('0.5');
  expect(await w.locator('.widget-notice').textContent()).toContain('w1=banana');

  const play = await open('/playground/');
  await play
    .getByLabel('마크다운')
    .fill(
      '앞 문단\n\n::perceptron-gates{gate=xnor w1=7}\n\n뒤 문단\n\n::perceptron-gates{gate=or}\n',
    );
  const out = play.locator('.playground-output');
  await expect.poll(() => out.locator('[role=alert]').count()).toBe(1);
  const alert = await out.locator('[role=alert]').textContent();
  expect(alert).toContain('perceptron-gates');
  expect(alert).toContain('gate=xnor');
  expect(alert).toContain('w1=7');
  expect(await out.textContent()).toContain('뒤 문단');
  // The good directive next to it renders, with its own attributes.
  const good = out.locator('[data-widget="perceptron-gates"]');
  await expect.poll(() => good.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
  expect(await good.getByRole('radio', { name: 'OR', exact: true }).isChecked()).toBe(true);
});

test('AND/NAND/OR presets give correct truth tables; XOR reports no separating line', async () => {
  const page = await open(CHAPTER);
  const w = await ready(page);
  const expected = { AND: '0✓ 0✓ 0✓ 1✓', NAND: '1✓ 1✓ 1✓ 0✓', OR: '0✓ 1✓ 1✓ 1✓' };
  for (const [gate, table] of Object.entries(expected)) {
    await w.getByRole('button', { name: new RegExp(`^${gate} \\(`) }).click();
    await expect.poll(() => truthTable(w)).toBe(table);
    expect(await w.locator('[data-separable="true"]').textContent()).toContain(
      `이 직선이 ${gate}를 구현해요`,
    );
  }
  await w.getByRole('radio', { name: 'XOR', exact: true }).check();
  const verdict = w.locator('[data-separable="false"]');
  await verdict.waitFor();
  expect(await verdict.textContent()).toContain('XOR을 나누는 직선은 없어요');
  expect(await truthTable(w)).toMatch(/✗/);
  // The two-layer construction: both hidden lines, hidden outputs, a correct final table.
  expect(await w.locator('line[data-role="hidden-nand"]').count()).toBe(1);
  expect(await w.locator('line[data-role="hidden-or"]').count()).toBe(1);
  const xor = w.getByRole('table', { name: /2층 퍼셉트론으로 만든 XOR/ });
  const rows = await xor.locator('tbody tr').evaluateAll((trs) =>
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

test('learning: AND converges from zero weights, XOR never settles and says why', async () => {
  const page = await open(CHAPTER);
  const w = await ready(page);
  const log = w.locator('[data-learning]');
  await w.getByRole('button', { name: '가중치 0에서 시작' }).click();
  await w.getByRole('button', { name: '한 단계' }).click();
  expect(await log.textContent()).toContain('단계 1');
  await w.getByRole('button', { name: '자동 학습' }).click();
  await expect.poll(() => w.getAttribute('data-state')).toBe('running');
  await expect.poll(() => log.getAttribute('data-learning'), { timeout: 30_000 }).toBe('converged');
  expect(await log.textContent()).toMatch(/수렴했어요: 22단계/);
  expect(await truthTable(w)).toBe('0✓ 0✓ 0✓ 1✓');
  await expect.poll(() => w.getAttribute('data-state')).toBe('ready');

  await w.getByRole('radio', { name: 'XOR', exact: true }).check();
  await w.getByRole('button', { name: '가중치 0에서 시작' }).click();
  await w.getByRole('button', { name: '자동 학습' }).click();
  await expect.poll(() => log.getAttribute('data-learning'), { timeout: 30_000 }).toBe('cycling');
  expect(await log.textContent()).toContain('직선이 없으니 학습이 멈출 수 없어요');
  expect(await truthTable(w)).toMatch(/✗/);
});

test('a learning step off the sliders shows the diverged state, and the page stays usable', async () => {
  const page = await open(
    `${CHAPTER}?perceptron-gates.w1=3&perceptron-gates.w2=-3&perceptron-gates.b=-3&perceptron-gates.lr=0.5`,
  );
  const w = await ready(page);
  for (let i = 0; i < 4; i++) await w.getByRole('button', { name: '한 단계' }).click();
  await expect.poll(() => w.getAttribute('data-state')).toBe('diverged');
  expect(await w.locator('.widget-message-diverged').textContent()).toContain('범위');
  await w.getByRole('button', { name: '책 기본값' }).click();
  await expect.poll(() => w.getAttribute('data-state')).toBe('ready');
});

test('fits a 360 px phone in dark mode', async () => {
  const page = await open(`${CHAPTER}?perceptron-gates.gate=xor`, {
    viewport: { width: 360, height: 740 },
    colorScheme: 'dark',
  });
  const w = await ready(page);
  await w.scrollIntoViewIfNeeded();
  const overflow = await w.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const out = [...el.querySelectorAll('*')].filter((c) => {
      const r = c.getBoundingClientRect();
      return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
    });
    return out
      .map((c) => `${c.tagName.toLowerCase()}.${c.getAttribute('class') ?? ''}`)
      .slice(0, 5);
  });
  expect(overflow).toEqual([]);
  // The plot and the table stack vertically.
  const plot = (await w.locator('svg.perceptron-gates-plot').first().boundingBox())!;
  const table = (await w.getByRole('table', { name: /진리표/ }).boundingBox())!;
  expect(table.y).toBeGreaterThanOrEqual(plot.y + plot.height - 1);
  // Dark theme colours reach the SVG (the plot background is the dark surface, not white).
  const fill = await w
    .locator('.perceptron-gates-plot-bg')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(fill).not.toBe('rgb(255, 255, 255)');
  if (process.env.SHOT_DIR)
    await w.screenshot({ path: `${process.env.SHOT_DIR}/perceptron-gates-360-dark.png` });
});
