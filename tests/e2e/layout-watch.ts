// What moves on a page, for the tests and bench/layout-shifts.ts. RECORD_SHIFTS keeps the layout
// shifts no input caused (what CLS adds up). watchLayout: does a widget stand as drawn while it
// computes? An init script snapshots its frame every frame from the widget's first render on: the
// frame's height and, for each part, its top (from the frame's) and height, px rounded. The
// first snapshot (still loading) against the last one, and against every different one between.
import type { Page } from 'playwright-core';

/** Runs in a page from its start (`beforeGoto`): keeps the layout shifts no input caused, described. */
export const RECORD_SHIFTS = `window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    if (!e.hadRecentInput)
      window.__shifts.push(e.value.toFixed(4) + ' at ' + Math.round(e.startTime) + ' ms, scrollY ' + Math.round(scrollY) + ': ' + e.sources.map((s) =>
        (s.node?.className || s.node?.nodeName) + ' ' + Math.round(s.previousRect.y) + '→' +
        Math.round(s.currentRect.y)).join(', '));
}).observe({ type: 'layout-shift', buffered: true });`;

/** The shifts RECORD_SHIFTS kept so far (after a frame), and their sum: what CLS adds up. */
export async function layoutShifts(page: Page): Promise<{ total: number; shifts: string[] }> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
  return { total: shifts.reduce((s, e) => s + parseFloat(e), 0), shifts };
}

/**
 * The init script: `parts` is a selector under the widget's root `.<name>` (its children are
 * always included).
 */
export function watchLayout(name: string, parts: string): string {
  return `window.__layouts = [];
const watch = () => {
  const frame = document.querySelector('[data-widget="${name}"]');
  const root = frame && frame.querySelector('.${name}');
  if (root) {
    const top = frame.getBoundingClientRect().top;
    const boxes = [frame, ...root.children, ...root.querySelectorAll('${parts}')];
    const snap = boxes.map((e) => { const r = e.getBoundingClientRect(); return Math.round(r.top - top) + '+' + Math.round(r.height); }).join(' ');
    const now = frame.dataset.state + ' ' + snap;
    const all = window.__layouts;
    // every different snapshot, the first 99 of them, and always the latest last
    if (all.at(-1) !== now) all[Math.min(all.length, 99)] = now;
  }
  requestAnimationFrame(watch);
};
requestAnimationFrame(watch);`;
}

/** Every different snapshot in order, from the first to the last, each "<data-state> <top+height> …". */
export async function watchedLayout(page: Page): Promise<string[]> {
  await page.waitForTimeout(100);
  return page.evaluate(() => (window as unknown as { __layouts: string[] }).__layouts);
}

/** The boxes of a snapshot, without its state. */
export const boxes = (snap: string): string => snap.slice(snap.indexOf(' ') + 1);

/** The boxes of `last` that moved or changed height by more than 1 px from `first`'s: "i: a → b". */
export function moved(first: string, last: string): string[] {
  const a = boxes(first).split(' ');
  const b = boxes(last).split(' ');
  const out: string[] = a.length === b.length ? [] : [`${a.length} boxes → ${b.length}`];
  const off = (x: string, y: string) => {
    const [t1, h1] = x.split('+').map(Number);
    const [t2, h2] = y.split('+').map(Number);
    return Math.abs(t1 - t2) > 1 || Math.abs(h1 - h2) > 1;
  };
  a.forEach((x, i) => b[i] !== undefined && off(x, b[i]) && out.push(`${i}: ${x} → ${b[i]}`));
  return out;
}
