// How much of each chapter moves under a reader's eyes while they read it down (what Cumulative
// Layout Shift adds up: the shifts no input caused), in headless Chromium on a production build:
// each chapter opened at its top, scrolled down 600 px every 400 ms to its end (widgets mount on
// the way and load), then 2 s of rest. Prints the total per chapter and width, and every shift
// over 0.002 with what moved (element, y before → after). Google counts ≤ 0.1 as good.
//
//   npm run build && npx tsx bench/layout-shifts.ts [--widths=390,1280] [--dist=dist]
//                                                   [--chapters=02-perceptron,08-deep-learning]
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { RECORD_SHIFTS } from '../tests/e2e/layout-watch';
import { benchChromiumArgs } from './chromium-args';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const DIST = resolve(arg('dist', 'dist'));
const WIDTHS = arg('widths', '390,1280').split(',').map(Number);
const chapters = arg('chapters', readdirSync(DIST).filter((d) => /^0\d-/.test(d)).join(',')).split(','); // prettier-ignore

const server = await startStaticServer(DIST);
const browser = await chromium.launch({ executablePath: requireChromium(), args: benchChromiumArgs() }); // prettier-ignore
const totals: Record<string, Record<number, number>> = {};
try {
  for (const width of WIDTHS) {
    for (const ch of chapters) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.addInitScript(RECORD_SHIFTS);
      await page.goto(`${server.url}/${ch}/`);
      await page.waitForTimeout(1500);
      for (
        let y = 0;
        y < ((await page.evaluate('document.documentElement.scrollHeight')) as number);
        y += 600
      ) {
        // prettier-ignore
        await page.evaluate(`scrollTo(0, ${y})`);
        await page.waitForTimeout(400);
      }
      await page.waitForTimeout(2000);
      const shifts = (await page.evaluate('window.__shifts')) as string[];
      const total = shifts.reduce((s, e) => s + parseFloat(e), 0);
      (totals[ch] ??= {})[width] = total;
      console.log(`${width} px  ${ch}  ${total.toFixed(4)}`);
      for (const s of shifts.filter((e) => parseFloat(e) > 0.002)) console.log(`    ${s.slice(0, 200)}`); // prettier-ignore
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(JSON.stringify(totals));
