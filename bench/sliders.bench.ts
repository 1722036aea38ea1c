// Every live slider on the site, in real headless Chromium on a production build: from a
// slider's `input` event to the settled picture, per engine backend (?backend=webgl|wasm|cpu),
// against one 60 Hz frame (16.7 ms).
//
//   npx vite build --outDir .scratch/dist-sliders   (or npm run build: dist/ is the default)
//   npx tsx bench/sliders.bench.ts [--backends=webgl,wasm,cpu] [--widgets=softmax,im2col]
//                                  [--changes=30] [--dist=.scratch/dist-sliders]
//                                  [--compare=.scratch/dist-before] [--rounds=1] [--revisit]
//                                  [--breakdown] [--aligned] [--ahead]
//
// "Live" sliders recompute while they move (not the training widgets, whose sliders only set up
// a run; weight-init-histograms is measured against numpy in bench/widgets.bench.ts too). One
// slider per widget, `--changes` distinct positions spread over its range (or a given part of
// it), in an order where no two neighbours are equal. Each change: set the slider's value, dispatch
// `input`, wait until the widget has committed the numbers for that value (the kit's report
// hook bumps `data-drawn` in the commit, before paint), then wait for the next frame to be
// produced (requestAnimationFrame → setTimeout 0). A warm-up pass comes first (WebGL compiles a
// shader per new shape), on positions between the measured ones where the slider has them, so a
// widget that keeps its results per value still computes every measured one afresh. Prints median / p95 per widget and backend with
// the widget's own engine / render split where it reports one; the last line is JSON. With
// --compare, each widget is measured on every build in turn (a same-run before/after), --rounds
// times over (the samples pooled). With --breakdown, one more sweep per widget, backend and build
// runs under a Chromium trace and a second table says where each change's milliseconds went:
// the engine's worker, the page's script, style + layout, paint, raster (bench/slider-breakdown.ts).
// With --aligned, each input is dispatched at the start of a frame (in requestAnimationFrame), as
// Chromium delivers a drag's pointer events: an answer from the worker then always waits for the
// frame after the slider's own. With --ahead, widgets keep only the results they computed ahead
// for where the drag was going next (the kit's useLiveResult), each shown once: no change is
// answered from an earlier visit, and the "at once" column counts the changes whose numbers were
// already there when the input came (drawn by the input event itself, no worker round trip).
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { benchChromiumArgs } from './chromium-args';
import { widgetOnPage } from './widget-on-page';
import { CASES, sweep as sweepSlider } from './slider-sweep';
import { tracedBreakdown, type Breakdown } from './slider-breakdown';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const FRAME_MS = 1000 / 60;

const BACKENDS = arg('backends', 'webgl,wasm,cpu').split(',');
const WIDGETS = arg('widgets', Object.keys(CASES).join(',')).split(',');
const CHANGES = Number(arg('changes', '30'));
/** sweeps per widget and build, taking turns between builds (samples pooled) */
const ROUNDS = Number(arg('rounds', '1'));
const DIST = resolve(arg('dist', 'dist'));
/** --revisit: widgets keep their results (as for a reader) and every position was seen before */
const REVISIT = process.argv.includes('--revisit');
/** --aligned: each input at the start of a frame (in requestAnimationFrame), as a drag's are */
const ALIGNED = process.argv.includes('--aligned');
/** --ahead: keep only what the widgets computed ahead of the drag (guesses), each shown once */
const AHEAD = process.argv.includes('--ahead');
/** --breakdown: a traced sweep per widget, backend and build, split by thread and stage */
const BREAKDOWN = process.argv.includes('--breakdown');
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
  const split: Array<Breakdown & { widget: string; backend: string; build: string }> = [];
  console.log(
    `slider input → settled picture, ${CHANGES} changes per slider, headless Chromium, ` +
      `${builds.map((b) => b.name).join(' vs ')} (each widget on each build in turn)` +
      (ALIGNED ? ', inputs at the start of a frame' : '') +
      (REVISIT
        ? ', every position seen before (kept results on)\n'
        : AHEAD
          ? ', guesses of the next position kept, nothing else\n'
          : ', kept results off\n'),
  );
  console.log(
    '| widget | slider | backend | build | median ms | p95 ms | × frame | engine ms | render ms | at once |',
  );
  console.log('|---|---|---|---|---:|---:|---:|---:|---:|---:|');
  try {
    for (const backend of BACKENDS) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // Every update afresh: the kit's kept results off (unless --revisit measures them).
      if (AHEAD) await ctx.addInitScript("globalThis.__kitAhead = 'only'");
      else if (!REVISIT) await ctx.addInitScript('globalThis.__kitKeepOff = true');
      const errors: string[] = [];
      for (const widget of WIDGETS) {
        const c = CASES[widget];
        if (!c) throw new Error(`no slider case for ${widget}: ${Object.keys(CASES).join(', ')}`);
        // Rounds take turns between the builds, so a burst of load hits them alike.
        const pooled = builds.map(() => ({ wallMs: [] as number[], engineMs: [] as number[], renderMs: [] as number[], atOnce: [] as number[], actual: backend })); // prettier-ignore
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
            const s = await sweepSlider(page, widget, c, CHANGES, 2, REVISIT, ALIGNED);
            if (BREAKDOWN && round === ROUNDS - 1)
              split.push({
                widget,
                backend: pooled[k].actual,
                build: build.name,
                ...(await tracedBreakdown(browser, page, widget, c, Math.min(CHANGES, 12))),
              });
            await page.close();
            pooled[k].wallMs.push(...s.wallMs);
            pooled[k].engineMs.push(...s.engineMs);
            pooled[k].renderMs.push(...s.renderMs);
            pooled[k].atOnce.push(...s.atOnce);
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
            atOnce: s.atOnce.reduce((a, b) => a + b, 0),
          };
          results.push(row);
          console.log(
            `| ${widget} | ${c.label} | ${backend}${s.actual !== backend ? ` (${s.actual})` : ''} | ${build.name} | ${f1(med)} | ${f1(row.p95Ms)} | ×${row.frames.toFixed(2)} | ${f1(eng)} | ${f1(ren)} | ${row.atOnce}/${row.changes} |`,
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
  if (split.length) printBreakdown(split);
  console.log(
    JSON.stringify({
      bench: 'sliders',
      frameMs: Number(FRAME_MS.toFixed(1)),
      results,
      ...(split.length ? { breakdown: split } : {}),
    }),
  );
}

function printBreakdown(
  rows: Array<Breakdown & { widget: string; backend: string; build: string }>,
) {
  console.log(
    '\nwhere a change goes (a traced sweep, ms per change; main = script + style/layout + paint; ' +
      'wall beyond main = waiting for the worker or the frame)\n',
  );
  console.log(
    '| widget | backend | build | traced wall | worker | main | script | style + layout | paint | raster |',
  );
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(
      `| ${r.widget} | ${r.backend} | ${r.build} | ${f1(r.wallMs)} | ${f1(r.workerMs)} | ${f1(r.mainMs)} | ${f1(r.scriptMs)} | ${f1(r.layoutMs)} | ${f1(r.paintMs)} | ${f1(r.rasterMs)} |`,
    );
}

await main();
