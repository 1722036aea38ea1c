// Every live slider on the site, in real headless Chromium on a production build: from a
// slider's `input` event to the settled picture, per engine backend (?backend=webgl|wasm|cpu),
// against one 60 Hz frame (16.7 ms).
//
//   npx vite build --outDir .scratch/dist-sliders   (or npm run build: dist/ is the default)
//   npx tsx bench/sliders.bench.ts [--backends=webgl,wasm,cpu] [--widgets=softmax,im2col]
//                                  [--changes=30] [--dist=.scratch/dist-sliders]
//                                  [--compare=.scratch/dist-before] [--rounds=1]
//
// "Live" sliders recompute while they move (not the training widgets, whose sliders only set up
// a run; weight-init-histograms has its own bench, bench/widgets.bench.ts). One slider per
// widget, `--changes` distinct positions spread over its range (or a given part of it), in an
// order where no two neighbours are equal. Each change: set the slider's value, dispatch
// `input`, wait until the widget has committed the numbers for that value (the kit's report
// hook bumps `data-drawn` in the commit, before paint), then wait for the next frame to be
// produced (requestAnimationFrame → setTimeout 0). A warm-up pass over the same positions comes
// first (WebGL compiles a shader per new shape). Prints median / p95 per widget and backend with
// the widget's own engine / render split where it reports one; the last line is JSON. With
// --compare, each widget is measured on every build in turn (a same-run before/after), --rounds
// times over (the samples pooled).
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { benchChromiumArgs } from './chromium-args';
import { widgetOnPage } from './widget-on-page';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const FRAME_MS = 1000 / 60;

interface Case {
  page: string;
  label: string;
  /** part of the slider's own range (in its units: log10 for a log slider) */
  range?: [number, number];
}

/** One slider per widget whose numbers follow the slider at once. */
const CASES: Record<string, Case> = {
  'perceptron-gates': { page: '/02-perceptron/', label: '가중치 w1' },
  'activation-functions': { page: '/03-neural-network/', label: '입력 x' },
  softmax: { page: '/03-neural-network/', label: '온도 T' },
  'loss-functions': { page: '/04-neural-network-learning/', label: '시그모이드 출력 y (1일 확률)' },
  'gradient-field': { page: '/04-neural-network-learning/', label: '점의 x₀' },
  'gradient-descent': { page: '/04-neural-network-learning/', label: '학습률 lr' },
  'computational-graph': { page: '/05-backpropagation/', label: '사과 가격' },
  'layer-backprop': { page: '/05-backpropagation/', label: '배치 크기 N' },
  'gradient-check': { page: '/05-backpropagation/', label: '수치 미분의 h' },
  // lr 0.1 … 1 (log): the paths stay mostly on the picture, like a reader's drag
  'optimizer-trajectories': {
    page: '/06-learning-techniques/',
    label: 'SGD 학습률',
    range: [-1, 0],
  },
  convolution: { page: '/07-cnn/', label: '편향 b' },
  im2col: { page: '/07-cnn/', label: '배치 크기 N' },
  'data-augmentation': { page: '/08-deep-learning/', label: '회전 범위 ±' },
  'policy-gradient': { page: '/08-deep-learning/', label: '학습률 α' },
};

const BACKENDS = arg('backends', 'webgl,wasm,cpu').split(',');
const WIDGETS = arg('widgets', Object.keys(CASES).join(',')).split(',');
const CHANGES = Number(arg('changes', '30'));
/** sweeps per widget and build, taking turns between builds (samples pooled) */
const ROUNDS = Number(arg('rounds', '1'));
const DIST = resolve(arg('dist', 'dist'));
/** other builds to measure in the same run, widget by widget (e.g. a build from before a change) */
const COMPARE = arg('compare', '')
  .split(',')
  .filter(Boolean)
  .map((d) => resolve(d));

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}
const f1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');

interface Sample {
  positions: string[];
  wallMs: number[];
  engineMs: number[];
  renderMs: number[];
  /** the frame's data-update-ms: input → numbers back → DOM committed (the widget's own clock) */
  updateMs: number[];
}

/**
 * In the page: the slider labelled `label` in the first `widget`, moved through `count`
 * positions (`passes` times: the first ones warm up), each timed. Plain JS source: tsx would add
 * helpers (__name) that do not exist in the page.
 */
const SWEEP_JS = String.raw`async ({ widget, label, count, range, passes }) => {
  const root = document.querySelector('[data-widget="' + widget + '"]');
  const slider = [...root.querySelectorAll('input[type=range]')].find((el) => el.labels && el.labels[0] && el.labels[0].textContent.trim() === label);
  if (!slider) throw new Error(widget + ': no slider labelled ' + label);
  const lo = range ? range[0] : Number(slider.min);
  const hi = range ? range[1] : Number(slider.max);
  // The positions the slider itself snaps to (a detached copy), distinct, spread over lo…hi.
  const probe = slider.cloneNode();
  const snap = (v) => { probe.value = String(v); return probe.value; };
  const grid = [];
  for (let i = 0; i < count; i++) {
    const p = snap(lo + ((hi - lo) * i) / Math.max(1, count - 1));
    if (!grid.includes(p)) grid.push(p);
  }
  // Fewer distinct positions than changes: go back and forth (no two neighbours equal).
  const positions = [];
  for (let i = 0; positions.length < count; i++) {
    const k = i % (2 * grid.length - 2 || 1);
    positions.push(grid[k < grid.length ? k : 2 * grid.length - 2 - k]);
  }
  if (positions[0] === slider.value) positions.push(positions.shift());
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const drawnEl = () => root.querySelector('[data-drawn]');
  const out = { positions, wallMs: [], engineMs: [], renderMs: [], updateMs: [] };
  for (let pass = 0; pass < passes; pass++) {
    const measured = pass === passes - 1;
    for (const pos of measured ? positions : [...positions].reverse()) {
      if (slider.value === pos) continue;
      const before = drawnEl() ? drawnEl().getAttribute('data-drawn') : null;
      let obs;
      const changed = new Promise((resolve, reject) => {
        const timer = setTimeout(() => { obs.disconnect(); reject(new Error(widget + ': nothing drawn within 60 s (' + label + ' at ' + pos + ')')); }, 60000);
        obs = new MutationObserver(() => {
          const el = drawnEl();
          if (el && el.getAttribute('data-drawn') !== before) { obs.disconnect(); clearTimeout(timer); resolve(); }
        });
        obs.observe(root, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
      });
      const t0 = performance.now();
      setValue.call(slider, pos);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await changed;
      await frame();
      const wall = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 0)); // the report's own effect lands after paint
      if (!measured) continue;
      out.wallMs.push(wall);
      const eng = root.querySelector('[data-engine-ms]');
      out.engineMs.push(eng ? Number(eng.getAttribute('data-engine-ms')) : NaN);
      const drawn = drawnEl();
      out.renderMs.push(drawn && drawn.dataset.renderMs ? Number(drawn.dataset.renderMs) : NaN);
      out.updateMs.push(Number(root.getAttribute('data-update-ms')));
    }
  }
  return out;
}`;

