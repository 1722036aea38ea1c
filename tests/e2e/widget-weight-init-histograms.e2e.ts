// `::weight-init-histograms` in real Chromium on the production build: it renders from its
// directive in chapter 6 with one 30-bin histogram per layer whose counts sum to samples × nodes,
// the σ slider (keyboard and pointer), presets, activation and seed change the picture, "책
// 기본값" restores the book, the URL round-trips, an overflow shows the diverged state while the
// page stays usable, and 200 slider updates or an unmount leak no tensor.
import { describe, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { useBrowser } from './browser';
import { playground, ready, settled, tensors } from './widget-helpers';

const { open } = useBrowser();
const CHAPTER = '/06-learning-techniques/';
const W = '[data-widget="weight-init-histograms"]';


/** Each drawn layer's counts, as the widget exposes them. */
const histograms = (root: Locator, kind = 'activation') =>
  root.evaluate(
    (el, k) =>
      [...el.querySelectorAll<HTMLElement>(`figure[data-kind="${k}"]`)].map(
        (f) => JSON.parse(f.dataset.counts!) as number[],
      ),
    kind,
  );
const picture = async (root: Locator) => JSON.stringify(await histograms(root));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('weight-init-histograms', () => {
  test('renders from its chapter-6 directive: the book’s sigmoid / σ = 1 figure, 5 layers × 30 bins, counts summing to 1000 × 100 (webgl)', async () => {
    const page = await open(CHAPTER);
    const root = page.locator(W).first();
    await ready(root);
    expect(await root.getAttribute('data-state')).toBe('ready');
    await expect.poll(() => root.locator('.widget-readout').textContent()).toMatch(/ms · webgl/);
    const hs = await histograms(root);
    expect(hs).toHaveLength(5);
    for (const counts of hs) {
      expect(counts).toHaveLength(30);
      expect(sum(counts)).toBe(1000 * 100);
    }
    // σ = 1 with sigmoid: the book's picture, activations piled up at 0 and 1.
    const last = hs[4];
    expect(last[0] + last[29]).toBeGreaterThan(0.5 * sum(last));
    expect(await root.locator('.weight-init-histograms__formula .katex').count()).toBe(1);
    const stats = await root.locator('figure[data-kind="activation"]').first().textContent();
    expect(stats).toMatch(/평균/);
    expect(stats).toMatch(/표준편차/);
    expect(stats).toMatch(/포화 비율/);
    expect(Number(await root.getByLabel('가중치 표준편차 σ 값').inputValue())).toBe(1);
  });

  test('the σ slider (keyboard and pointer), presets, activation and seed each change the histograms', async () => {
    const page = await open(CHAPTER, { backend: 'wasm' });
    const root = page.locator(W).first();
    await ready(root);
    const slider = root.getByRole('slider', { name: '가중치 표준편차 σ', exact: true });
    let before = await picture(root);
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => picture(root), { timeout: 60_000 }).not.toBe(before);
    await settled(root);
    before = await picture(root);
    const box = (await slider.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height / 2);
    await expect.poll(() => picture(root), { timeout: 60_000 }).not.toBe(before);
    await settled(root);
    expect(Number(await root.getByLabel('가중치 표준편차 σ 값').inputValue())).toBeLessThan(0.1);

    for (const name of ['Xavier', 'He', 'σ = 0.01', 'σ = 1']) {
      before = await picture(root);
      await root.getByRole('button', { name, exact: true }).click();
      await expect.poll(() => picture(root), { timeout: 60_000 }).not.toBe(before);
      await settled(root);
      expect(
        await root.getByRole('button', { name, exact: true }).getAttribute('aria-pressed'),
      ).toBe('true');
    }
    await root.getByRole('button', { name: 'Xavier', exact: true }).click();
    await expect
      .poll(() => root.locator('.weight-init-histograms__formula annotation').textContent())
      .toContain('\\sqrt{\\tfrac{1}{100}}');
    expect(await root.getByLabel('가중치 표준편차 σ 값').inputValue()).toBe('0.1');
    await settled(root);

    for (const act of ['tanh', 'relu']) {
      before = await picture(root);
      await root.getByLabel('활성화 함수').selectOption(act);
      await expect.poll(() => picture(root), { timeout: 60_000 }).not.toBe(before);
      await settled(root);
    }
    expect(await root.locator('figure[data-kind="activation"]').first().textContent()).toContain(
      '0인 비율',
    );
    before = await picture(root);
    await root.getByLabel('난수 시드 값').fill('7');
    await expect.poll(() => picture(root), { timeout: 60_000 }).not.toBe(before);
    await settled(root);
  });

  test('"책 기본값" restores the book’s values, and the URL state round-trips (seed included)', async () => {
    const page = await open(CHAPTER, { backend: 'wasm' });
    const root = page.locator(W).first();
    await ready(root);
    const book = await picture(root);
    await root.getByLabel('활성화 함수').selectOption('tanh');
    await root.getByRole('button', { name: 'Xavier', exact: true }).click();
    await root.getByLabel('난수 시드 값').fill('123');
    await expect
      .poll(() => root.locator('.weight-init-histograms').getAttribute('data-activation'), {
        timeout: 60_000,
      })
      .toBe('tanh');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('weight-init-histograms.seed'), {
        timeout: 10_000,
      })
      .toBe('123');
    await settled(root);
    await expect.poll(() => picture(root)).not.toBe(book);
    const changed = await picture(root);
    const url = new URL(page.url());
    expect(url.searchParams.get('weight-init-histograms.activation')).toBe('tanh');
    expect(url.searchParams.get('weight-init-histograms.init')).toBe('xavier');

    const again = await open(url.pathname + url.search);
    const root2 = again.locator(W).first();
    await ready(root2);
    expect(await picture(root2)).toBe(changed);
    expect(await root2.getByLabel('활성화 함수').inputValue()).toBe('tanh');
    expect(
      await root2.getByRole('button', { name: 'Xavier', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');

    await root.getByRole('button', { name: '책 기본값' }).click();
    await expect.poll(() => picture(root), { timeout: 60_000 }).toBe(book);
    await settled(root);
    expect(await root.getByLabel('활성화 함수').inputValue()).toBe('sigmoid');
    expect(await root.getByLabel('가중치 표준편차 σ 값').inputValue()).toBe('1');
    await expect.poll(() => new URL(page.url()).search).not.toContain('weight-init-histograms.');
  });

  test('a bad directive parameter shows the error card in place; the rest of the page renders', async () => {
    const page = await open('/playground/');
    await playground(
      page,
      '앞 문단\n\n::weight-init-histograms{std=100 activation=softplus}\n\n뒤 문단\n',
    );
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    const text = await alert.textContent();
    expect(text).toContain('std=100');
    expect(text).toContain('activation=softplus');
    expect(await page.getByRole('region', { name: '미리보기' }).getByText('뒤 문단').count()).toBe(
      1,
    );
    expect(await page.locator(W).count()).toBe(0);
  });

  test('values that overflow (∞/NaN) show the diverged state; the page stays usable and He recovers', async () => {
    const page = await open('/playground/', { backend: 'wasm' });
    await playground(
      page,
      '::weight-init-histograms{activation=relu std=10 layers=10 nodes=300 samples=500}\n',
    );
    const root = page.locator(W).first();
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 90_000 }).toBe('diverged');
    await expect
      .poll(() => root.locator('.widget-message').textContent())
      .toMatch(/층부터 값이 넘쳤어요/);
    expect(await root.locator('figure[data-diverged]').count()).toBeGreaterThan(0);
    expect(await root.locator('figure[data-diverged]').first().textContent()).toContain('∞ / NaN');
    await root.getByRole('button', { name: 'He', exact: true }).click();
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
    expect(await root.locator('figure[data-diverged]').count()).toBe(0);
    const hs = await histograms(root);
    expect(hs).toHaveLength(10);
    // ReLU's range is the book's (0, 1): what falls outside is shown, and counted.
    const outside = await root
      .locator('figure[data-kind="activation"]')
      .evaluateAll((fs) => fs.map((f) => Number((f as HTMLElement).dataset.outside)));
    hs.forEach((counts, i) => expect(sum(counts) + outside[i]).toBe(500 * 300));
  });

  test('200 slider updates and an unmount leave the tensor count at its baseline', async () => {
    const page = await open('/playground/', { backend: 'wasm' });
    await expect
      .poll(() => page.locator('[data-engine-status]').getAttribute('data-backend'), {
        timeout: 60_000,
      })
      .toBe('wasm');
    await page.waitForTimeout(700);
    const empty = await tensors(page);
    await playground(page, '::weight-init-histograms\n');
    const root = page.locator(W).first();
    await ready(root);
    await page.waitForTimeout(700);
    const baseline = await tensors(page);
    expect(baseline).toBeGreaterThan(empty); // the cached N(0, 1) draws
    const slider = root.getByRole('slider', { name: '가중치 표준편차 σ', exact: true });
    await slider.focus();
    for (let i = 0; i < 200; i++)
      await page.keyboard.press(i % 40 < 20 ? 'ArrowLeft' : 'ArrowRight');
    await settled(root);
    await expect.poll(() => tensors(page), { timeout: 10_000 }).toBe(baseline);
    await playground(page, '위젯 없음\n');
    await expect.poll(() => page.locator(W).count()).toBe(0);
    await expect.poll(() => tensors(page), { timeout: 10_000 }).toBe(empty);
  });

  test('gradient histograms show one per layer, each over its own ±max range', async () => {
    const page = await open(CHAPTER, { backend: 'wasm' });
    const root = page.locator(W).first();
    await ready(root);
    await root.getByLabel('역전파 기울기 히스토그램도 보기').check();
    await expect
      .poll(async () => (await histograms(root, 'gradient')).length, { timeout: 60_000 })
      .toBe(5);
    await settled(root);
    for (const counts of await histograms(root, 'gradient')) expect(sum(counts)).toBe(100 * 100);
  });

  test('works at phone width in dark mode', async () => {
    const page = await open(CHAPTER, {
      backend: 'wasm',
      viewport: { width: 360, height: 740 },
      colorScheme: 'dark',
    });
    const root = page.locator(W).first();
    await ready(root);
    await root.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    for (const fig of await root.locator('figure[data-kind="activation"]').all()) {
      const b = (await fig.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(360);
    }
    const bg = await root
      .locator('.weight-init-histograms__plot-bg')
      .first()
      .evaluate((r) => getComputedStyle(r).fill);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    expect(bg).not.toBe('rgb(244, 246, 248)');
  });
});
