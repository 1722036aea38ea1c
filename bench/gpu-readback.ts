// How long a readback takes on tfjs-webgl in a worker (bench/readback-worker.ts: the modes of
// waiting for the GPU's fence and the work read back), with the page idle and with the page
// (--bars) drawing a new frame every frame (200 or 4,000 bars of changing height, as a widget redrawing
// while dragged): on a GPU, the worker's WebGL and the page's frames share Chromium's GPU process.
// Each row runs in a fresh worker, one after another, in one Chromium with bench/chromium-args.ts'
// flags (BENCH_GPU=1: the machine's GPU). Not a test; bench/gpu-bundle.sh carries it.
// With --dist=DIR, the same rows again from chapter 6 of that build, once its own engine worker
// (webgl) has drawn the weight-init widget: the site's page and worker beside the measured one.
//   npx tsx bench/gpu-readback.ts [--n=50] [--bars] [--dist=dist]
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { benchChromiumArgs } from './chromium-args';
import { widgetOnPage } from './widget-on-page';
import { startStaticServer } from '../tests/e2e/static-server';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const n = Number(arg('n') ?? 50);
const dist = arg('dist');
const here = dirname(fileURLToPath(import.meta.url));

/** The worker's code: built beside this file in the GPU bundle, else bundled now. */
async function workerCode(): Promise<string> {
  const built = join(here, 'readback-worker.js');
  if (existsSync(built)) return readFileSync(built, 'utf8');
  const esbuild = await import('esbuild');
  const r = await esbuild.build({
    entryPoints: [join(here, 'readback-worker.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    // wasm-paths.ts' Vite ?url imports: never loaded here (webgl only)
    external: ['*?url'],
    logLevel: 'warning',
  });
  return r.outputFiles[0].text;
}

interface Row {
  mode: string;
  [work: string]:
    { readMs: number; p95ReadMs: number; dispatchMs?: number; kernelsMs?: number } | string;
}

function runWorker(page: Page, code: string, mode: string): Promise<Row> {
  return page.evaluate(
    ({ code, mode, n }) =>
      new Promise<Row>((resolve, reject) => {
        const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
        w.onmessage = (e) => (w.terminate(), resolve(e.data));
        w.onerror = (e) => reject(new Error(e.message));
        w.postMessage({ mode, n });
      }),
    { code, mode, n },
  );
}

/** `count` bars whose heights change every frame until stopBars() (a string: tsx's helpers stay out). */
const bars = (count: number) => `(() => {
  const box = document.createElement('div');
  box.style.cssText = 'display:flex;align-items:end;height:300px;gap:1px';
  const bars = Array.from({ length: ${count} }, () => box.appendChild(document.createElement('div')));
  document.body.append(box);
  globalThis.__bars = true;
  function step(t) {
    bars.forEach((b, i) => (b.style.cssText = 'width:3px;background:#36c;height:' + (150 + 140 * Math.sin(t / 200 + i / 9)) + 'px'));
    if (globalThis.__bars) requestAnimationFrame(step);
    else box.remove();
  }
  requestAnimationFrame(step);
})()`;
const startBars = (count: number) => page0.evaluate(bars(count));
const stopBars = () => page0.evaluate(() => ((globalThis as { __bars?: boolean }).__bars = false));

const f = (v: number | undefined) => (v ?? NaN).toFixed(1);
const cell = (c: Row[string]) => (typeof c === 'string' ? c : `${f(c.readMs)} (${f(c.p95ReadMs)})`);
function printRow(page: string, r: Row) {
  const [fw, tr, su, si] = [r.weightInit, r.trivial, r.summaries, r.site] as Exclude<
    Row[string],
    string
  >[];
  console.log(
    `| ${page} | ${r.mode} | ${f(fw.dispatchMs)} | ${cell(fw)} | ${cell(tr)} | ${cell(su)} | ${f(si.kernelsMs)} | ${cell(si)} |`,
  );
}

const code = await workerCode();
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: benchChromiumArgs(),
});
let page0: Page;
try {
  page0 = await browser.newPage();
  await page0.setContent('<p>readback</p>');
  const renderer = await page0.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const ext = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'none';
  });
  console.log(`WebGL renderer: ${renderer}; ${n} readbacks per cell, median (p95) ms`);
  if (renderer === 'none') throw new Error('no WebGL2 in this Chromium: no readback to time');
  console.log(
    '| page | fence wait | forward: queue | read | trivial: read | 5 summaries: read | site path: kernels | read |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  const plan = [
    { drawing: 0, modes: ['timeout', 'message', 'sync', 'timeout', 'message'] },
    ...(process.argv.includes('--bars')
      ? [
          { drawing: 200, modes: ['timeout', 'message'] },
          { drawing: 4000, modes: ['timeout', 'message'] },
        ]
      : []),
  ];
  for (const { drawing, modes } of plan) {
    if (drawing) await startBars(drawing);
    for (const mode of modes) {
      printRow(drawing ? `${drawing} bars` : 'idle', await runWorker(page0, code, mode));
    }
    if (drawing) await stopBars();
  }
  if (dist) {
    const server = await startStaticServer(dist);
    // the site's CSP allows workers from its own origin only; this worker is a blob
    const ctx = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/06-learning-techniques/?backend=webgl`);
    await widgetOnPage(page, 'weight-init-histograms');
    for (const mode of ['timeout', 'message', 'timeout', 'message']) {
      printRow('chapter 6, its engine alive', await runWorker(page, code, mode));
    }
    await ctx.close();
    await server.close();
  }
} finally {
  await browser.close();
}
