// Lighthouse (12.2.3, Node 20) on every chapter of the production build, served compressed on
// 127.0.0.1 like a production host, in the Chromium here: performance, accessibility,
// best-practices and SEO scores, and Largest Contentful Paint, Total Blocking Time and Cumulative
// Layout Shift, for the desktop and mobile presets (Lighthouse's own simulated throttling).
//
//   npm run build && npx tsx bench/lighthouse.bench.ts [--presets=desktop,mobile] [--pages=/,/02-perceptron/]
//   (BENCH_DIST=folder: another build than dist/)
//
// The last line is JSON for bench/run.mjs. Scores vary by a few points between runs here.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, requireChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dist = resolve(process.env.BENCH_DIST ?? 'dist');
const presets = (arg('presets') ?? 'desktop,mobile').split(',') as Array<'desktop' | 'mobile'>;
const pages =
  arg('pages')?.split(',') ??
  readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^(\d\d-|glossary)/.test(d.name))
    .map((d) => `/${d.name}/`)
    .sort();
const PORT = 9339;

async function waitForDevtools(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${PORT}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Chromium did not open its DevTools port');
}

const server = await startStaticServer(dist, { compress: true });
const profile = mkdtempSync(join(tmpdir(), 'lh-'));
const chrome = spawn(
  requireChromium(),
  [
    ...CHROMIUM_ARGS,
    `--remote-debugging-port=${PORT}`,
    `--user-data-dir=${profile}`,
    'about:blank',
  ],
  { stdio: 'ignore' },
);
const rows: Array<Record<string, string | number>> = [];
try {
  await waitForDevtools();
  console.log(`\n## Lighthouse 12.2.3 (${new Date().toISOString().slice(0, 10)})\n`);
  console.log('| page | preset | perf | a11y | best practices | SEO | LCP ms | TBT ms | CLS |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const page of pages) {
    for (const preset of presets) {
      const result = await lighthouse(
        server.url + page,
        { port: PORT, output: 'json', logLevel: 'error' },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`no Lighthouse result for ${page}`);
      const { categories: c, audits: a, runtimeError } = result.lhr;
      if (runtimeError)
        console.log(`| ${page} | ${preset} | ${runtimeError.code}: ${runtimeError.message} |`);
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      const row = {
        page,
        preset,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(a['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: Math.round(a['total-blocking-time']?.numericValue ?? NaN),
        cls: Number((a['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
      };
      rows.push(row);
      console.log(
        `| ${page} | ${preset} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${row.lcpMs} | ${row.tbtMs} | ${row.cls} |`,
      );
      // what cost points, for the reader of the bench (audits below 0.9 with a weight)
      const weak = Object.values(c)
        .flatMap((cat) => cat.auditRefs.filter((r) => r.weight > 0))
        .map((r) => a[r.id])
        .filter((x) => x && x.score !== null && x.score < 0.9)
        .map((x) => `${x.id} ${x.displayValue ?? x.score}`);
      if (weak.length) console.log(`|   ↳ ${weak.join('; ')} | | | | | | | | |`);
      if (process.argv.includes('--why')) {
        // where the main thread's time went, and the long tasks (what TBT counts)
        const items = (id: string) =>
          (a[id]?.details as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? [];
        for (const t of items('long-tasks').slice(0, 8))
          console.log(
            `    long task ${Math.round(Number(t.duration))} ms at ${Math.round(Number(t.startTime))} ms: ${String(t.url).replace(server.url, '')}`,
          );
        for (const t of items('mainthread-work-breakdown').slice(0, 6))
          console.log(`    ${String(t.groupLabel)}: ${Math.round(Number(t.duration))} ms`);
        for (const t of items('bootup-time').slice(0, 5))
          console.log(
            `    script ${String(t.url).replace(server.url, '')}: ${Math.round(Number(t.total))} ms (eval ${Math.round(Number(t.scripting))})`,
          );
      }
    }
  }
} finally {
  chrome.kill();
  await new Promise((r) => chrome.once('exit', r));
  await server.close();
  // Chromium's helper processes can still be writing to the profile a moment after the browser's
  // own exit (ENOTEMPTY here once, and the run's JSON line was lost): retried, as Node offers
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
console.log(JSON.stringify({ lighthouse: rows }));
