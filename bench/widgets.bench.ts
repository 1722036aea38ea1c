// Widget latency in real headless Chromium on the production build (dist/): from a slider's
// `input` event to the repainted picture, per engine backend (?backend=webgl|wasm|cpu).
//
//   npm run build && npx tsx bench/widgets.bench.ts [--backends=webgl,wasm,cpu] [--changes=50]
//                                                     [--widgets=weight-init-histograms,optimizer-trajectories]
//                                                     [--dist=folder]   (or BENCH_DIST; default dist/)
//
// - weight-init-histograms: the σ slider, 50 distinct values over 0.01…1 (log), default
//   experiment (sigmoid, 1000×100 input, 5 layers, 30 bins). Baseline in the same process: numpy
//   running the same experiment on this machine (python3 + numpy), with fresh random draws each
//   time (the book's code) and with cached draws and x·W₁ (what the widget does; the ratio is
//   against this one). The sweep runs in 5 blocks, numpy measured right before each; the ratio is the
//   median of the blocks' ratios. Also printed: where the milliseconds go.
// - optimizer-trajectories: the SGD learning-rate slider, 50 values over 0.1…1; all six
//   optimizers × 30 steps recomputed per change. Baseline: one 60 Hz frame, 16.7 ms.
//
// Each change: set the slider's value, dispatch `input`, wait until the widget shows numbers for
// that value (an attribute carrying them changes), then wait for the next frame to be produced
// (requestAnimationFrame → setTimeout 0). The widget's own `data-update-ms` is reported too.
// Prints median / p95 and ratios against the baselines; the last line is JSON for bench/run.mjs.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { benchChromiumArgs } from './chromium-args';
import { widgetOnPage } from './widget-on-page';
import { startStaticServer } from '../tests/e2e/static-server';

type Backend = 'webgl' | 'wasm' | 'cpu';
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const BACKENDS = arg('backends', 'webgl,wasm,cpu').split(',') as Backend[];
const CHANGES = Number(arg('changes', '50'));
const WIDGETS = arg('widgets', 'weight-init-histograms,optimizer-trajectories').split(',');
const CHAPTER = arg('page', '/06-learning-techniques/');
// The build to measure: --dist=DIR or BENCH_DIST=DIR (default dist/).
const DIST = resolve(arg('dist', process.env.BENCH_DIST ?? 'dist'));
const FRAME_MS = 1000 / 60;
/** Blocks of a sweep compared with numpy, each with its own numpy measurement just before. */
const NUMPY_BLOCKS = 5;

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}
const f1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : String(v));

/** The same experiment in numpy: fresh draws (the book's code) and cached draws (the widget's way). */
function numpyBaseline(runs: number): { fresh: number; cached: number } | null {
  const py = `
import time, json, numpy as np
def run(x, ws, std, xw=None):
    out = []
    a = x
    for i, w in enumerate(ws):
        a = 1 / (1 + np.exp(-(xw * std if i == 0 and xw is not None else a @ (w * std))))
        out.append((np.histogram(a, 30, range=(0, 1))[0], a.mean(), a.std(), ((a < 0.01) | (a > 0.99)).mean()))
    return out
stds = np.logspace(-2, 0, ${runs})
fresh, cached = [], []
rng = np.random.default_rng(0)
for s in stds[:5]: run(rng.standard_normal((1000, 100)), [rng.standard_normal((100, 100)) for _ in range(5)], s)
for s in stds:
    t = time.perf_counter(); run(np.random.randn(1000, 100), [np.random.randn(100, 100) for _ in range(5)], s); fresh.append((time.perf_counter() - t) * 1000)
x = np.random.randn(1000, 100); ws = [np.random.randn(100, 100) for _ in range(5)]; xw = x @ ws[0]
for s in stds:
    t = time.perf_counter(); run(x, ws, s, xw); cached.append((time.perf_counter() - t) * 1000)
print(json.dumps({"fresh": float(np.median(fresh)), "cached": float(np.median(cached))}))
`;
  try {
    return JSON.parse(execFileSync('python3', ['-c', py], { encoding: 'utf8' }).trim());
  } catch {
    return null;
  }
}

interface Sample {
  /** input event → numbers on screen → next frame produced */
  wallMs: number[];
  /** the widget's own report (data-update-ms): input → render committed */
  widgetMs: number[];
  /** the experiment call alone (its own `ms`) */
  engineMs: number[];
  /** numbers in → DOM committed (React render + commit) */
  renderMs: number[];
  /** where the engine's time went, where the widget says (weight-init-histograms): the call as
   * the page saw it (messages included), the ops (webgl: queued), the readback */
  callMs: number[];
  kernelsMs: number[];
  readbackMs: number[];
}

/**
 * In the page: moves the slider labelled `label` through `values`, one change at a time, timing
 * each. Kept as plain JS source: tsx would add helpers (__name) that do not exist in the page.
 */
