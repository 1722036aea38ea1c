// Chapter list (from the build-time index) and lazy loaders for each chapter's Markdown.
import { chapters as index } from 'virtual:chapter-index';
import type { ChapterMeta } from '../notebook/frontMatter';

export const CHAPTERS: ChapterMeta[] = index;

const sources = import.meta.glob<string>('/content/*.md', { query: '?raw', import: 'default' });

export function findChapter(slug: string): ChapterMeta | undefined {
  return CHAPTERS.find((c) => c.slug === slug);
}

export function loadChapterSource(slug: string): Promise<string> {
  const load = sources[`/content/${slug}.md`];
  if (!load) return Promise.reject(new Error(`없는 장이에요: ${slug}`));
  return load();
}

/** Previous and next pages in reading order (chapters, then appendix pages like the glossary). */
export function neighbours(slug: string): { prev?: ChapterMeta; next?: ChapterMeta } {
  const i = CHAPTERS.findIndex((c) => c.slug === slug);
  return { prev: i > 0 ? CHAPTERS[i - 1] : undefined, next: i >= 0 ? CHAPTERS[i + 1] : undefined };
}

export function chapterLabel(c: ChapterMeta): string {
  return c.number !== null ? `${c.number}장 ${c.title}` : c.title;
}
