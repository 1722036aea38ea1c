// `npm run bench` part: training in the page with the `train-mnist` widget (the engine in its
// Web Worker), on the production build in headless Chromium, per backend:
//   - Run → first iteration: how soon the first data chunk is usable (cold cache);
//   - examples/s as the widget reports it, and the test accuracy at the end;
//   - the page thread's longest task while training (PerformanceObserver 'longtask'; a frame
//     budget is 50 ms), to show the page stays responsive.
// `--book` runs the book's full 10,000 iterations (ReLU, seed 0) on the given backends and
// reports the test accuracy on the official 10,000 test digits.
//   npx tsx bench/training-page.bench.ts [--backends=wasm,webgl] [--iterations=1200] [--book]
//     [--activation=relu|sigmoid]   (BENCH_DIST=folder: another build than dist/)
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { benchChromiumArgs } from './chromium-args';
import { widgetOnPage } from './widget-on-page';
import { startStaticServer } from '../tests/e2e/static-server';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const backends = opt('backends', 'wasm,webgl').split(',');
const book = args.includes('--book');
const iterations = book ? 10_000 : Number(opt('iterations', '1200'));
const activation = opt('activation', 'relu');
const root = resolve(import.meta.dirname, '..');

const server = await startStaticServer(process.env.BENCH_DIST ?? join(root, 'dist'));
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: benchChromiumArgs(), // BENCH_GPU / BENCH_CHROMIUM_ARGS (bench/gpu.sh)
});

async function run(backend: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${backend}] page error: ${e.message}`));
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
  const params = `train-mnist.iterations=${iterations}&train-mnist.activation=${activation}`;
  await page.goto(`${server.url}/05-backpropagation/?backend=${backend}&${params}`);
  const root = await widgetOnPage(page, 'train-mnist', ['ready']);
  await page.evaluate(() => {
    (window as unknown as { __longest: number }).__longest = 0;
  });
  const t0 = Date.now();
  await root.getByRole('button', { name: '▶ 실행', exact: true }).click();
  const widget = root.locator('.train-mnist');
  await page.waitForFunction(
    () => Number(document.querySelector('.train-mnist')?.getAttribute('data-iteration')) > 0,
    null,
    { timeout: 120_000 },
  );
  const firstMs = Date.now() - t0;
  await page.waitForFunction(
    () =>
      ['done', 'diverged'].includes(
        document.querySelector('.train-mnist')?.getAttribute('data-status') ?? '',
      ),
    null,
    { timeout: 1_800_000, polling: 1000 },
  );
  const speed = await root.locator('[data-stat="speed"] dd').textContent();
  const testAcc = await root.locator('[data-test-acc]').getAttribute('data-test-acc');
  const status = await widget.getAttribute('data-status');
  const { longest, tasks } = await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __tasks: number };
    return { longest: w.__longest, tasks: w.__tasks };
  });
  await context.close();
  return {
    backend,
    firstMs,
    speed,
    testAcc: Number(testAcc),
    status,
    longest,
    tasks,
    ms: Date.now() - t0,
  };
}

console.log(
  `\n## Training in the page (train-mnist, TwoLayerNet 784-50-10 ${activation}, batch 100, SGD 0.1, ${iterations.toLocaleString('en-US')} iterations, seed 0; engine in its worker)\n`,
);
console.log(
  '| backend | Run → first step | examples/s (widget) | test accuracy (official 10k) | run time | longest page task | status |',
);
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const b of backends) {
  const r = await run(b);
  console.log(
    `| ${r.backend} | ${r.firstMs} ms | ${r.speed} | ${r.testAcc.toFixed(4)} | ${(r.ms / 1000).toFixed(1)} s | ${r.longest ? `${Math.round(r.longest)} ms (${r.tasks} over 50 ms)` : 'none over 50 ms'} | ${r.status} |`,
  );
}
await browser.close();
await server.close();
