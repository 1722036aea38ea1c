// Where a slider change's milliseconds go: one more sweep of the slider under a Chromium trace,
// its busy time split by thread and stage and divided by the number of changes. The page's main
// thread (CrRendererMain) is split into style + layout (UpdateLayoutTree, Layout), paint
// (PrePaint, Paint, Layerize, Commit) and everything else it ran (script: the input event, React's
// render and commit, the worker's answer arriving, timers); the engine's worker thread is its busy
// time (messages in, kernels, readbacks, messages out); raster is the tiles drawn on the renderer's
// raster threads. What the wall time has beyond the main thread's busy time is waiting: for the
// worker's answer, or for the next frame. Tracing slows everything a little; compare the columns
// with each other and with the traced wall time printed beside them, not with the untraced run.
import type { Browser, Page } from 'playwright-core';
import { sweep, type Case, type Sample } from './slider-sweep';

export interface Breakdown {
  changes: number;
  /** median wall ms per change of the traced sweep (input → settled picture) */
  wallMs: number;
  /** per change: the engine's worker threads busy */
  workerMs: number;
  /** per change: the page's main thread busy, all of it */
  mainMs: number;
  /** per change: main-thread busy minus style/layout and paint (script, messages, timers) */
  scriptMs: number;
  /** per change: UpdateLayoutTree + Layout on the main thread */
  layoutMs: number;
  /** per change: PrePaint + Paint + Layerize + Commit on the main thread */
  paintMs: number;
  /** per change: RasterTask on the renderer's other threads */
  rasterMs: number;
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);
const LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit']);

/** Total length of the union of [ts, ts + dur) intervals (tasks nest: count each instant once). */
function covered(spans: Array<[number, number]>): number {
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of spans) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

/** Sums the trace of one renderer: the one whose main thread was busiest (the page measured). */
export function splitTrace(events: TraceEvent[], changes: number): Omit<Breakdown, 'wallMs'> {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const thread = (e: TraceEvent) => names.get(`${e.pid}:${e.tid}`) ?? '';
  const spans = new Map<string, Array<[number, number]>>(); // "pid:kind" → task spans
  const sums = new Map<string, number>(); // "pid:stage" → µs
  const add = (k: string, v: number) => sums.set(k, (sums.get(k) ?? 0) + v);
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const t = thread(e);
    const kind = t === 'CrRendererMain' ? 'main' : t.startsWith('DedicatedWorker') ? 'worker' : '';
    if (kind && TASKS.has(e.name)) {
      const k = `${e.pid}:${kind}`;
      if (!spans.has(k)) spans.set(k, []);
      spans.get(k)!.push([e.ts, e.ts + e.dur]);
    }
    if (kind === 'main' && LAYOUT.has(e.name)) add(`${e.pid}:layout`, e.dur);
    if (kind === 'main' && PAINT.has(e.name)) add(`${e.pid}:paint`, e.dur);
    if (e.name === 'RasterTask') add(`${e.pid}:raster`, e.dur);
  }
  const busy = (k: string) => covered(spans.get(k) ?? []);
  const pids = [...new Set(events.map((e) => e.pid))];
  const pid = pids.reduce((a, b) => (busy(`${b}:main`) > busy(`${a}:main`) ? b : a), pids[0]);
  const per = (us: number) => us / 1000 / Math.max(1, changes);
  const layout = sums.get(`${pid}:layout`) ?? 0;
  const paint = sums.get(`${pid}:paint`) ?? 0;
  const main = busy(`${pid}:main`);
  return {
    changes,
    workerMs: per(busy(`${pid}:worker`)),
    mainMs: per(main),
    scriptMs: per(Math.max(0, main - layout - paint)),
    layoutMs: per(layout),
    paintMs: per(paint),
    rasterMs: per(sums.get(`${pid}:raster`) ?? 0),
  };
}

/** One traced sweep of `changes` positions on a page whose widget has settled (and was warmed). */
export async function tracedBreakdown(
  browser: Browser,
  page: Page,
  widget: string,
  c: Case,
  changes: number,
): Promise<Breakdown> {
  await sweep(page, widget, c, changes, 1); // warm: the same shapes and kernels, untraced
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  let s: Sample;
  try {
    s = await sweep(page, widget, c, changes, 1);
  } catch (e) {
    await browser.stopTracing();
    throw e;
  }
  const buf = await browser.stopTracing();
  const raw = JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const wall = [...s.wallMs].sort((a, b) => a - b);
  return { ...splitTrace(events, s.wallMs.length), wallMs: wall[wall.length >> 1] ?? NaN };
}
