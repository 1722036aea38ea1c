// `::hyperparameter-search` in real Chromium on the production build: it renders from its
// chapter-6 directive, a short search (few trials, few epochs, read from the URL) runs on a pool
// of ≥ 2 engine workers where the machine has ≥ 2 cores and fills the scatter and the best list;
// the same seed samples the same lr/λ and gets the same accuracies (same backend); Stop keeps
// the finished trials; the book's setting is one click away and 책 기본값 restores ours; the
// main engine holds no tensor of it (the pool workers are engines of their own); a bad
// directive shows the error card; directive attributes are read; 390 px dark.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import {
  engineBaseline,
  expectTensorsBack,
  misfits,
  widgetHarness,
  type Widget,
} from './widget-helpers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'hyperparameter-search');
const CHAPTER = '/06-learning-techniques/';
const SHORT = `${CHAPTER}?hyperparameter-search.trials=4&hyperparameter-search.epochs=1`;

const attr = (w: Widget, name: string) => w.root.locator('.hps').getAttribute(name);
const button = (w: Widget, name: string) => w.root.getByRole('button', { name, exact: true });
type Dot = { index: number; lr: number; wd: number; val: number };
const dots = (w: Widget): Promise<Dot[]> =>
  w.root.evaluate((el) =>
    [...el.querySelectorAll<SVGElement>('circle.hps__dot')]
      .map((c) => ({
        index: Number(c.dataset.index),
        lr: Number(c.dataset.lr),
        wd: Number(c.dataset.wd),
        val: Number(c.dataset.val),
      })) // prettier-ignore
      .sort((a, b) => a.index - b.index),
  );

/** Starts a search and records the most workers seen running; resolves at `status`. */
async function search(w: Widget, status = 'done'): Promise<{ maxWorkers: number; ms: number }> {
  const t0 = Date.now();
  await button(w, '▶ 탐색 시작').click();
  let maxWorkers = 0;
  await expect
    .poll(
      async () => {
        maxWorkers = Math.max(maxWorkers, Number(await attr(w, 'data-workers')));
        return attr(w, 'data-status');
      },
      { timeout: 60_000, interval: 50 },
    )
    .toBe(status);
  return { maxWorkers, ms: Date.now() - t0 };
}

test('a short search on a worker pool fills the scatter and the best list; same seed, same trials; Stop keeps what is done', async () => {
  const w = await harness.open(SHORT, { backend: 'wasm', state: 'ready' });
  await engineBaseline(w.page, 'wasm');
  expect(await w.value('시도 횟수')).toBe(4); // read from the URL
  expect(await w.value('시도마다 에폭 수')).toBe(1);
  const cores = await w.page.evaluate(() => navigator.hardwareConcurrency);
  const pool = Number(await attr(w, 'data-pool'));
  expect(pool).toBe(Math.max(1, Math.min(4, cores)));

  const first = await search(w);
  if (cores >= 2) expect(first.maxWorkers).toBeGreaterThanOrEqual(2);
  expect(Number(await attr(w, 'data-workers'))).toBe(0);
  const a = await dots(w);
  expect(a.map((d) => d.index)).toEqual([0, 1, 2, 3]);
  for (const d of a) {
    expect(Math.log10(d.lr)).toBeGreaterThanOrEqual(-6);
    expect(Math.log10(d.lr)).toBeLessThan(-2);
    expect(Math.log10(d.wd)).toBeGreaterThanOrEqual(-8);
    expect(Math.log10(d.wd)).toBeLessThan(-4);
    expect(d.val).toBeGreaterThanOrEqual(0);
    expect(d.val).toBeLessThanOrEqual(1);
  }
  const best = w.root.locator('.hps__best-list li');
  expect(await best.count()).toBe(4);
  expect(Number(await best.first().getAttribute('data-val'))).toBe(Math.max(...a.map((d) => d.val))); // prettier-ignore
  expect(await best.first().textContent()).toMatch(
    /Best-1 \(검증 [\d.]+, 훈련 [\d.]+\) \| lr .+, λ .+/,
  );
  expect(await w.root.textContent()).toMatch(/워커 0개 실행 중.*초당 [\d.]+회/);
  console.log(`4 trials × 1 epoch: ${first.ms} ms with ${first.maxWorkers} workers`);

  // The same seed: the same sampled lr/λ and, on the same backend, the same accuracies.
  await search(w);
  expect(await dots(w)).toEqual(a);
  // Another seed: other values.
  await w.numberBox('시드').fill('7');
  await expect.poll(() => w.param('seed'), { timeout: 10_000 }).toBe('7');
  await search(w);
  const b = await dots(w);
  expect(b.map((d) => d.lr)).not.toEqual(a.map((d) => d.lr));

  // Stop keeps the finished trials (and nothing arrives after it).
  await w.numberBox('시도 횟수').fill('40');
  await button(w, '▶ 탐색 시작').click();
  await expect.poll(() => attr(w, 'data-done'), { timeout: 30_000 }).not.toBe('0');
  await button(w, '■ 멈춤').click();
  await expect.poll(() => attr(w, 'data-status')).toBe('stopped');
  const kept = Number(await attr(w, 'data-done'));
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(40);
  await w.page.waitForTimeout(600);
  expect(Number(await attr(w, 'data-done'))).toBe(kept);
  expect(await w.root.locator('circle.hps__dot').count()).toBe(kept);
  expect(Number(await attr(w, 'data-workers'))).toBe(0);
  await w.ready('ready');

  // The book's setting is one click away; 책 기본값 restores the quicker defaults.
  await button(w, '책과 같은 설정 (100회 × 50에폭)').click();
  expect(await w.value('시도 횟수')).toBe(100);
  expect(await w.value('시도마다 에폭 수')).toBe(50);
  await w.resetToBook();
  expect(await w.value('시도 횟수')).toBe(20);
  expect(await w.value('시도마다 에폭 수')).toBe(20);
  expect(await w.root.textContent()).toContain('시험 정확도가 실제 성능보다 낙관적으로');
});

test('from directive attributes: one worker, the epochs on the curves’ axis, no tensor left on the main engine; fits a 390 px phone in dark mode', async () => {
  const w = await harness.playground('::hyperparameter-search{trials=2 epochs=1 workers=1}', {
    backend: 'wasm',
    viewport: { width: 390, height: 800 },
    colorScheme: 'dark',
  });
  // Only this widget on the page: the badge counts the main engine's tensors alone.
  const baseline = await engineBaseline(w.page, 'wasm');
  expect(await w.control('워커 수').inputValue()).toBe('1');
  const run = await search(w);
  expect(run.maxWorkers).toBe(1);
  // the last trial's dot is drawn in the render after its result (a CI run read 1 of 2 at once)
  await expect.poll(() => w.root.locator('circle.hps__dot').count(), { timeout: 10_000 }).toBe(2);
  expect(await w.root.locator('.hps__curves').textContent()).toContain('에폭 (1 ~ 1)');
  await w.root.scrollIntoViewIfNeeded();
  expect(await misfits(w.root)).toEqual([]);
  await w.ready('ready');
  await expectTensorsBack(w.page, baseline); // each pool worker is an engine of its own
});
