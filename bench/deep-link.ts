// A page opened at a spot deep in a chapter (a widget's link, a #heading): what loading it costs
// and whether the reader's place holds. Per load: the long tasks (> 50 ms), LCP, the layout
// shifts no input caused (CLS, and what moved when a shift was over 0.005), and every scroll
// position the page took on its way to rest (the sections above the spot drawn). With
// --click=<heading id>, the page is opened at its top and that heading's contents entry clicked
// once the page is at rest: counted from the click, and the click's own time (its event's
// duration, as INP reads it). With --compare=<another build>, that build's loads interleaved with
// these, same run.
//   npm run build && npx tsx bench/deep-link.ts [--path='/06-learning-techniques/?backend=wasm#widget-optimizer-mnist']
//                   [--click=mnist로-본-옵티마이저-비교] [--width=1280] [--runs=3] [--dist=dist] [--compare=DIR]
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { benchChromiumArgs } from './chromium-args';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const path = arg('path', '/06-learning-techniques/?backend=wasm#widget-optimizer-mnist');
const width = Number(arg('width', '1280'));
const runs = Number(arg('runs', '3'));
const click = arg('click', '');
const builds = [['this', arg('dist', 'dist')], ...(process.argv.some((a) => a.startsWith('--compare=')) ? [['compare', arg('compare', '')]] : [])]; // prettier-ignore

const RECORD = `window.__long = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });
window.__cls = 0; window.__moved = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) {
  window.__cls += e.value;
  if (e.value > 0.005) window.__moved.push(Math.round(e.startTime) + ' ms ' + e.value.toFixed(3) + ': ' + e.sources.map((s) =>
    (s.node?.id || s.node?.className || s.node?.nodeName) + ' ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y)).join(', '));
} }).observe({ type: 'layout-shift', buffered: true });
window.__lcp = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
window.__scrolls = [];
addEventListener('scroll', () => window.__scrolls.push(Math.round(performance.now()) + ' ms: ' + Math.round(scrollY)), { passive: true });
window.__clicks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'click') window.__clicks.push(Math.round(e.duration)); }).observe({ type: 'event', durationThreshold: 16, buffered: true });`;
const RESET = `window.__long.length = 0; window.__cls = 0; window.__moved.length = 0; window.__scrolls.length = 0; window.__clicks.length = 0;`;

interface Seen { long: number[]; cls: number; moved: string[]; lcp: number; scrolls: string[]; clicks: number[] } // prettier-ignore

const browser = await chromium.launch({ executablePath: requireChromium(), args: benchChromiumArgs() }); // prettier-ignore
const servers = await Promise.all(builds.map(([, dir]) => startStaticServer(resolve(dir))));
try {
  console.log(`${path}${click ? `, its contents entry #${click} clicked,` : ''} at ${width} px`);
  for (let r = 0; r < runs; r++)
    for (const [i, [name]] of builds.entries()) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' }); // prettier-ignore
      const page = await context.newPage();
      await page.addInitScript(RECORD);
      await page.goto(`${servers[i].url}${path}`);
      await page.locator('article[data-heights-settled]').waitFor({ timeout: 60_000 });
      if (click) {
        await page.waitForTimeout(1000);
        await page.evaluate(RESET);
        await page.locator(`nav.toc a[href="#${click}"]`).click();
        await page.waitForTimeout(300);
        await page.locator('article[data-heights-settled]').waitFor({ timeout: 60_000 });
      }
      await page.waitForTimeout(1500); // what a widget in view draws once it has its numbers
      const s = await page.evaluate(() => {
        const w = window as unknown as { __long: number[]; __cls: number; __moved: string[]; __lcp: number; __scrolls: string[]; __clicks: number[] }; // prettier-ignore
        return { long: w.__long, cls: w.__cls, moved: w.__moved, lcp: w.__lcp, scrolls: w.__scrolls, clicks: w.__clicks } satisfies Seen; // prettier-ignore
      });
      console.log(
        `${name.padEnd(7)} run ${r + 1}: long tasks [${s.long.join(', ')}] ms; ` +
          (click ? `the click ${s.clicks.join(', ') || '< 16'} ms; ` : `LCP ${Math.round(s.lcp)} ms; `) +
          `CLS ${s.cls.toFixed(4)}; ${s.scrolls.length} scrolls: ${s.scrolls.join(', ')}`,
      ); // prettier-ignore
      for (const m of s.moved) console.log(`          moved at ${m}`);
      await context.close();
    }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
console.log(
  `re-run: npx tsx bench/deep-link.ts --path='${path}'${click ? ` --click=${click}` : ''} --width=${width} --runs=${runs}`,
);
