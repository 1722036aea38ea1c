// Links inside the notebook. Every page is its own static HTML file (chapters are pre-rendered at
// build time), so links are plain links: a link between chapter files becomes the chapter's URL,
// and a forced `?backend=` travels along with a click on a same-site link.

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

/**
 * A reader comparing backends (`?backend=cpu`) keeps theirs when following a link to another
 * page of the site: one click listener on the document adds the parameter to the link's target
 * just before the browser follows it. Returns the uninstaller.
 */
export function carryForcedBackend(doc: Document = document): () => void {
  const onClick = (e: MouseEvent) => {
    const backend = new URLSearchParams(doc.location.search).get('backend');
    if (!backend || !(e.target instanceof Element)) return;
    const a = e.target.closest('a[href]');
    if (!(a instanceof HTMLAnchorElement)) return;
    const url = new URL(a.href, doc.location.href);
    if (url.origin !== doc.location.origin || !url.pathname.startsWith(BASE)) return;
    if (url.pathname === doc.location.pathname || url.searchParams.has('backend')) return;
    url.searchParams.set('backend', backend);
    a.href = url.href;
  };
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}
