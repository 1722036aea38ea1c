// Bundle sizes of the production build: the JavaScript a chapter page needs before any widget
// chunk (budget: 250 KB gzipped), and the lazy chunks (tfjs, recharts, widgets) beside it.
// Run after `npm run build`: `npm run bench:size`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const kb = (n) => (n / 1024).toFixed(1);

// What a chapter page loads up front: the entry script, its modulepreloads and CSS.
const chapterDir = readdirSync(dist).find((d) => /^\d\d-/.test(d)) ?? '';
const html = readFileSync(
  join(dist, chapterDir ? `${chapterDir}/index.html` : 'index.html'),
  'utf8',
);
const initial = [
  ...html.matchAll(/(?:src|href)="\/?((?:[^"]*\/)?assets\/[^"]+\.(?:js|css))"/g),
].map((m) => m[1].replace(/^.*?(assets\/)/, '$1'));
const initialJs = initial.filter((f) => f.endsWith('.js'));
const initialCss = initial.filter((f) => f.endsWith('.css'));
const jsTotal = initialJs.reduce((s, f) => s + gz(f), 0);
const cssTotal = initialCss.reduce((s, f) => s + gz(f), 0);

console.log('\n## Bundle size (gzipped)\n');
console.log('| what | files | KB gz |');
console.log('|---|---|---:|');
console.log(`| initial JS of a chapter page | ${initialJs.length} | ${kb(jsTotal)} (budget 250) |`);
console.log(`| initial CSS | ${initialCss.length} | ${kb(cssTotal)} |`);
const lazy = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !initialJs.includes(`assets/${f}`))
  .map((f) => ({ f, size: gz(`assets/${f}`) }))
  .sort((a, b) => b.size - a.size);
for (const { f, size } of lazy.slice(0, 12)) console.log(`| lazy: ${f} | 1 | ${kb(size)} |`);
console.log(
  `| lazy chunks in all | ${lazy.length} | ${kb(lazy.reduce((s, x) => s + x.size, 0))} |`,
);
if (jsTotal > 250 * 1024) {
  console.log(`\nInitial JS ${kb(jsTotal)} KB is over the 250 KB budget.`);
  process.exitCode = 1;
}
