// Every live slider stepped by its arrow key, as a reader reads between presses: keydown → the
// first frame after the widget has drawn the new value, per press, on the production build in
// headless Chromium, with the widgets as a reader has them (results kept, guesses on). Each press
// moves to a value not seen before (from the slider's default toward its farther end, at most as
// many presses as there are steps to it), so a press drawn at once
// is one the engine had computed ahead ("guessed": the frame's data-reused).
//
//   npm run build && npx tsx bench/slider-keys.ts [--widgets=policy-gradient] [--backends=wasm]
//                                                [--presses=8] [--pause=400] [--compare=DIR,…]
//                                                [--kit-ahead=always|off]
//
// The last line is JSON for bench/run.mjs.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { benchChromiumArgs } from './chromium-args';
import { CASES } from './slider-sweep';
import { widgetOnPage } from './widget-on-page';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const WIDGETS = arg('widgets', Object.keys(CASES).join(',')).split(',');
const BACKENDS = arg('backends', 'wasm').split(',');
const PRESSES = Number(arg('presses', '8'));
const PAUSE_MS = Number(arg('pause', '400'));
/** --kit-ahead=always|off: the kit's guessing switch (useLatestResult's __kitAhead), else the site's */
const KIT_AHEAD = arg('kit-ahead', '');
const DIRS = [arg('dist', 'dist'), ...arg('compare', '').split(',').filter(Boolean)];

/** In the page: focus the slider, time each press (keydown → the frame after data-drawn moves). */
const WATCH_JS = String.raw`({ widget, label }) => {
  const root = document.querySelector('[data-widget="' + widget + '"]');
  const slider = [...root.querySelectorAll('input[type=range]')].find((el) => el.labels && el.labels[0] && el.labels[0].textContent.trim() === label);
  if (!slider) throw new Error(widget + ': no slider labelled ' + label);
  slider.focus();
  const presses = (window.__presses = []);
  slider.addEventListener('keydown', () => presses.push({ t0: performance.now() }));
  const drawn = () => root.querySelector('[data-drawn]')?.getAttribute('data-drawn');
  let seen = drawn();
  new MutationObserver(() => {
    const now = drawn();
    if (now === seen) return;
    seen = now;
    const p = presses[presses.length - 1];
    if (!p || p.ms !== undefined) return;
    p.ms = -1;
    requestAnimationFrame(() => setTimeout(() => {
      p.ms = performance.now() - p.t0;
      p.guessed = root.closest('[data-reused]')?.getAttribute('data-reused') === 'ahead';
    }, 0));
  }).observe(root, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
  // toward the farther end, and as many presses as there are steps to it
  const step = Number(slider.step) || 1;
  const up = (Number(slider.max) - Number(slider.value)) / step;
  const down = (Number(slider.value) - Number(slider.min)) / step;
  return { key: up >= down ? 'ArrowRight' : 'ArrowLeft', room: Math.round(Math.max(up, down)) };
}`;

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

const servers = await Promise.all(DIRS.map((d) => startStaticServer(resolve(d))));
const browser = await chromium.launch({ executablePath: requireChromium(), args: benchChromiumArgs() }); // prettier-ignore
const rows: Array<Record<string, unknown>> = [];
console.log(
  `arrow-key presses ${PAUSE_MS} ms apart, keydown → frame after drawn (ms), ${PRESSES} per slider\n`,
);
console.log('| widget | slider | backend | build | median ms | slowest ms | guessed |');
console.log('|---|---|---|---|---:|---:|---:|');
try {
  for (const backend of BACKENDS)
    for (const widget of WIDGETS) {
      const c = CASES[widget];
      for (const [k, server] of servers.entries()) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        if (KIT_AHEAD) await page.addInitScript(`globalThis.__kitAhead = '${KIT_AHEAD}'`);
        await page.goto(`${server.url}${c.page}?backend=${backend}`);
        await widgetOnPage(page, widget);
        const { key, room } = (await page.evaluate(`(${WATCH_JS})(${JSON.stringify({ widget, label: c.label })})`)) as { key: string; room: number }; // prettier-ignore
        await page.waitForTimeout(PAUSE_MS);
        for (let i = 0; i < Math.min(PRESSES, room); i++) {
          await page.keyboard.press(key);
          await page.waitForTimeout(PAUSE_MS);
        }
        const got = (await page.evaluate('window.__presses')) as Array<{ ms?: number; guessed?: boolean }>; // prettier-ignore
        await page.close();
        const ms = got.map((p) => (p.ms !== undefined && p.ms >= 0 ? p.ms : NaN));
        const row = {
          widget,
          backend,
          build: DIRS[k],
          medianMs: Number(median(ms).toFixed(1)),
          slowestMs: Number(Math.max(...ms.filter(Number.isFinite)).toFixed(1)),
          guessed: got.filter((p) => p.guessed).length,
          presses: got.length,
        };
        rows.push(row);
        console.log(
          `| ${widget} | ${c.label} | ${backend} | ${row.build} | ${row.medianMs} | ${row.slowestMs} | ${row.guessed}/${row.presses} |`,
        );
      }
    }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
console.log(JSON.stringify({ bench: 'slider-keys', pauseMs: PAUSE_MS, results: rows }));
