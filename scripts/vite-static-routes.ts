// Static pages. Each chapter is pre-rendered: `chapter.html` (built by Vite with the chapter
// entry's scripts and styles) is filled with the chapter's HTML — text, KaTeX math, figures,
// widget island frames — rendered by src/app/prerender.tsx through Vite's SSR module loader, and
// written as `<slug>/index.html`. The client app (index.html) is copied for the playground and
// 404.html. Any static file server then serves every route, deep links included. The dev server
// renders chapters the same way on request.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import react from '@vitejs/plugin-react';
import { chapterIndexPlugin, readChapterIndex } from './vite-chapter-index.ts';
import { katexFontsOf } from './katex-fonts.ts';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

interface Prerender {
  renderChapter(slug: string): Promise<{ title: string; html: string }>;
}

/**
 * `<link rel="preload">` of the KaTeX fonts the page's math is drawn in (katex-fonts.ts), where the
 * build has them: `url` maps `KaTeX_Main-Regular` to its file. Low priority: the page's text and
 * its Korean font come first; the math's fonts are then in before the page lays out formulas far
 * down (a link deep into the chapter, a reader scrolling there).
 */
function fontPreloads(html: string, url: (font: string) => string | undefined): string {
  return katexFontsOf(html)
    .map((font) => url(font))
    .filter((href) => href !== undefined)
    .map(
      (href) =>
        `<link rel="preload" as="font" type="font/woff2" href="${href}" crossorigin fetchpriority="low">`,
    )
    .join('');
}

/** The chapter's page: the template with its title, description, pre-rendered body and fonts. */
async function fillChapter(
  template: string,
  slug: string,
  server: ViteDevServer,
  fontUrl: (font: string) => string | undefined = () => undefined,
) {
  const mod = (await server.ssrLoadModule('/src/app/prerender.tsx')) as Prerender;
  const page = await mod.renderChapter(slug);
  const summary = readChapterIndex().find((c) => c.slug === slug)?.summary;
  let html = template
    .replace('<!--title-->', escapeHtml(page.title))
    .replace('<!--chapter-->', () => page.html)
    .replace('</head>', () => `${fontPreloads(page.html, fontUrl)}</head>`);
  if (summary)
    html = html.replace(
      /(<meta\s+name="description"\s+content=")[^"]*"/,
      (_, head: string) => `${head}${escapeHtml(summary)}"`,
    );
  return html;
}

export function staticRoutesPlugin(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  let base = '/';
  return {
    name: 'static-routes',
    configResolved(config) {
      root = config.root;
      base = config.base;
      outDir = resolve(config.root, config.build.outDir);
    },
    // `npm run dev`: /<chapter>/ is rendered on request, like the build writes it.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split(/[?#]/)[0]);
        const slug = /^\/([\w-]+)\/(index\.html)?$/.exec(path.slice(base.length - 1))?.[1];
        if (!slug || !readChapterIndex().some((c) => c.slug === slug)) return next();
        const template = readFileSync(resolve(root, 'chapter.html'), 'utf8');
        server
          .transformIndexHtml(req.url ?? '/', template)
          .then((t) => fillChapter(t, slug, server))
          .then((html) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(html);
          }, next);
      });
    },
    async writeBundle(_options, bundle) {
      if (this.environment.name !== 'client') return;
      // KaTeX's fonts as the build emitted them: `KaTeX_Main-Regular` → /assets/KaTeX_Main-Regular-<hash>.woff2
      const fonts = new Map<string, string>();
      for (const fileName of Object.keys(bundle)) {
        const font = /(KaTeX_\w+?-(?:BoldItalic|Regular|Bold|Italic))-[\w-]+\.woff2$/.exec(
          fileName,
        )?.[1];
        if (font) fonts.set(font, `${base}${fileName}`);
      }
      const write = (fileName: string, html: string) => {
        const file = resolve(outDir, fileName);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, html);
      };
      // a throwaway SSR loader over the same sources (its own plugins: no recursion into this one)
      const server = await createServer({
        root,
        base,
        configFile: false,
        logLevel: 'error',
        plugins: [react(), chapterIndexPlugin()],
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const template = readFileSync(resolve(outDir, 'chapter.html'), 'utf8');
        for (const ch of readChapterIndex())
          write(
            `${ch.slug}/index.html`,
            await fillChapter(template, ch.slug, server, (f) => fonts.get(f)),
          );
      } finally {
        await server.close();
      }
      rmSync(resolve(outDir, 'chapter.html'));
      const app = readFileSync(resolve(outDir, 'index.html'), 'utf8');
      const titled = (title: string) =>
        app.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
      write('playground/index.html', titled('마크다운 놀이터 — 밑바닥 노트북'));
      write('404.html', titled('페이지를 찾을 수 없어요 — 밑바닥 노트북'));
    },
  };
}
