// Where the reader was in a chapter: the heading at the top of the screen and how far past it,
// kept per chapter in localStorage and restored on the next visit or reload. A pixel offset
// alone would not do: the far sections of a chapter are laid out lazily (chapter.css), so the
// page's height above a point differs from one visit to the next. A #heading in the URL wins.
import { drawAbove } from './settleSectionHeights';

const KEY = (slug: string) => `scroll:${slug}`;

export interface Spot {
  id: string;
  /** Pixels from the heading's top to the top of the screen. */
  offset: number;
  /** The heading's words, for the home page's "이어 읽기" (absent in spots kept before it). */
  title?: string;
}

/** A heading's own words: not its "#" link, nor a formula's MathML copy. */
function headingText(h: Element): string {
  const copy = h.cloneNode(true) as Element;
  copy.querySelectorAll('.heading-anchor, .katex-mathml').forEach((e) => e.remove());
  return (copy.textContent ?? '').trim();
}

/** The spot kept for a chapter, or null (never scrolled in it, or back at its top). */
export function savedSpot(slug: string): Spot | null {
  try {
    const v = JSON.parse(localStorage.getItem(KEY(slug)) ?? 'null') as Spot | null;
    return v && typeof v.id === 'string' && Number.isFinite(v.offset) ? v : null;
  } catch {
    return null;
  }
}

/**
 * Lays out for good the sections that hold `el`: a section far from the screen is skipped at a
 * placeholder height (chapter.css), so a point below its top is not where the page will draw it
 * (a reader who left off in a long section came back to the chapter's end, and its widget never
 * mounted there).
 */
function pinSections(el: Element): void {
  for (
    let s = el.closest('.chapter-section');
    s;
    s = s.parentElement?.closest('.chapter-section') ?? null
  )
    s.setAttribute('data-pinned', '');
}

/** Scrolls to the URL's #heading, else to the remembered spot; then keeps the spot up to date. */
export function rememberScroll(slug: string, article: Element): () => void {
  history.scrollRestoration = 'manual';
  const byId = (id: string) => document.getElementById(id);
  const hash = decodeURIComponent(window.location.hash.slice(1));
  const saved = savedSpot(slug);
  if (hash && byId(hash)) {
    pinSections(byId(hash)!);
    drawAbove(byId(hash)!);
    byId(hash)?.scrollIntoView();
  } else if (saved && byId(saved.id)) {
    pinSections(byId(saved.id)!);
    drawAbove(byId(saved.id)!);
    // exactly `offset` pixels past the heading's top (scrollIntoView would add scroll-padding)
    const top = byId(saved.id)!.getBoundingClientRect().top;
    window.scrollTo(0, window.scrollY + top + saved.offset);
  }

  const headings = [...article.querySelectorAll<HTMLElement>('h1[id], h2[id], h3[id]')];
  /** The last heading above the top of the screen (binary search: tops grow down the page). */
  const lastAbove = () => {
    let lo = 0;
    let hi = headings.length - 1;
    let found: HTMLElement | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid].getBoundingClientRect().top <= 0) {
        found = headings[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const save = () => {
    const last = lastAbove();
    try {
      if (!last || window.scrollY < 50) localStorage.removeItem(KEY(slug));
      else
        localStorage.setItem(
          KEY(slug),
          JSON.stringify({
            id: last.id,
            offset: Math.round(-last.getBoundingClientRect().top),
            title: headingText(last),
          } satisfies Spot),
        );
    } catch {
      /* storage full or blocked: nothing is remembered */
    }
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') save();
  };
  window.addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    window.removeEventListener('pagehide', save);
    document.removeEventListener('visibilitychange', onHide);
  };
}
