// `::weight-init-histograms` in real Chromium on the production build: it renders from its
// directive in chapter 6 with one 30-bin histogram per layer whose counts sum to samples × nodes,
// the σ slider (keyboard and pointer), presets, activation and seed change the picture, "책
// 기본값" restores the book, the URL round-trips, an overflow shows the diverged state while the
// page stays usable, and rapid slider updates or an unmount leak no tensor; it stands as drawn
// while the engine computes its first histograms.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { watchLayout } from './layout-watch';
import {
  engineBaseline,
  expectStoodAsDrawn,
  expectTensorsBack,
  playground,
  widgetHarness,
  type Widget,
  shownTextPx,
} from './widget-helpers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'weight-init-histograms');
const CHAPTER = '/06-learning-techniques/';
/**
 * The chapter's directive alone on the playground: the same widget with the same (book) defaults,
 * without chapter 6's other widgets computing on the same engine meanwhile. The chapter itself is
 * opened where it matters: the first render, the URL round trip and the phone layout.
 */
const DIRECTIVE = '::weight-init-histograms\n';
const SIGMA = '가중치 표준편차 σ';

/** Each drawn layer's counts, as the widget exposes them. */
const histograms = (w: Widget, kind = 'activation') =>
  w.root.evaluate(
    (el, k) =>
      [...el.querySelectorAll<HTMLElement>(`figure[data-kind="${k}"]`)].map(
        (f) => JSON.parse(f.dataset.counts!) as number[],
      ),
    kind,
  );
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const preset = (w: Widget, name: string) => w.root.getByRole('button', { name, exact: true });

test('renders from its chapter-6 directive: the book’s sigmoid / σ = 1 figure, 5 layers × 30 bins, counts summing to 1000 × 100 (webgl)', async () => {
  const w = await harness.open(CHAPTER, { backend: 'webgl', state: 'ready' });
  await expect.poll(() => w.root.locator('.widget-readout').textContent()).toMatch(/ms · webgl/);
  const hs = await histograms(w);
  expect(hs).toHaveLength(5);
  for (const counts of hs) {
    expect(counts).toHaveLength(30);
    expect(sum(counts)).toBe(1000 * 100);
  }
  // σ = 1 with sigmoid: the book's picture, activations piled up at 0 and 1.
  expect(hs[4][0] + hs[4][29]).toBeGreaterThan(0.5 * sum(hs[4]));
  expect(await w.root.locator('.weight-init-histograms__formula .katex').count()).toBe(1);
  expect(await w.root.locator('figure[data-kind="activation"]').first().textContent()).toMatch(
    /평균.*표준편차.*포화 비율/,
  );
  expect(await w.value(SIGMA)).toBe(1);
});

test('the σ slider (keyboard and pointer), presets, activation and seed each change the histograms', async () => {
  const w = await harness.playground(DIRECTIVE, { backend: 'wasm' });
  await w.expectChange(() => w.press(SIGMA, 'ArrowLeft'));
  await w.expectChange(() => w.clickTrack(SIGMA, 0.2));
  expect(await w.value(SIGMA)).toBeLessThan(0.1);
  for (const name of ['Xavier', 'He', 'σ = 0.01', 'σ = 1']) {
    await w.expectChange(() => preset(w, name).click());
    expect(await preset(w, name).getAttribute('aria-pressed')).toBe('true');
  }
  await w.expectChange(() => preset(w, 'Xavier').click());
  expect(
    await w.root.locator('.weight-init-histograms__formula annotation').textContent(),
  ).toContain('\\sqrt{\\tfrac{1}{100}}');
  await expect.poll(() => w.numberBox(SIGMA).inputValue()).toBe('0.1'); // the σ the engine used (arrives with its result)
  for (const act of ['tanh', 'relu'])
    await w.expectChange(() => w.control('활성화 함수').selectOption(act));
  expect(await w.root.locator('figure[data-kind="activation"]').first().textContent()).toContain(
    '0인 비율',
  );
  await w.expectChange(() => w.numberBox('난수 시드').fill('7'));
});

test('"책 기본값" restores the book’s values, and the URL state round-trips (seed included)', async () => {
  const w = await harness.open(CHAPTER, { backend: 'wasm' });
  const book = await w.picture();
  await w.control('활성화 함수').selectOption('tanh');
  await preset(w, 'Xavier').click();
  await w.numberBox('난수 시드').fill('123');
  await expect
    .poll(() => w.root.locator('.weight-init-histograms').getAttribute('data-activation'), {
      timeout: 60_000,
    })
    .toBe('tanh');
  await expect.poll(() => w.param('seed'), { timeout: 10_000 }).toBe('123');
  await w.ready();
  await expect.poll(() => w.picture()).not.toBe(book);
  const changed = await histograms(w);
  expect([await w.param('activation'), await w.param('init')]).toEqual(['tanh', 'xavier']);

  const url = new URL(w.page.url());

  await w.resetToBook();
  await expect.poll(() => w.picture(), { timeout: 60_000 }).toBe(book);
  await w.ready();
  expect(await w.control('활성화 함수').inputValue()).toBe('sigmoid');
  expect(await w.numberBox(SIGMA).inputValue()).toBe('1');
  await expect.poll(() => w.urlKeys()).toEqual([]);

  // The changed link in a fresh page shows the changed histograms (this page closed first, so
  // that two copies of chapter 6 do not compute at once).
  await w.page.context().close();
  const again = await harness.open(url.pathname + url.search);
  expect(await histograms(again)).toEqual(changed);
  expect(await again.control('활성화 함수').inputValue()).toBe('tanh');
  expect(await preset(again, 'Xavier').getAttribute('aria-pressed')).toBe('true');
});

