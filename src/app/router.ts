// Path routing over the History API: `/` home, `/<chapter-slug>/` a chapter, `/playground/` the
// Markdown playground. The static build writes an index.html for each route, so deep links work
// on any static file server; BASE_URL lets the site live under a sub-path. The link helpers
// live in the notebook (which renders the links); the router re-renders on their navigations.
import { useSyncExternalStore } from 'react';
import { BASE, onNavigate } from '../notebook/links';

export { BASE, chapterHref, navigate, onLinkClick, resolveContentLink } from '../notebook/links';

export type Route =
  | { kind: 'home' }
  | { kind: 'chapter'; slug: string }
  | { kind: 'playground' }
  | { kind: 'notFound'; path: string };

export function parseRoute(pathname: string): Route {
  const rest = pathname.startsWith(BASE)
    ? pathname.slice(BASE.length)
    : pathname.replace(/^\//, '');
  const seg = decodeURIComponent(rest).replace(/\/?(index\.html)?$/, '');
  if (seg === '') return { kind: 'home' };
  if (seg === 'playground') return { kind: 'playground' };
  if (/^[\w-]+$/.test(seg)) return { kind: 'chapter', slug: seg };
  return { kind: 'notFound', path: pathname };
}

function subscribe(l: () => void) {
  const off = onNavigate(l);
  window.addEventListener('popstate', l);
  return () => {
    off();
    window.removeEventListener('popstate', l);
  };
}
const snapshot = () => window.location.pathname;

/** The current pathname, re-rendering on navigation (links and the back/forward buttons). */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