async function sweep(page: Page, widget: string, c: Case): Promise<Sample> {
  const a = { widget, label: c.label, count: CHANGES, range: c.range ?? null, passes: 2 };
  return page.evaluate(`(${SWEEP_JS})(${JSON.stringify(a)})`) as Promise<Sample>;
}

const settle = (page: Page, widget: string) => widgetOnPage(page, widget);

/** One build, served from a private copy (a concurrent build cannot pull assets away mid-run). */
async function serve(dir: string) {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir} has no build: run \`npm run build\` (or pass --dist=) first.`);
  const copy = mkdtempSync(join(tmpdir(), 'sliders-bench-'));
  cpSync(dir, copy, { recursive: true });
  const server = await startStaticServer(copy);
  return {
    name: basename(dir),
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

async function main() {
  const builds = [];
  for (const dir of [DIST, ...COMPARE]) builds.push(await serve(dir));
  // The browser tests' flags (BENCH_GPU=1: the machine's GPU, as bench/gpu.sh sets it).
  const browser = await chromium.launch({
    executablePath: requireChromium(),
    args: benchChromiumArgs(),
  });
  const results: Array<Record<string, unknown>> = [];
  console.log(
    `slider input → settled picture, ${CHANGES} changes per slider, headless Chromium, ` +
      `${builds.map((b) => b.name).join(' vs ')} (each widget on each build in turn)\n`,
  );
  console.log(
    '| widget | slider | backend | build | median ms | p95 ms | × frame | engine ms | render ms |',
  );
  console.log('|---|---|---|---|---:|---:|---:|---:|---:|');
  try {
    for (const backend of BACKENDS) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      for (const widget of WIDGETS) {
        const c = CASES[widget];
        if (!c) throw new Error(`no slider case for ${widget}: ${Object.keys(CASES).join(', ')}`);
        // Rounds take turns between the builds, so a burst of load hits them alike.
        const pooled = builds.map(() => ({ wallMs: [] as number[], engineMs: [] as number[], renderMs: [] as number[], actual: backend })); // prettier-ignore
        for (let round = 0; round < ROUNDS; round++) {
          for (const [k, build] of builds.entries()) {
            const page = await ctx.newPage();
            page.on('pageerror', (e) => errors.push(`${build.name}: ${e.message}`));
            await page.goto(`${build.url}${c.page}?backend=${backend}`);
            const root = await settle(page, widget);
            // Where the numbers were computed, when the widget says (plain-JS widgets do not).
            pooled[k].actual =
              (await root.evaluate(
                (el) =>
                  (el.matches('[data-backend]')
                    ? el
                    : el.querySelector('[data-backend]')
                  )?.getAttribute('data-backend') ?? null,
              )) ?? backend;
            const s = await sweep(page, widget, c);
            await page.close();
            pooled[k].wallMs.push(...s.wallMs);
            pooled[k].engineMs.push(...s.engineMs);
            pooled[k].renderMs.push(...s.renderMs);
          }
        }
        for (const [k, build] of builds.entries()) {
          const s = pooled[k];
          const med = median(s.wallMs);
          const eng = median(s.engineMs);
          const ren = median(s.renderMs);
          const row = {
            widget,
            slider: c.label,
            backend,
            build: build.name,
            computedOn: s.actual,
            changes: s.wallMs.length,
            medianMs: Number(f1(med)),
            p95Ms: Number(f1(quantile(s.wallMs, 0.95))),
            frames: Number((med / FRAME_MS).toFixed(2)),
            engineMedianMs: Number.isFinite(eng) ? Number(f1(eng)) : null,
            renderMedianMs: Number.isFinite(ren) ? Number(f1(ren)) : null,
          };
          results.push(row);
          console.log(
            `| ${widget} | ${c.label} | ${backend}${s.actual !== backend ? ` (${s.actual})` : ''} | ${build.name} | ${f1(med)} | ${f1(row.p95Ms)} | ×${row.frames.toFixed(2)} | ${f1(eng)} | ${f1(ren)} |`,
          );
        }
      }
      if (errors.length) console.log(`  page errors on ${backend}: ${errors.join(' | ')}`);
      await ctx.close();
    }
  } finally {
    await browser.close();
    for (const b of builds) await b.close();
  }
  console.log(JSON.stringify({ bench: 'sliders', frameMs: Number(FRAME_MS.toFixed(1)), results }));
}

await main();
