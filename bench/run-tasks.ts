// The page thread while a training widget runs: ▶ pressed on a production build in headless
// Chromium (wasm), traced from the click to done. Prints, per run, the six longest main-thread
// tasks and the time spent in tasks over 16 ms (a frame), and what the longest held (layout,
// paint, script…). Where the chapter-page bench counts tasks over 50 ms, this shows the ones
// under it that still cost frames.
//   npm run build && npx tsx bench/run-tasks.ts --widget=batch-norm [--chapter=06-learning-techniques]
//                                               [--runs=3] [--dist=dist]
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { benchChromiumArgs } from './chromium-args';
import { widgetOnPage } from './widget-on-page';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const widget = arg('widget', 'batch-norm');
const chapter = arg('chapter', '06-learning-techniques');
const runs = Number(arg('runs', '3'));

interface TraceEvent { ph: string; name: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string } } // prettier-ignore

const status = (page: import('playwright-core').Page, s: string) =>
  page.waitForFunction(
    ([w, s]) => document.querySelector(`[data-widget="${w}"] [data-status]`)?.getAttribute('data-status') === s, // prettier-ignore
    [widget, s] as const,
    { timeout: 180_000 },
  );

const server = await startStaticServer(resolve(arg('dist', 'dist')));
const browser = await chromium.launch({ executablePath: requireChromium(), args: benchChromiumArgs() }); // prettier-ignore
try {
  for (let r = 0; r < runs; r++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/${chapter}/?backend=wasm`);
    await widgetOnPage(page, widget, ['loading', 'ready', 'running', 'diverged', 'error']);
    await status(page, 'ready');
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] }); // prettier-ignore
    await page.locator(`[data-widget="${widget}"]`).getByRole('button', { name: '▶ 실행', exact: true }).first().click(); // prettier-ignore
    await status(page, 'done');
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as TraceEvent[];
    const threads = new Map<string, string>();
    for (const e of events)
      if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? ''); // prettier-ignore
    const main = events.filter((e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain'); // prettier-ignore
    const tasks = main.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur! - a.dur!);
    const ms = (e: TraceEvent) => e.dur! / 1000;
    const over = tasks.filter((t) => ms(t) > 16).reduce((s, t) => s + ms(t), 0);
    const top = tasks[0];
    const inside = new Map<string, number>();
    for (const e of main)
      if (top && e !== top && !e.name.endsWith('RunTask') && e.ts >= top.ts && e.ts + (e.dur ?? 0) <= top.ts + top.dur!)
        inside.set(e.name, (inside.get(e.name) ?? 0) + ms(e)); // prettier-ignore
    const held = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(1)}`); // prettier-ignore
    console.log(
      `${widget} run ${r + 1}: longest tasks ${tasks.slice(0, 6).map((t) => ms(t).toFixed(1)).join(' ')} ms; ` +
        `in tasks over 16 ms ${over.toFixed(0)} ms; the longest held ${held.join(', ')}`,
    ); // prettier-ignore
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
