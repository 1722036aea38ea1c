// Links inside the notebook: a link between chapter files becomes the chapter's URL, and a click
// on a same-site link navigates without a page load. The app's router (src/app/router.ts)
// listens to these navigations; the notebook never imports the app.
import type { MouseEvent } from 'react';

/** Where the site lives (BASE_URL): `/`, or a sub-path such as `/notebook/`. */
export const BASE = import.meta.env.BASE_URL;

export function chapterHref(slug: string, hash?: string): string {
  return `${BASE}${slug}/${hash ? `#${hash}` : ''}`;
}

/** `04-neural-network-learning.md#손실-함수` (a link between chapter files) → the chapter's URL. */
export function resolveContentLink(href: string): string | null {
  const m = /^(?:\.\/)?([\w-]+)\.md(?:#(.*))?$/.exec(href);
  return m ? chapterHref(m[1], m[2]) : null;
}

const listeners = new Set<() => void>();

/** Calls `listener` after every navigate() (history.pushState); returns the unsubscribe. */
export function onNavigate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Goes to `href` within the page (pushState), keeping a forced `?backend=`. */
export function navigate(href: string): void {
  const url = new URL(href, window.location.href);
  // Carry a forced backend along, so a reader comparing backends keeps theirs.
  const backend = new URLSearchParams(window.location.search).get('backend');
  if (backend && !url.searchParams.has('backend')) url.searchParams.set('backend', backend);
  window.history.pushState(null, '', url);
  for (const l of listeners) l();
  if (!url.hash) window.scrollTo(0, 0);
}

/** Clicks on same-site links navigate without a page load. */
export function onLinkClick(e: MouseEvent<HTMLAnchorElement>, href: string): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
    return;
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
