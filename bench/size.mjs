// Bundle sizes of the production build: each pre-rendered chapter's HTML and the JavaScript it
// needs before any widget chunk (budget: 120 KB gzipped), and the lazy chunks beside it.
// Run after `npm run build`: `npm run bench:size` (BENCH_DIST=folder: another build than dist/).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.env.BENCH_DIST ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const kb = (n) => (n / 1024).toFixed(1);

// What each pre-rendered chapter page loads up front: its HTML (text, math, figures), and the
// entry script with its modulepreloads and CSS (widgets load later, each near the viewport).
const assetsOf = (html) =>
  [...html.matchAll(/(?:src|href)="\/?((?:[^"]*\/)?assets\/[^"]+\.(?:js|css))"/g)].map((m) =>
    m[1].replace(/^.*?(assets\/)/, '$1'),
  );
const sum = (files) => files.reduce((s, f) => s + gz(f), 0);
const chapterDirs = readdirSync(dist)
  .filter((d) => /^(\d\d-|glossary$)/.test(d) && existsSync(join(dist, d, 'index.html')))
  .sort();
const pages = chapterDirs.map((d) => {
  const html = readFileSync(join(dist, d, 'index.html'));
  const assets = assetsOf(html.toString('utf8'));
  const js = assets.filter((f) => f.endsWith('.js'));
  return {
    d,
    htmlGz: gzipSync(html).length,
    js,
    jsGz: sum(js),
    cssGz: sum(assets.filter((f) => f.endsWith('.css'))),
  };
});
const BUDGET = 120;
const initialJs = [...new Set(pages.flatMap((p) => p.js))];
const jsTotal = Math.max(0, ...pages.map((p) => p.jsGz));
const home = assetsOf(readFileSync(join(dist, 'index.html'), 'utf8')).filter((f) =>
  f.endsWith('.js'),
);

console.log('\n## Bundle size (gzipped)\n');
console.log('| page | HTML KB gz | initial JS KB gz | initial CSS KB gz |');
console.log('|---|---:|---:|---:|');
for (const p of pages)
  console.log(`| ${p.d}/ | ${kb(p.htmlGz)} | ${kb(p.jsGz)} (budget ${BUDGET}) | ${kb(p.cssGz)} |`);
console.log(`| home (client app) | — | ${kb(sum(home))} | — |`);
const lazy = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !initialJs.includes(`assets/${f}`))
  .map((f) => ({ f, size: gz(`assets/${f}`) }))
  .sort((a, b) => b.size - a.size);
console.log('\n| lazy chunk | KB gz |');
console.log('|---|---:|');
for (const { f, size } of lazy.slice(0, 12)) console.log(`| ${f} | ${kb(size)} |`);
console.log(`| ${lazy.length} lazy chunks in all | ${kb(lazy.reduce((s, x) => s + x.size, 0))} |`);
if (!pages.length) {
  console.log('\nNo pre-rendered chapter pages in the build.');
  process.exitCode = 1;
} else if (jsTotal > BUDGET * 1024) {
  console.log(`\nInitial JS ${kb(jsTotal)} KB of a chapter is over the ${BUDGET} KB budget.`);
  process.exitCode = 1;
}

// The Korean web font (Noto Sans KR, split by unicode-range): what a chapter downloads where no
// Korean system font exists — the woff2 subsets its Markdown's characters fall in (regular for
// all the text; bold for headings and **bold** runs). Widgets' own labels may add a few more.
// Every page's first CSS has the rules of the subsets that hold the site's own text
// (scripts/vite-site-font.ts); the others come in `fontsRest-*.css` with the search box.
const cssFiles = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.css'));
const facesIn = (files) =>
  files
    .map((f) => readFileSync(join(dist, 'assets', f), 'utf8'))
    .flatMap((css) => [...css.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => m[1]))
    .filter((b) => /font-family:\s*["']?Noto Sans KR/.test(b));
const siteFaces = facesIn(cssFiles.filter((f) => !f.startsWith('fontsRest-')));
const restFaces = facesIn(cssFiles.filter((f) => f.startsWith('fontsRest-')));
const rulesKb = (blocks) => kb(gzipSync(blocks.map((b) => `@font-face{${b}}`).join('')).length);
const faces = siteFaces
  .map((b) => ({
    weight: Number(/font-weight:\s*(\d+)/.exec(b)?.[1]),
    file: /url\(\/?(assets\/[^)]+\.woff2)\)/.exec(b)?.[1],
    ranges: (/unicode-range:([^;]+)/.exec(b)?.[1] ?? 'U+0-10FFFF').split(',').map((r) => {
      const [a, z = a] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a, 16), parseInt(z, 16)];
    }),
  }))
  .filter((f) => f.file);
const fontBytes = (text, weight) => {
  const cps = new Set([...text].map((c) => c.codePointAt(0)));
  return faces
    .filter((f) => f.weight === weight)
    .filter((f) => [...cps].some((c) => f.ranges.some(([a, z]) => c >= a && c <= z)))
    .reduce((s, f) => s + readFileSync(join(dist, f.file)).length, 0);
};
console.log(
  `\n## Korean web font per chapter (Noto Sans KR woff2, only without a Korean system font)\n`,
);
console.log(
  `${faces.length} subsets (regular and bold) hold the site's text: their @font-face rules are in every page's first CSS, ${rulesKb(siteFaces)} KB gz; the other ${restFaces.length} come with the search box and the playground, ${rulesKb(restFaces)} KB gz.\n`,
);
console.log('| chapter | regular KB | bold KB |');
console.log('|---|---:|---:|');
for (const md of readdirSync('content').filter((f) => f.endsWith('.md'))) {
  const text = readFileSync(join('content', md), 'utf8');
  const bold = [...text.matchAll(/^#{1,6} .*$|\*\*[^*]+\*\*/gm)].map((m) => m[0]).join('');
  console.log(`| ${md} | ${kb(fontBytes(text, 400))} | ${kb(fontBytes(bold, 700))} |`);
}
