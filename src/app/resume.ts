// Where the reader left off, for the home page's "이어 읽기": the chapter opened last (progress.ts
// keeps when each was opened) and, if they had scrolled into it, the heading they were under
// (scrollMemory.ts). The link is the chapter's plain address: opening it brings them back to that
// spot, as any visit does.
import type { ChapterMeta } from '../notebook/frontMatter';
import type { Progress } from './progress';
import { savedSpot } from './scrollMemory';

export interface Resume {
  chapter: ChapterMeta;
  /** the heading the reader was under, or null (at the chapter's top, or kept before titles) */
  heading: string | null;
}

/** The numbered chapter opened last, with its kept heading; null before any chapter was opened. */
export function resumePoint(progress: Progress, chapters: readonly ChapterMeta[]): Resume | null {
  let last: ChapterMeta | null = null;
  let at = '';
  for (const c of chapters) {
    const openedAt = progress[c.slug]?.openedAt;
    if (c.number !== null && typeof openedAt === 'string' && openedAt > at) {
      last = c;
      at = openedAt;
    }
  }
  return last && { chapter: last, heading: savedSpot(last.slug)?.title || null };
}
