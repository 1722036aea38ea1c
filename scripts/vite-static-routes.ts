// The static build writes one index.html per route (each chapter, the playground) and a 404.html,
// all copies of the app shell with the page's own <title>, so any static file server can serve
// deep links like /06-learning-techniques/#배치-정규화 without a rewrite rule.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readChapterIndex } from './vite-chapter-index.ts';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

export function staticRoutesPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'static-routes',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const html = readFileSync(resolve(outDir, 'index.html'), 'utf8');
      const page = (fileName: string, title: string) => {
        const file = resolve(outDir, fileName);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(
          file,
          html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`),
        );
      };
      for (const ch of readChapterIndex())
        page(`${ch.slug}/index.html`, `${ch.title} — 밑바닥 노트북`);
      page('playground/index.html', '마크다운 놀이터 — 밑바닥 노트북');
      page('404.html', '페이지를 찾을 수 없어요 — 밑바닥 노트북');
    },
  };
}
