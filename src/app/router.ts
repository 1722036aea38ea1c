// Routes of the client app (index.html): `/` home, `/playground/` the Markdown playground, and
// anything else (served as 404.html by the static build) not found. Chapters are their own
// pre-rendered pages (`/<chapter-slug>/index.html`); BASE_URL lets the site live under a sub-path.
export { BASE, chapterHref, resolveContentLink } from '../notebook/links';
import { BASE } from '../notebook/links';

export type Route = { kind: 'home' } | { kind: 'playground' } | { kind: 'notFound'; path: string };

export function parseRoute(pathname: string): Route {
  const rest = pathname.startsWith(BASE)
    ? pathname.slice(BASE.length)
    : pathname.replace(/^\//, '');
  const seg = decodeURIComponent(rest).replace(/\/?(index\.html)?$/, '');
  if (seg === '') return { kind: 'home' };
  if (seg === 'playground') return { kind: 'playground' };
  return { kind: 'notFound', path: pathname };
}
