// What adding the Korean font's @font-face rules to a page that is already drawn costs: the CSS
// parsed, then the whole page restyled and laid out again (a rule for a family in body's
// font-family changes which font every text run may use). Measured on a built chapter, the
// page's own rules held back, a <style> added and the layout read, median of 12 alternated
// rounds; for one rule, the site's rules (the 74 in every page's first CSS since stop 40) and
// all 248. Why the rules are in the first CSS, not added after the first paint.
//   npm run build && npx tsx bench/font-rules-cost.ts [--page=/05-backpropagation/] [--throttle=4]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { fontFaceRules } from '../scripts/vite-site-font';
import { CHROMIUM_ARGS, requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const path = arg('page') ?? '/05-backpropagation/';
const throttle = Number(arg('throttle') ?? 4);
const assets = join('dist', 'assets');
const notoRules = (test: (f: string) => boolean) =>
  readdirSync(assets)
    .filter((f) => f.endsWith('.css') && test(f))
    .flatMap((f) => fontFaceRules(readFileSync(join(assets, f), 'utf8')))
    .filter((r) => /font-family:\s*["']?Noto Sans KR/.test(r));
const site = notoRules((f) => !f.startsWith('fontsRest-'));
const rest = notoRules((f) => f.startsWith('fontsRest-'));
const variants: Record<string, string> = {
  'one rule': site[0],
  [`site rules (${site.length})`]: site.join(''),
  [`all rules (${site.length + rest.length})`]: [...site, ...rest].join(''),
};

const server = await startStaticServer('dist', { compress: true });
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
  // the page's first CSS without its Noto rules: the page as drawn before they come
  await page.route(/\/assets\/[\w-]+\.css$/, async (route) => {
    const res = await route.fetch();
    const css = (await res.text()).replace(/@font-face\{[^}]*Noto Sans KR[^}]*\}/g, '');
    await route.fulfill({ response: res, body: css });
  });
  await page.goto(server.url + path);
  await page.waitForTimeout(3000);
  const held = await page.evaluate(
    () => [...document.fonts].filter((f) => f.family.includes('Noto Sans KR')).length,
  );
  if (held) throw new Error(`the page kept ${held} of its own Noto Sans KR rules`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const names = Object.keys(variants);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < 12; round++) {
    const order = round % 2 ? [...names].reverse() : names;
    for (const name of order) {
      times[name].push(
        await page.evaluate((css) => {
          const style = document.createElement('style');
          const t0 = performance.now();
          style.textContent = css;
          document.head.append(style);
          void document.body.offsetHeight; // style and layout, now
          const ms = performance.now() - t0;
          style.remove();
          void document.body.offsetHeight;
          return ms;
        }, variants[name]),
      );
      await page.waitForTimeout(100);
    }
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
  console.log(`\n## The font's rules added to ${path} once drawn (CPU ${throttle}× slower)\n`);
  console.log('| rules | ms (median of 12) |\n|---|---:|');
  for (const n of names) console.log(`| ${n} | ${median(times[n]).toFixed(1)} |`);
} finally {
  await browser.close();
  await server.close();
}
