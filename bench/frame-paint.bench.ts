// What one frame of a chapter page costs the browser when almost nothing changes: one number in a
// widget's table (or paragraph) is rewritten 40 times, a frame each, under a Chromium trace; the
// medians of the page's Paint, PrePaint, Layout and Layerize per frame are printed per chapter.
// Every slider move pays this at least once, whatever the widget computes, so it is the floor
// under the sliders bench. With --compare, each page is measured on every build in turn.
//
//   npx tsx bench/frame-paint.bench.ts [--dist=dist] [--compare=.scratch/dist-before]
//                                      [--rounds=2] [--pages=05-backpropagation,07-cnn]
//
// Why it exists: KaTeX places glyphs with `position: relative` spans, each a paint layer; while
// they were not stacking contexts every frame walked all of them (chapter 5: 11.8 ms of paint a
// frame, 1.5 once each formula was a stacking context replayed whole from the paint cache).
import { resolve, basename } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { benchChromiumArgs } from './chromium-args';
import { widgetOnPage } from './widget-on-page';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

/** One chapter page each, with the widget whose number is rewritten. */
const PAGES: Record<string, string> = {
  '02-perceptron': 'perceptron-gates',
  '03-neural-network': 'activation-functions',
  '04-neural-network-learning': 'gradient-descent',
  '05-backpropagation': 'layer-backprop',
  '06-learning-techniques': 'optimizer-trajectories',
  '07-cnn': 'convolution',
  '08-deep-learning': 'policy-gradient',
};
const STAGES = ['Paint', 'PrePaint', 'Layout', 'Layerize'] as const;
const FRAMES = 40;

const pages = arg('pages', Object.keys(PAGES).join(',')).split(',');
const rounds = Number(arg('rounds', '2'));
const builds = [arg('dist', 'dist'), ...arg('compare', '').split(',').filter(Boolean)].map((d) =>
  resolve(d),
);

interface TraceEvent {
  ph: string;
  name: string;
  dur?: number;
  args?: { data?: { nodeName?: string } };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : NaN;
};

const servers = await Promise.all(builds.map((d) => startStaticServer(d)));
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: benchChromiumArgs(),
});
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
/** page → build → stage → per-round medians (ms) */
const results: Record<string, Record<string, Record<string, number[]>>> = {};

for (const name of pages) {
  const widget = PAGES[name];
  if (!widget) throw new Error(`unknown page ${name}: one of ${Object.keys(PAGES).join(', ')}`);
  for (let round = 0; round < rounds; round++)
    for (const [b, server] of servers.entries()) {
      const page = await ctx.newPage();
      await page.goto(`${server.url}/${name}/?backend=wasm`);
      await widgetOnPage(page, widget);
      await page.waitForTimeout(500);
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
      // Plain JS source (tsx's helpers do not exist in the page).
      await page.evaluate(`(async () => {
        const root = document.querySelector('[data-widget="${widget}"]');
        const el = root.querySelector('td') || root.querySelector('p');
        const node = el.firstChild && el.firstChild.nodeType === 3 ? el.firstChild : el.appendChild(document.createTextNode(''));
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const was = node.nodeValue;
        for (let i = 0; i < ${FRAMES}; i++) { node.nodeValue = String(i % 10); await frame(); }
        node.nodeValue = was;
      })()`);
      const trace = JSON.parse((await browser.stopTracing()).toString()) as {
        traceEvents: TraceEvent[];
      };
      const byBuild = ((results[name] ??= {})[basename(builds[b])] ??= {});
      for (const stage of STAGES) {
        const durations = trace.traceEvents
          .filter(
            (e) =>
              e.ph === 'X' &&
              e.name === stage &&
              (stage !== 'Paint' || e.args?.data?.nodeName === '#document'),
          )
          .map((e) => (e.dur ?? 0) / 1000);
        (byBuild[stage] ??= []).push(median(durations));
      }
      await page.close();
    }
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));

console.log(
  `\none number rewritten, ${FRAMES} frames per page, headless Chromium, median ms per frame (${rounds} round(s), median of the rounds)\n`,
);
console.log(`| page | build | ${STAGES.join(' | ')} |`);
console.log(`|---|---|${STAGES.map(() => '---:').join('|')}|`);
for (const [name, byBuild] of Object.entries(results))
  for (const [build, stages] of Object.entries(byBuild))
    console.log(
      `| ${name} | ${build} | ${STAGES.map((s) => median(stages[s]).toFixed(2)).join(' | ')} |`,
    );
console.log(JSON.stringify({ bench: 'frame-paint', frames: FRAMES, results }));
