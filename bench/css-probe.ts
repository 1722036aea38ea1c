// A probe, not a benchmark: what a piece of CSS does to one widget's slider changes, measured
// in the page with the variants taking turns change by change, so the machine's drift (this
// 2-core machine's timings move by ±30 % between runs minutes apart) falls on every variant alike.
//
//   npx tsx bench/css-probe.ts --widget=layer-backprop --variants=probe.json
//                              [--changes=50] [--label="데이터·가중치 시드"] [--dist=dist]
//
// probe.json: {"name": "CSS", …}; "base" (no CSS) is always measured. The slider is the sliders
// bench's (bench/slider-sweep.ts) unless --label names another; it steps through its first four
// positions, each seen in a warm-up first, and the widget keeps its results (the kit's KEEP), so
// every measured change is drawn by the input event itself: no worker round trip, only the page.
// Per change: the variant's CSS set, a frame, one untimed change (the style change's own relayout
// lands there), a frame, then the timed change: `input` dispatched → the widget's script
// (`script`), a forced layout (`layout`), and from the next frame's start to the one after (this
// headless Chromium draws frames back to back, so that is how long painting and compositing that
// change took). Medians per variant, the frame's mean beside it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { benchChromiumArgs } from './chromium-args';
import { CASES } from './slider-sweep';
import { widgetOnPage } from './widget-on-page';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const WIDGET = arg('widget', 'layer-backprop');
const CHANGES = Number(arg('changes', '50'));
const file = arg('variants', '');
const variants: Record<string, string> = {
  base: '',
  ...(file ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {}),
};
const c = CASES[WIDGET];
if (!c) throw new Error(`no slider case for ${WIDGET}: ${Object.keys(CASES).join(', ')}`);
const label = arg('label', c.label);

// Plain JS source, run in the page (tsx would add helpers the page does not have).
const PROBE_JS = String.raw`async ({ widget, label, variants, n }) => {
  const style = document.createElement('style');
  document.head.append(style);
  const root = document.querySelector('[data-widget="' + widget + '"]');
  const s = [...root.querySelectorAll('input[type=range]')].find((el) => el.labels[0].textContent.trim() === label);
  if (!s) throw new Error(widget + ': no slider labelled ' + label);
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const step = Number(s.step) || 1, lo = Number(s.min), hi = Math.min(Number(s.max), lo + 3 * step);
  const values = [];
  for (let v = lo; v <= hi + 1e-9; v += step) values.push(v);
  const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
  const rest = async () => { await raf(); await raf(); await new Promise((r) => setTimeout(r, 20)); };
  let k = 0;
  const change = () => {
    const t0 = performance.now();
    set.call(s, String(values[k++ % values.length]));
    s.dispatchEvent(new Event('input', { bubbles: true }));
    const t1 = performance.now();
    void document.body.offsetHeight;
    return [t1 - t0, performance.now() - t1];
  };
  for (let i = 0; i < 3 * values.length; i++) { change(); await rest(); }
  const out = {};
  for (const name of Object.keys(variants)) out[name] = { script: [], layout: [], frame: [] };
  for (let i = 0; i < n; i++)
    for (const [name, css] of Object.entries(variants)) {
      style.textContent = css;
      await rest();
      change();
      await rest();
      const [script, layout] = change();
      await raf();
      const t = performance.now();
      await raf();
      out[name].script.push(script);
      out[name].layout.push(layout);
      out[name].frame.push(performance.now() - t);
      await rest();
    }
  style.remove();
  return out;
}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const srv = await startStaticServer(resolve(arg('dist', 'dist')));
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: benchChromiumArgs(),
});
try {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await ctx.newPage();
  await page.goto(`${srv.url}${c.page}?backend=wasm`);
  await widgetOnPage(page, WIDGET);
  await page
    .locator('article[data-heights-settled]')
    .waitFor({ timeout: 60_000 })
    .catch(() => undefined);
  const out = (await page.evaluate(`(${PROBE_JS})(${JSON.stringify({ widget: WIDGET, label, variants, n: CHANGES })})`)) as Record<string, Record<'script' | 'layout' | 'frame', number[]>>; // prettier-ignore
  console.log(`${WIDGET}, slider "${label}", ${CHANGES} changes per variant, taking turns (ms)\n`);
  console.log('| variant | script | layout | frame | frame, mean |\n|---|---:|---:|---:|---:|');
  for (const [name, o] of Object.entries(out))
    console.log(
      `| ${name} | ${median(o.script).toFixed(1)} | ${median(o.layout).toFixed(1)} | ${median(o.frame).toFixed(1)} | ${mean(o.frame).toFixed(1)} |`,
    );
} finally {
  await browser.close();
  await srv.close();
}
