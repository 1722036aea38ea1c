// How tall each widget of each chapter is once drawn, against the room its frame holds before
// (src/widgets/reserved-heights.ts): a lower bound, about 85 % of the least drawn height at its
// default parameters at 768+ px wide and 80 % at 480 and 360 (a straight line between), so a
// frame never holds more than its widget fills and the text below jumps as little as it can.
// Headless Chromium on the production build, on wasm.
//
//   npm run build && npx tsx bench/widget-heights.ts [--widths=1280,700,600,480,414,390,360]
//                                                    [--chapters=05,07] (their number or name)
//
// Prints, per width, each widget instance: the frame before mounting, while loading, drawn, and
// the reserve; "OVER" marks a reserve taller than the drawn widget (fix the reserve).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { benchChromiumArgs } from './chromium-args';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const WIDTHS = arg('widths', '1280,700,600,480,414,390,360').split(',').map(Number);
const DIST = resolve('dist');

const server = await startStaticServer(DIST);
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: benchChromiumArgs(),
});
const only = arg('chapters', '').split(',').filter(Boolean);
const chapters = readdirSync(DIST).filter(
  (d) => /^0\d-/.test(d) && (!only.length || only.some((c) => d.startsWith(c))),
);
let over = 0;
try {
  for (const width of WIDTHS) {
    console.log(`\n${width} px wide: frame before → loading → drawn (reserve)`);
    const jumps: number[] = [];
    for (const ch of chapters) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${server.url}/${ch}/?backend=wasm`);
      const islands = page.locator('[data-island]');
      for (let i = 0; i < (await islands.count()); i++) {
        const island = islands.nth(i);
        const name = await island.getAttribute('data-island');
        const measure = () =>
          island.evaluate((e) => ({
            h: Math.round(e.getBoundingClientRect().height),
            state: e.querySelector('[data-widget]')?.getAttribute('data-state') ?? 'frame',
            // the room its frame holds at this width (before mounting: the placeholder's)
            reserve: parseFloat(getComputedStyle(e.firstElementChild!).minHeight) || 0,
          }));
        const before = await measure();
        const reserve = Math.round(before.reserve);
        await island.evaluate((e) => e.scrollIntoView({ block: 'start' }));
        let loading = 0;
        let last = before;
        for (const until = Date.now() + 30_000; Date.now() < until;) {
          last = await measure();
          if (last.state === 'loading') loading = Math.max(loading, last.h);
          if (/^(ready|diverged|error)$/.test(last.state)) break;
          await page.waitForTimeout(50);
        }
        await page.waitForTimeout(500); // what a ready widget still adds (a log, a legend)
        const drawn = (await measure()).h;
        const flag = reserve > drawn ? '  OVER' : '';
        if (reserve) jumps.push(drawn - reserve);
        if (flag) over++;
        console.log(
          `${ch.slice(0, 2)} ${name!.padEnd(24)} ${String(before.h).padStart(5)} → ${String(loading).padStart(5)} → ${String(drawn).padStart(5)}  (${reserve}, ${((reserve / drawn) * 100).toFixed(0)} %)${flag}`,
        );
      }
      await page.close();
    }
    console.log(
      `the text below moved by ${Math.min(...jumps)}–${Math.max(...jumps)} px as widgets drew`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(over ? `\n${over} reserve(s) taller than the drawn widget` : '\nevery reserve fits');