const SWEEP_JS = String.raw`async ({ widget, label, values, doneAttr }) => {
  const root = document.querySelector('[data-widget="' + widget + '"]');
  const slider = [...root.querySelectorAll('input[type=range]')].find((el) => el.labels && el.labels[0] && el.labels[0].textContent.trim() === label);
  if (!slider) throw new Error('no slider labelled ' + label);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const read = () => { const el = root.querySelector('[' + doneAttr + ']'); return el ? el.getAttribute(doneAttr) : null; };
  const wallMs = [];
  const widgetMs = [];
  const engineMs = [];
  const renderMs = [];
  const callMs = [];
  const kernelsMs = [];
  const readbackMs = [];
  for (const v of values) {
    const before = read();
    let obs;
    const changed = new Promise((resolve, reject) => {
      const timer = setTimeout(() => { obs.disconnect(); reject(new Error('no update within 60 s (' + label + ' = ' + v + ')')); }, 60000);
      obs = new MutationObserver(() => {
        if (read() !== before) { obs.disconnect(); clearTimeout(timer); resolve(); }
      });
      obs.observe(root, { subtree: true, attributes: true, attributeFilter: [doneAttr] });
    });
    const t0 = performance.now();
    setValue.call(slider, String(Math.log10(v)));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await changed;
    await frame();
    wallMs.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 0)); // the frame's own report lands after paint
    widgetMs.push(Number(root.getAttribute('data-update-ms')));
    const eng = root.querySelector('[data-engine-ms]');
    engineMs.push(eng ? Number(eng.getAttribute('data-engine-ms')) : NaN);
    renderMs.push(eng ? Number(eng.getAttribute('data-render-ms')) : NaN);
    const num = (name) => (eng && eng.hasAttribute(name) ? Number(eng.getAttribute(name)) : NaN);
    callMs.push(num('data-call-ms'));
    kernelsMs.push(num('data-kernels-ms'));
    readbackMs.push(num('data-readback-ms'));
  }
  return { wallMs, widgetMs, engineMs, renderMs, callMs, kernelsMs, readbackMs };
}`;

async function sweep(
  page: Page,
  widget: string,
  label: string,
  values: number[],
  doneAttr: string,
): Promise<Sample> {
  return page.evaluate(
    `(${SWEEP_JS})(${JSON.stringify({ widget, label, values, doneAttr })})`,
  ) as Promise<Sample>;
}

const logspace = (a: number, b: number, n: number) =>
  Array.from({ length: n }, (_, i) =>
    Number((10 ** (a + ((b - a) * i) / Math.max(1, n - 1))).toPrecision(6)),
  );

const CASES: Record<
  string,
  { label: string; values: (n: number) => number[]; doneAttr: string; baseline: string }
> = {
  'weight-init-histograms': {
    label: '가중치 표준편차 σ',
    // distinct values, not the default 1, so every change is a new picture
    values: (n) => logspace(-2, -0.01, n),
    doneAttr: 'data-std',
    baseline: 'numpy',
  },
  'optimizer-trajectories': {
    label: 'SGD 학습률',
    values: (n) => logspace(-1, -0.01, n),
    doneAttr: 'data-lr',
    baseline: 'frame',
  },
};

