// Build-time rendering of the chapters (loaded by scripts/vite-static-routes.ts through Vite's
// SSR module loader, in `npm run build` and in the dev server): each chapter's Markdown becomes
// the HTML of its page — text, KaTeX math, figures and the widgets' island frames.
import { renderToString } from 'react-dom/server';
import { outline } from '../notebook/pipeline';
import { loadFigures, type LoadedFigures } from '../notebook/StaticMarkdown';
import { CHAPTERS, findChapter, loadChapterSource, neighbours } from './chapters';
import { StaticChapter } from './StaticChapter';

export interface RenderedChapter {
  slug: string;
  /** The page's <title>. */
  title: string;
  /** What goes inside <div id="root">. */
  html: string;
}

let figures: Promise<LoadedFigures> | undefined;

export function chapterSlugs(): string[] {
  return CHAPTERS.map((c) => c.slug);
}

export async function renderChapter(slug: string): Promise<RenderedChapter> {
  const meta = findChapter(slug);
  if (!meta) throw new Error(`no chapter ${slug}`);
  const doc = outline(await loadChapterSource(slug));
  const { prev, next } = neighbours(slug);
  const html = renderToString(
    <StaticChapter
      body={doc.body}
      bodyLine={doc.bodyLine}
      headings={doc.headings}
      appendix={meta.number === null}
      prev={prev}
      next={next}
      figures={await (figures ??= loadFigures())}
    />,
  );
  return { slug, title: `${meta.title} — 밑바닥 노트북`, html };
}
