// One chapter page as it is written to HTML at build time: header, table of contents, the
// chapter's text with math and figures, previous/next links, footer. Widgets are island frames
// (mounted in the browser); nothing here runs in the browser.
import type { ChapterMeta } from '../notebook/frontMatter';
import type { OutlineHeading } from '../notebook/remarkNotebook';
import { StaticMarkdown, type LoadedFigures } from '../notebook/StaticMarkdown';
import { chapterLabel } from './chapters';
import { chapterHref } from './router';
import { SiteFooter, SiteHeader } from './SiteShell';
import { Toc } from './Toc';

export interface StaticChapterProps {
  body: string;
  bodyLine: number;
  headings: OutlineHeading[];
  prev?: ChapterMeta;
  next?: ChapterMeta;
  figures: LoadedFigures;
  /** a page that is not a numbered chapter (the glossary): "이 페이지", not "이 장" */
  appendix?: boolean;
}

export function StaticChapter({
  body,
  bodyLine,
  headings,
  prev,
  next,
  figures,
  appendix = false,
}: StaticChapterProps) {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <div className="chapter-layout">
          <Toc headings={headings} label={appendix ? '이 페이지의 차례' : '이 장의 차례'} />
          <article className="chapter" lang="ko">
            <StaticMarkdown source={body} lineOffset={bodyLine - 1} figures={figures} />
            <nav
              className="pager"
              aria-label={appendix ? '이전 페이지와 다음 페이지' : '이전 장과 다음 장'}
            >
              {prev ? (
                <a className="pager-prev" href={chapterHref(prev.slug)}>
                  <span className="pager-dir">← 이전</span> {chapterLabel(prev)}
                </a>
              ) : (
                <span />
              )}
              {next && (
                <a className="pager-next" href={chapterHref(next.slug)}>
                  <span className="pager-dir">다음 →</span> {chapterLabel(next)}
                </a>
              )}
            </nav>
          </article>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