async function main() {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`${DIST} is missing: run \`npm run build\` first.`);
  // A private copy of dist/: a concurrent build cannot pull assets away mid-run.
  const snapshot = mkdtempSync(join(tmpdir(), 'widgets-bench-'));
  cpSync(DIST, snapshot, { recursive: true });
  const server = await startStaticServer(snapshot);
  const browser = await chromium.launch({
    executablePath: requireChromium(),
    args: benchChromiumArgs(),
  });
  const numpy = WIDGETS.includes('weight-init-histograms') ? numpyBaseline(CHANGES) : null;
  const results: Array<Record<string, unknown>> = [];
  console.log(`widget latency, ${CHANGES} changes each, headless Chromium, dist/ (${CHAPTER})`);
  if (numpy)
    console.log(
      `numpy baseline (same machine, before the browser runs; then again before each block of changes): ` +
        `fresh draws ${f1(numpy.fresh)} ms, cached draws ${f1(numpy.cached)} ms (median)\n` +
        `  numpy cached keeps x ~ N(0,1) 1000×100, the five W ~ N(0,1) 100×100 and x·W₁, and computes σ·(x·W₁), then σW and matmul for layers 2–5, sigmoid, histogram, mean, std, saturation per change;\n` +
        `  the widget keeps the same on the device (engine) and computes the same, all bins and statistics, one readback, the message back, React, paint`,
    );
  try {
    for (const backend of BACKENDS) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // every update computed afresh: the kit's kept results off (a slider's values repeat)
      await ctx.addInitScript('globalThis.__kitKeepOff = true');
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}${CHAPTER}?backend=${backend}`);
      const badge = page.locator('[data-engine-status]');
      for (const widget of WIDGETS) {
        const c = CASES[widget];
        const root = await widgetOnPage(page, widget);
        // The backend that computed the widget's numbers (the badge may lag behind).
        const actual =
          (await root.locator('[data-backend]').first().getAttribute('data-backend')) ??
          (await badge.getAttribute('data-backend'));
        // Warm-up: the first changes compile whatever the first render did not.
        await sweep(
          page,
          widget,
          c.label,
          c.values(5).map((v) => v * 1.01),
          c.doneAttr,
        );
        // Against numpy, the sweep runs in blocks with numpy measured right before each: the
        // machine's load moves (other jobs), so each block is compared with its own baseline.
        const blocks = c.baseline === 'numpy' && numpy ? NUMPY_BLOCKS : 1;
        const all = c.values(CHANGES);
        const per = Math.ceil(all.length / blocks);
        const parts: Sample[] = [];
        const npCachedAll: number[] = [];
        const npFreshAll: number[] = [];
        const blockRatios: number[] = [];
        for (let b = 0; b * per < all.length; b++) {
          const np = blocks > 1 ? numpyBaseline(Math.max(10, per)) : null;
          const part = await sweep(
            page,
            widget,
            c.label,
            all.slice(b * per, (b + 1) * per),
            c.doneAttr,
          );
          parts.push(part);
          if (np) {
            npCachedAll.push(np.cached);
            npFreshAll.push(np.fresh);
            blockRatios.push(median(part.wallMs) / np.cached);
          }
        }
        const s = Object.fromEntries(
          (Object.keys(parts[0]) as Array<keyof Sample>).map((k) => [
            k,
            parts.flatMap((p) => p[k]),
          ]),
        ) as unknown as Sample;
        const med = median(s.wallMs);
        const p95 = quantile(s.wallMs, 0.95);
        const npCached = npCachedAll.length ? median(npCachedAll) : numpy?.cached;
        const npFresh = npFreshAll.length ? median(npFreshAll) : numpy?.fresh;
        const base = c.baseline === 'numpy' ? npCached : FRAME_MS;
        // numpy: the median of the blocks' ratios; a frame: median / 16.7 ms
        const ratio = blockRatios.length ? median(blockRatios) : base ? med / base : NaN;
        const m = (xs: number[]) => Number(f1(median(xs)));
        const row = {
          widget,
          backend: actual,
          changes: CHANGES,
          medianMs: Number(f1(med)),
          p95Ms: Number(f1(p95)),
          widgetMedianMs: m(s.widgetMs),
          engineMedianMs: m(s.engineMs),
          renderMedianMs: m(s.renderMs),
          baseline: c.baseline === 'numpy' ? 'numpy (cached draws)' : '60 Hz frame',
          baselineMs: base ? Number(f1(base)) : null,
          ratio: Number(ratio.toFixed(2)),
          ...(c.baseline === 'numpy' && npFresh !== undefined
            ? {
                numpyFreshMs: Number(f1(npFresh)),
                ratioFresh: Number((med / npFresh).toFixed(2)),
                callMedianMs: m(s.callMs),
                kernelsMedianMs: m(s.kernelsMs),
                readbackMedianMs: m(s.readbackMs),
              }
            : {}),
        };
        results.push(row);
        console.log(
          `${widget.padEnd(24)} ${String(actual).padEnd(6)} median ${f1(med).padStart(7)} ms  p95 ${f1(p95).padStart(7)} ms  ` +
            `×${ratio.toFixed(2)} of ${row.baseline} ${base ? f1(base) : '?'} ms` +
            (blockRatios.length
              ? ` (blocks: ${blockRatios.map((r) => r.toFixed(2)).join(', ')})`
              : '') +
            (row.ratioFresh !== undefined ? ` (×${row.ratioFresh} of numpy fresh)` : '') +
            (actual !== backend ? `  [asked for ${backend}: the engine fell back]` : ''),
        );
        // Where the milliseconds go (medians of each part, so they need not add up exactly).
        const call = median(s.callMs);
        const own = median(s.widgetMs);
        const render = median(s.renderMs);
        console.log(
          Number.isFinite(call)
            ? `  input → React → call ${f1(own - call - render)} | call ${f1(call)} = messages ${f1(call - median(s.engineMs))} + engine ${f1(median(s.engineMs))} (ops ${f1(median(s.kernelsMs))}, readback ${f1(median(s.readbackMs))}) | React commit ${f1(render)} | frame + paint ${f1(med - own)}`
            : `  widget's own ${f1(own)} (engine ${f1(median(s.engineMs))}, render ${f1(render)}) | frame + paint ${f1(med - own)}`,
        );
      }
      if (errors.length) console.log(`  page errors on ${backend}: ${errors.join(' | ')}`);
      await ctx.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(snapshot, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ bench: 'widgets', results }));
}

await main();
