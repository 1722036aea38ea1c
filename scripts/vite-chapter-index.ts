// `virtual:chapter-index`: the chapters' metadata (slug, number, title, summary) read from
// content/*.md at build time, so the home page and navigation need no chapter text up front.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { chapterMeta, compareChapters, type ChapterMeta } from '../src/notebook/frontMatter.ts';

const ID = 'virtual:chapter-index';
const RESOLVED = '\0' + ID;

export function readChapterIndex(contentDir = resolve('content')): ChapterMeta[] {
  return readdirSync(contentDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => chapterMeta(f, readFileSync(resolve(contentDir, f), 'utf8')))
    .sort(compareChapters);
}

export function chapterIndexPlugin(): Plugin {
  return {
    name: 'chapter-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      // (the dev server re-reads it when a chapter changes: handleHotUpdate below)
      return `export const chapters = ${JSON.stringify(readChapterIndex(resolve('content')))};`;
    },
    handleHotUpdate({ file, server }) {
      if (file.includes('/content/') && file.endsWith('.md')) {
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
