// Which backend the site itself picks on this machine: chapter 6 of a build opened without
// `?backend=` in a fresh profile (nothing remembered), so the engine's worker runs its probe
// (src/engine/backend/probe.ts: webgl against wasm on the site's workloads); prints the choice,
// the probe's timings and reason as the engine badge holds them. Three fresh profiles in a row.
// With bench/chromium-args.ts' flags (BENCH_GPU=1: the machine's GPU). Not a test.
//   npx tsx bench/backend-pick.ts [--dist=dist]
import { chromium } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { benchChromiumArgs } from './chromium-args';

const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? 'dist';
const server = await startStaticServer(dist);
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: benchChromiumArgs(),
});
try {
  for (let i = 1; i <= 3; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${server.url}/06-learning-techniques/`);
    const badge = page.locator('[data-engine-status][data-backend-source]');
    await badge.waitFor({ state: 'attached', timeout: 60_000 });
    const [choice, source, probeMs, title] = await Promise.all(
      ['data-backend-choice', 'data-backend-source', 'data-probe-ms', 'title'].map((a) =>
        badge.getAttribute(a),
      ),
    );
    console.log(
      `profile ${i}: ${choice} (${source}, probe ${probeMs} ms) — ${(title ?? '').replace(/\n/g, ' | ')}`,
    );
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
}
