// Long sessions, in real headless Chromium on a production build: every live slider moved
// `--updates` times (default 1,000) and every training widget run to its end and reset `--cycles`
// times (default 5), one fresh page per widget and backend. After each widget the engine worker's
// tensor count must be back at its baseline (read after a warm-up) and, on WebGL, the GPU bytes
// tfjs has allocated (numBytesInGPUAllocated: textures in use and in its reuse pool) must not have
// grown past the warm-up by more than 5 %. Prints a table and exits 1 when any widget fails.
//
//   npm run build && npm run soak
//   npx tsx bench/soak.ts [--backends=webgl,wasm] [--updates=1000] [--cycles=5]
//                         [--widgets=softmax,train-mnist] [--dist=dist]
//
// Long: ≈ 1–2 min per live widget on wasm here, several on software WebGL (SwiftShader); not in
// `npm test` (whose widget tests check 60-update and run/reset leaks per widget).
import { resolve } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { benchChromiumArgs } from './chromium-args';
import { CASES, sweep } from './slider-sweep';
import { widgetOnPage } from './widget-on-page';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

/** Training widgets with a short run from the URL (the same code paths as the book's runs). */
const TRAINING: Record<string, string> = {
  'train-mnist':
    '/04-neural-network-learning/?train-mnist.iterations=30&train-mnist.eval-every=30&train-mnist.eval-size=500',
  'optimizer-mnist': '/06-learning-techniques/?optimizer-mnist.iterations=20',
  'weight-init-mnist': '/06-learning-techniques/?weight-init-mnist.iterations=20',
  'batch-norm': '/06-learning-techniques/?batch-norm.epochs=1',
  overfitting:
    '/06-learning-techniques/?overfitting.epochs=5&overfitting.train-size=100&overfitting.test-size=500',
  'train-cnn': '/07-cnn/?train-cnn.iterations=10&train-cnn.compare=false&train-cnn.test-size=100',
};

const BACKENDS = arg('backends', 'webgl,wasm').split(',');
const UPDATES = Number(arg('updates', '1000'));
const CYCLES = Number(arg('cycles', '5'));
const WIDGETS = arg('widgets', [...Object.keys(CASES), ...Object.keys(TRAINING)].join(',')).split(
  ',',
);
const DIST = resolve(arg('dist', 'dist'));
const GROWTH = 1.05;

interface Memory {
  backend: string | null;
  tensors: number;
  gpuBytes: number | null;
}

/** The engine's numbers as the badge shows them, once they have stopped changing (≥ 1 s). */
async function settledMemory(page: Page): Promise<Memory> {
  const read = () =>
    page.locator('[data-engine-status]').evaluate((el) => ({
      backend: el.getAttribute('data-backend'),
      tensors: Number(el.getAttribute('data-tensors')),
      gpuBytes: el.hasAttribute('data-gpu-bytes')
        ? Number(el.getAttribute('data-gpu-bytes'))
        : null,
    }));
  let last = await read();
  for (let same = 0; same < 4;) {
    await page.waitForTimeout(300); // the worker reports every 250 ms
    const now = await read();
    same = JSON.stringify(now) === JSON.stringify(last) ? same + 1 : 0;
    last = now;
  }
  return last;
}

const MB = (b: number | null) => (b === null ? '–' : (b / 2 ** 20).toFixed(1));

/** The run's status element of a training widget and its buttons. */
function trainer(root: Locator) {
  const status = () => root.locator('[data-status]').first().getAttribute('data-status');
  const click = (name: string) => root.getByRole('button', { name, exact: true }).click();
  const until = async (want: RegExp, what: string, ms = 300_000) => {
    const end = Date.now() + ms;
    for (;;) {
      const s = (await status()) ?? '';
      if (want.test(s)) return s;
      if (Date.now() > end) throw new Error(`${what}: still "${s}" after ${ms / 1000} s`);
      await root.page().waitForTimeout(100);
    }
  };
  return {
    async cycle() {
      await click('▶ 실행');
      await until(/^(done|diverged)$/, 'run to the end');
      await click('↺ 초기화');
      await until(/^ready$/, 'reset');
    },
  };
}