test('values that overflow (∞/NaN) show the diverged state; the page stays usable and He recovers', async () => {
  const w = await harness.playground(
    '::weight-init-histograms{activation=relu std=10 layers=10 nodes=300 samples=500}\n',
    {
      backend: 'wasm',
      state: 'diverged',
    },
  );
  await expect
    .poll(() => w.root.locator('.widget-message').textContent())
    .toMatch(/층부터 값이 넘쳤어요/);
  const overflowed = w.root.locator('figure[data-diverged]');
  expect(await overflowed.count()).toBeGreaterThan(0);
  expect(await overflowed.first().textContent()).toContain('∞ / NaN');
  // in the page's type over the picture (drawn in it, it shrank to ≈ 10 px in a row of five)
  const mark = await shownTextPx(overflowed.first(), '.weight-init-histograms__overflow');
  expect(mark).toHaveLength(1);
  expect(mark[0]).toBeGreaterThanOrEqual(13);
  // six cards in a row here: each statistic's number stays on one line (was "3.23e+" over "5")
  const split = await w.root
    .locator('.weight-init-histograms__stats dd')
    .evaluateAll((dds) =>
      dds
        .filter(
          (d) =>
            d.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(d).lineHeight),
        )
        .map((d) => d.textContent),
    );
  expect(split).toEqual([]);
  await preset(w, 'He').click();
  await w.ready('ready', 60_000);
  expect(await overflowed.count()).toBe(0);
  const hs = await histograms(w);
  expect(hs).toHaveLength(10);
  // ReLU's range is the book's (0, 1): what falls outside is shown, and counted.
  const outside = await w.root
    .locator('figure[data-kind="activation"]')
    .evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset.outside));
  expect(outside).not.toContain(undefined);
  hs.forEach((counts, i) => expect(sum(counts) + Number(outside[i])).toBe(500 * 300));
});

test('60 rapid slider updates and an unmount leave the tensor count at its baseline', async () => {
  const page = await open('/playground/', { backend: 'wasm' });
  const empty = await engineBaseline(page, 'wasm');
  await playground(page, DIRECTIVE);
  const w = await harness.on(page);
  const baseline = await engineBaseline(page);
  expect(baseline).toBeGreaterThan(empty); // the cached N(0, 1) draws
  // Faster than the runs: most updates cancel one in flight (a leak per update would show at once).
  await w.slider(SIGMA).focus();
  for (let i = 0; i < 60; i++) await page.keyboard.press(i % 20 < 10 ? 'ArrowLeft' : 'ArrowRight');
  await w.ready();
  await expectTensorsBack(page, baseline);
  await playground(page, '위젯 없음\n');
  await expect.poll(() => w.root.count()).toBe(0);
  await expectTensorsBack(page, empty);
});

test('gradient histograms show one per layer, each over its own ±max range', async () => {
  const w = await harness.playground(DIRECTIVE, { backend: 'wasm' });
  await w.control('역전파 기울기 히스토그램도 보기').check();
  await expect
    .poll(async () => (await histograms(w, 'gradient')).length, { timeout: 60_000 })
    .toBe(5);
  await w.ready();
  for (const counts of await histograms(w, 'gradient')) expect(sum(counts)).toBe(100 * 100);
});

test('works at phone width in dark mode', async () => {
  const w = await harness.open(CHAPTER, {
    backend: 'wasm',
    viewport: { width: 360, height: 740 },
    colorScheme: 'dark',
  });
  await w.root.scrollIntoViewIfNeeded();
  expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    360,
  );
  for (const fig of await w.root.locator('figure[data-kind="activation"]').all()) {
    const b = (await fig.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(360);
  }
  const bg = await w.root
    .locator('.weight-init-histograms__plot-bg')
    .first()
    .evaluate((r) => getComputedStyle(r).fill);
  expect(bg).not.toBe('rgb(255, 255, 255)');
  expect(bg).not.toBe('rgb(244, 246, 248)');
  // each histogram's range (0 … 1) reads at the page's small type, not shrunk with the picture
  const ends = await shownTextPx(w.root, 'figure[data-kind="activation"] :is(svg text, div span)');
  expect(ends.length).toBeGreaterThanOrEqual(10);
  expect(Math.min(...ends)).toBeGreaterThanOrEqual(10.5);
});

test('it stands as drawn while it computes: nothing in or under it moves when the numbers come (390 and 1280 px)', async () => {
  // it waited with no histogram at all, then grew by its row of frames (≈ 360 px on a phone); now
  // each layer's frame waits in its final size: caption, empty plot, its statistics with "…"
  const links = [
    [390, ''],
    [1280, ''],
    [390, '?weight-init-histograms.gradients=true'], // the gradients' row waits too
  ] as const;
  for (const [width, query] of links) {
    const w = await harness.open(`${CHAPTER}${query}#widget-weight-init-histograms`, {
      backend: 'wasm',
      state: 'ready',
      viewport: { width, height: 900 },
      beforeGoto: (page) =>
        page.addInitScript(watchLayout('weight-init-histograms', 'figure, dl > div, p')),
    });
    await expectStoodAsDrawn(w.page);
    await w.page.close();
  }
});
