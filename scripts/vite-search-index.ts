// The search index: every chapter and the glossary, cut into sections at their `##`/`###`
// headings and indexed with MiniSearch (src/app/search/*) at build time, written as one JSON
// asset (`assets/search-index-<hash>.json`). `virtual:search-index` gives the page its URL; the
// search box fetches it only when the reader first uses it. The dev server builds it on request
// and again after a chapter changes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as Builder from '../src/app/search/buildIndex.ts';
import { readChapterIndex } from './vite-chapter-index.ts';

const ID = 'virtual:search-index';
const RESOLVED = '\0' + ID;

/** The index of the pages in `<root>/content`, as the JSON text of the asset. */
export async function searchIndexJson(root = process.cwd()): Promise<string> {
  // the builder shares the pages' remark pipeline (src/): run it through Vite's module runner
  const { module } = await runnerImport<typeof Builder>(
    resolve(root, 'src/app/search/buildIndex.ts'),
    { root, logLevel: 'error' },
  );
  const contentDir = resolve(root, 'content');
  const pages = readChapterIndex(contentDir).map((c) => ({
    slug: c.slug,
    appendix: c.number === null,
    // as chapterLabel() in src/app/chapters.ts
    label: c.number !== null ? `${c.number}장 ${c.title}` : c.title,
    source: readFileSync(resolve(contentDir, `${c.slug}.md`), 'utf8'),
  }));
  return JSON.stringify(module.buildSearchIndex(pages));
}

export function searchIndexPlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  let assetsDir = 'assets';
  let built: Promise<{ json: string; fileName: string }> | undefined;
  const current = () =>
    (built ??= searchIndexJson(root).then((json) => {
      const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
      return { json, fileName: `${assetsDir}/search-index-${hash}.json` };
    }));
  return {
    name: 'search-index',
    configResolved(config) {
      root = config.root;
      base = config.base;
      assetsDir = config.build.assetsDir;
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return;
      const { fileName } = await current();
      return `export const searchIndexUrl = ${JSON.stringify(base + fileName)};`;
    },
    async generateBundle() {
      if (this.environment.name !== 'client') return;
      const { fileName, json } = await current();
      this.emitFile({ type: 'asset', fileName, source: json });
    },
    configureServer(server) {
      const prefix = `${base}${assetsDir}/search-index-`;
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith(prefix)) return next();
        current().then(({ json }) => {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(json);
        }, next);
      });
    },
    handleHotUpdate({ file, server }) {
      if (!file.includes('/content/') || !file.endsWith('.md')) return;
      built = undefined;
      const mod = server.moduleGraph.getModuleById(RESOLVED);
      if (mod) server.moduleGraph.invalidateModule(mod);
    },
  };
}
