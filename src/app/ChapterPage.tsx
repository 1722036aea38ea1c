// One chapter: its Markdown (loaded lazily), table of contents, and previous/next links.
import { useEffect, useMemo, useState } from 'react';
import { Markdown } from '../notebook/Markdown';
import { outline } from '../notebook/pipeline';
import { ErrorCard } from '../notebook/ErrorCard';
import { chapterLabel, findChapter, loadChapterSource, neighbours } from './chapters';
import { chapterHref, onLinkClick } from './router';
import { NotFound } from './NotFound';
import { Toc } from './Toc';

/** Scrolls to the URL's #heading once the chapter is on the page (deep links survive reloads). */
function useScrollToHash(ready: boolean) {
  useEffect(() => {
    if (!ready || !window.location.hash) return;
    const id = decodeURIComponent(window.location.hash.slice(1));
    document.getElementById(id)?.scrollIntoView();
  }, [ready]);
}

/**
 * Display math and code blocks that overflow on a narrow screen scroll sideways; those (and only
 * those) become focusable so keyboard users can scroll them too.
 */
function useFocusableOverflow(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const mark = () => {
      for (const el of document.querySelectorAll<HTMLElement>(
        'article.chapter .katex-display, article.chapter pre',
      )) {
        if (el.scrollWidth > el.clientWidth + 1) {
          el.tabIndex = 0;
          el.setAttribute('role', 'region');
          el.setAttribute(
            'aria-label',
            el.tagName === 'PRE' ? '코드 (옆으로 스크롤)' : '수식 (옆으로 스크롤)',
          );
        } else if (el.hasAttribute('tabindex')) {
          el.removeAttribute('tabindex');
          el.removeAttribute('role');
          el.removeAttribute('aria-label');
        }
      }
    };
    // Re-check whenever the article's size changes (fonts, widgets and figures arriving, resizes).
    const article = document.querySelector('article.chapter');
    const observer = new ResizeObserver(() => mark());
    if (article) observer.observe(article);
    return () => observer.disconnect();
  }, [ready]);
}

export function ChapterPage({ slug }: { slug: string }) {
  const meta = findChapter(slug);
  const [loaded, setLoaded] = useState<{ slug: string; source?: string; error?: string } | null>(
    null,
  );

  useEffect(() => {
    if (!meta) return;
    let live = true;
    loadChapterSource(slug).then(
      (source) => live && setLoaded({ slug, source }),
      (e: unknown) =>
        live && setLoaded({ slug, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [slug, meta]);

  useEffect(() => {
    if (meta) document.title = `${meta.title} — 밑바닥 노트북`;
  }, [meta]);

  const current = loaded?.slug === slug ? loaded : null;
  const doc = useMemo(
    () => (current?.source !== undefined ? outline(current.source) : null),
    [current],
  );
  useScrollToHash(doc !== null);
  useFocusableOverflow(doc !== null);

  if (!meta) return <NotFound />;
  const { prev, next } = neighbours(slug);
  return (
    <div className="chapter-layout">
      {doc && <Toc headings={doc.headings} />}
      <article className="chapter" lang="ko">
        {current?.error && <ErrorCard title="장을 불러오지 못했어요">{current.error}</ErrorCard>}
        {!current && <p className="chapter-loading">불러오는 중…</p>}
        {doc && <Markdown source={doc.body} lineOffset={doc.bodyLine - 1} />}
        <nav className="pager" aria-label="이전 장과 다음 장">
          {prev ? (
            <a
              className="pager-prev"
              href={chapterHref(prev.slug)}
              onClick={(e) => onLinkClick(e, chapterHref(prev.slug))}
            >
              <span className="pager-dir">← 이전</span> {chapterLabel(prev)}
            </a>
          ) : (
            <span />
          )}
          {next && (
            <a
              className="pager-next"
              href={chapterHref(next.slug)}
              onClick={(e) => onLinkClick(e, chapterHref(next.slug))}
            >
              <span className="pager-dir">다음 →</span> {chapterLabel(next)}
            </a>
          )}
        </nav>
      </article>
    </div>
  );
}