interface Row {
  widget: string;
  backend: string;
  work: string;
  ok: boolean;
  base: Memory;
  warm: Memory;
  end: Memory;
  seconds: number;
  note: string;
}

async function soakOne(page: Page, widget: string): Promise<Omit<Row, 'backend'>> {
  const t0 = performance.now();
  const live = CASES[widget];
  const root = await widgetOnPage(page, widget);
  const base = await settledMemory(page);
  let work: string;
  let warm: Memory;
  if (live) {
    await sweep(page, widget, live, 40, 1); // warm-up: shaders, pooled textures
    warm = await settledMemory(page);
    await sweep(page, widget, live, UPDATES, 1);
    work = `${UPDATES} × ${live.label}`;
  } else {
    const t = trainer(root);
    await t.cycle(); // warm-up
    warm = await settledMemory(page);
    for (let i = 0; i < CYCLES; i++) await t.cycle();
    work = `${CYCLES} × run + 초기화`;
  }
  const end = await settledMemory(page);
  const problems: string[] = [];
  if (end.tensors !== warm.tensors) problems.push(`tensors ${warm.tensors} → ${end.tensors}`);
  if (end.backend !== warm.backend) problems.push(`backend ${warm.backend} → ${end.backend}`);
  if (warm.gpuBytes !== null && end.gpuBytes !== null && end.gpuBytes > warm.gpuBytes * GROWTH)
    problems.push(`GPU bytes +${(((end.gpuBytes / warm.gpuBytes) - 1) * 100).toFixed(1)} %`); // prettier-ignore
  const state = await root.getAttribute('data-state');
  if (state === 'error') problems.push('error state');
  return {
    widget,
    work,
    ok: problems.length === 0,
    base,
    warm,
    end,
    seconds: (performance.now() - t0) / 1000,
    note: problems.join('; '),
  };
}

async function main() {
  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({ executablePath: requireChromium(), args: benchChromiumArgs() }); // prettier-ignore
  const rows: Row[] = [];
  console.log(`soak: ${UPDATES} slider updates, ${CYCLES} run/reset cycles, ${DIST}\n`);
  console.log(
    '| widget | backend | work | tensors base → warm → end | GPU MB warm → end | s | ok |',
  );
  console.log('|---|---|---|---|---|---:|---|');
  try {
    for (const backend of BACKENDS) {
      for (const widget of WIDGETS) {
        const path = CASES[widget] ? CASES[widget].page : TRAINING[widget];
        if (!path) throw new Error(`unknown widget ${widget}`);
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        // every update computed afresh: the kit's kept results off (a slider's values repeat)
        await context.addInitScript('globalThis.__kitKeepOff = true');
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        const url = new URL(path, server.url);
        url.searchParams.set('backend', backend);
        let row: Row;
        try {
          await page.goto(url.toString());
          row = { backend, ...(await soakOne(page, widget)) };
        } catch (e) {
          const none = { backend: null, tensors: NaN, gpuBytes: null };
          row = { widget, backend, work: '', ok: false, base: none, warm: none, end: none, seconds: 0, note: String(e) }; // prettier-ignore
        }
        if (errors.length) {
          row.ok = false;
          row.note = [row.note, `page errors: ${errors.slice(0, 3).join(' | ')}`].filter(Boolean).join('; '); // prettier-ignore
        }
        rows.push(row);
        const m = row.end.backend && row.end.backend !== backend ? ` (${row.end.backend})` : '';
        console.log(
          `| ${widget} | ${backend}${m} | ${row.work} | ${row.base.tensors} → ${row.warm.tensors} → ${row.end.tensors} | ${MB(row.warm.gpuBytes)} → ${MB(row.end.gpuBytes)} | ${row.seconds.toFixed(0)} | ${row.ok ? 'yes' : `**no**: ${row.note}`} |`,
        );
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(JSON.stringify(rows));
  const failed = rows.filter((r) => !r.ok);
  if (failed.length) {
    console.error(`\n${failed.length} widget(s) failed: ${failed.map((r) => `${r.widget}/${r.backend}`).join(', ')}`); // prettier-ignore
    process.exit(1);
  }
}

await main();
