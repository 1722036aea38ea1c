// `npm run bench` part: the training widgets of chapters 6–7 in the page (the engine in its Web
// Worker), on the production build in headless Chromium, per backend, each with its default
// settings (what a reader gets by pressing ▶ once):
//   - wall time from ▶ to done, examples/s as the widget reports it (all lanes together);
//   - the page thread's longest task meanwhile (PerformanceObserver 'longtask'; a frame budget
//     is 50 ms), to show the page stays responsive while the worker trains;
//   - the hyperparameter search with 1 worker vs the pool (trials/s), the pool's speedup.
//   npx tsx bench/chapter-page.bench.ts [--backends=wasm,webgl,cpu] [--widgets=a,b] [--cap=120]
//   --cap=S: a run not done after S seconds is stopped there; its row gives the iterations done,
//   the examples/s the widget showed and the wall time projected from that pace (marked ≈).
//   (BENCH_DIST=folder: another build than dist/)
import { join, resolve } from 'node:path';
import os from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { widgetOnPage } from './widget-on-page';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const backends = opt('backends', 'wasm,webgl,cpu').split(',');
const cap = Number(opt('cap', '0')) * 1000 || 1_800_000;

/** A widget with a ▶ 실행 button whose first `[data-status]` element ends 'done'. */
interface Case {
  widget: string;
  chapter: string;
  /** what the default run is, for the table */
  what: string;
  /** URL parameters (the widget's instance key is its name on these pages) */
  params?: string;
  start?: string;
  /** the element whose data-status tells the run's state */
  statusOf?: string;
}

const CASES: Case[] = [
  { widget: 'optimizer-mnist', chapter: '06-learning-techniques', what: '4 optimizers × 200 iterations, batch 128' },
  { widget: 'weight-init-mnist', chapter: '06-learning-techniques', what: '3 initial weights × 200 iterations, batch 128' },
  { widget: 'batch-norm', chapter: '06-learning-techniques', what: 'BN vs no BN, 1,000 digits, 20 epochs' },
  { widget: 'overfitting', chapter: '06-learning-techniques', what: 'λ = 0 vs 0.1, 300 digits' },
  { widget: 'train-cnn', chapter: '07-cnn', what: 'SimpleConvNet beside TwoLayerNet, default run' },
]; // prettier-ignore
const only = opt('widgets', '');
const cases = only ? CASES.filter((c) => only.split(',').includes(c.widget)) : CASES;

const root = resolve(import.meta.dirname, '..');
const server = await startStaticServer(process.env.BENCH_DIST ?? join(root, 'dist'));
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });

async function open(path: string, widget: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number; __tasks: number };
    w.__longest = 0;
    w.__tasks = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__tasks++;
        w.__longest = Math.max(w.__longest, e.duration);
      }
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.goto(`${server.url}${path}`);
  // islands mount near the screen: scroll to it, then wait for it to settle (its run status next)
  await widgetOnPage(page, widget, ['loading', 'ready', 'running', 'diverged', 'error']);
  return page;
}

async function statusIs(page: Page, widget: string, states: string[], timeout: number) {
  await page.waitForFunction(
    ([w, s]) => {
      const el = document.querySelector(`[data-widget="${w}"] [data-status]`);
      return (s as string[]).includes(el?.getAttribute('data-status') ?? '');
    },
    [widget, states] as const,
    { timeout, polling: 250 },
  );
}

async function longest(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __longest: number; __tasks: number };
    return { longest: w.__longest, tasks: w.__tasks };
  });
}

const resetLongest = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __longest: number; __tasks: number };
    w.__longest = 0;
    w.__tasks = 0;
  });

const task = (l: { longest: number; tasks: number }) =>
  l.longest ? `${Math.round(l.longest)} ms (${l.tasks} over 50 ms)` : 'none over 50 ms';

async function runCase(c: Case, backend: string) {
  const page = await open(`/${c.chapter}/?backend=${backend}${c.params ?? ''}`, c.widget);
  try {
    await statusIs(page, c.widget, ['ready'], 180_000);
    await resetLongest(page);
    const t0 = Date.now();
    const w = page.locator(`[data-widget="${c.widget}"]`).first();
    await w
      .getByRole('button', { name: c.start ?? '▶ 실행', exact: true })
      .first()
      .click();
    const finished = await statusIs(page, c.widget, ['done'], cap).then(
      () => true,
      () => false,
    );
    const ms = Date.now() - t0;
    const speed = (await w.locator('[data-stat="speed"] dd').first().textContent()) ?? '–';
    const out = w.locator('[data-iterations]').first();
    const done = Number(await out.getAttribute('data-iteration'));
    const total = Number(await out.getAttribute('data-iterations'));
    // stopped by --cap: the wall time this pace would take (the first seconds' loading included)
    const wall = finished
      ? `${(ms / 1000).toFixed(1)} s`
      : `≈ ${((ms / 1000) * (total / Math.max(1, done))).toFixed(0)} s (${done} / ${total} iterations in ${(ms / 1000).toFixed(0)} s)`;
    return { wall, speed, ...(await longest(page)) };
  } finally {
    await page.context().close();
  }
}

console.log(
  `\n## Chapter 6–7 training widgets in the page — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, load ${os.loadavg()[0].toFixed(1)} (defaults, ▶ once, engine in its worker)\n`,
);
console.log(
  '| widget (default run) | backend | ▶ → done | examples/s (widget) | longest page task |',
);
console.log('|---|---|---:|---:|---:|');
for (const c of cases)
  for (const b of backends) {
    try {
      const r = await runCase(c, b);
      console.log(`| ${c.widget} (${c.what}) | ${b} | ${r.wall} | ${r.speed} | ${task(r)} |`);
    } catch (e) {
      console.log(`| ${c.widget} | ${b} | failed: ${(e as Error).message.split('\n')[0]} | | |`);
    }
  }

// The search: the same 20 trials with one worker and with the pool (auto: cores, at most 4).
async function search(workers: string) {
  const page = await open(
    `/06-learning-techniques/?hyperparameter-search.workers=${workers}`,
    'hyperparameter-search',
  );
  try {
    const w = page.locator('[data-widget="hyperparameter-search"]');
    await resetLongest(page);
    const t0 = Date.now();
    await w.getByRole('button', { name: '▶ 탐색 시작' }).click();
    await statusIs(page, 'hyperparameter-search', ['done'], 1_800_000);
    const ms = Date.now() - t0;
    const trials = Number(await w.locator('[data-done]').first().getAttribute('data-done'));
    const pool = await w.locator('[data-pool]').first().getAttribute('data-pool');
    return { ms, trials, pool, ...(await longest(page)) };
  } finally {
    await page.context().close();
  }
}

if (!only || only.split(',').includes('hyperparameter-search')) {
  console.log(
    '\n| hyperparameter search (20 trials × 20 epochs, 400/100 digits) | workers | wall time | trials/s | longest page task |',
  );
  console.log('|---|---:|---:|---:|---:|');
  const one = await search('1');
  const pool = await search('auto');
  for (const [name, r, n] of [
    ['1 worker', one, '1'],
    ['pool', pool, pool.pool],
  ] as const)
    console.log(
      `| ${name} | ${n} | ${(r.ms / 1000).toFixed(1)} s | ${(r.trials / (r.ms / 1000)).toFixed(2)} | ${task(r)} |`,
    );
  console.log(`\nspeedup of the pool: ×${(one.ms / pool.ms).toFixed(2)}`);
}
await browser.close();
await server.close();
