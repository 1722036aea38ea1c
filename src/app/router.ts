// Path routing over the History API: `/` home, `/<chapter-slug>/` a chapter, `/playground/` the
// Markdown playground. The static build writes an index.html for each route, so deep links work
// on any static file server; BASE_URL lets the site live under a sub-path.
import { useSyncExternalStore } from 'react';

export const BASE = import.meta.env.BASE_URL;

export type Route =
  | { kind: 'home' }
  | { kind: 'chapter'; slug: string }
  | { kind: 'playground' }
  | { kind: 'notFound'; path: string };

export function parseRoute(pathname: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
  const seg = decodeURIComponent(rest).replace(/\/?(index\.html)?$/, '');
  if (seg === '') return { kind: 'home' };
  if (seg === 'playground') return { kind: 'playground' };
  if (/^[\w-]+$/.test(seg)) return { kind: 'chapter', slug: seg };
  return { kind: 'notFound', path: pathname };
}

export function chapterHref(slug: string, hash?: string): string {
  return `${BASE}${slug}/${hash ? `#${hash}` : ''}`;
}

/** `04-neural-network-learning.md#손실-함수` (a link between chapter files) → the chapter's URL. */
export function resolveContentLink(href: string): string | null {
  const m = /^(?:\.\/)?([\w-]+)\.md(?:#(.*))?$/.exec(href);
  return m ? chapterHref(m[1], m[2]) : null;
}

const listeners = new Set<() => void>();
function emit() {
  for (const l of listeners) l();
}
if (typeof window !== 'undefined') window.addEventListener('popstate', emit);

export function navigate(href: string): void {
  const url = new URL(href, window.location.href);
  // Carry a forced backend along, so a reader comparing backends keeps theirs.
  const backend = new URLSearchParams(window.location.search).get('backend');
  if (backend && !url.searchParams.has('backend')) url.searchParams.set('backend', backend);
  window.history.pushState(null, '', url);
  emit();
  if (!url.hash) window.scrollTo(0, 0);
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}
const snapshot = () => window.location.pathname;

/** The current pathname, re-rendering on navigation. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** Clicks on same-site links navigate without a page load. */
export function onLinkClick(e: React.MouseEvent<HTMLAnchorElement>, href: string): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const url = new URL(href, window.location.href);
  if (url.origin !== window.location.origin || !url.pathname.startsWith(BASE)) return;
  e.preventDefault();
  if (url.pathname === window.location.pathname && url.hash) {
    window.history.pushState(null, '', url);
    document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView();
    return;
  }
  navigate(url.href);
}
