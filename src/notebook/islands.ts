// The browser side of pre-rendered chapters: each widget frame written at build time
// (`[data-island]`, see WidgetIsland) becomes a live widget when it comes near the viewport —
// its code loads then, not before, and so does React (islandRoot.tsx): a page read far from
// its widgets runs none. The prose around it is never re-rendered.
import { missingCodeHelp } from './missingCode';

/** How far below (and above) the viewport a widget starts loading. */
const NEAR = '600px 0px';

async function mount(el: HTMLElement): Promise<void> {
  el.dataset.islandState = 'loading';
  let attrs: Record<string, string> = {};
  try {
    attrs = JSON.parse(el.dataset.attrs ?? '{}') as Record<string, string>;
  } catch {
    /* written by our own build; unreachable */
  }
  try {
    const { renderIsland } = await import('./islandRoot');
    renderIsland(el, {
      name: el.dataset.island ?? '',
      attrs,
      instanceKey: el.dataset.instance ?? '',
      line: el.dataset.line ? Number(el.dataset.line) : undefined,
      linkable: el.id !== '',
    });
    el.dataset.islandState = 'mounted';
  } catch (e) {
    // e.g. the widget code could not be fetched (offline before it was ever cached)
    el.dataset.islandState = 'failed';
    console.warn('[island]', e);
    const p = el.querySelector('.widget-loading');
    if (p) {
      p.setAttribute('role', 'alert');
      p.textContent = `위젯 코드를 불러오지 못했어요. ${missingCodeHelp()}`;
    }
  }
}

/** Mounts every island under `root` once it is near the viewport; returns a stopper. */
export function mountIslands(root: ParentNode = document): () => void {
  const islands = [...root.querySelectorAll<HTMLElement>('[data-island]')];
  if (typeof IntersectionObserver === 'undefined') {
    for (const el of islands) void mount(el);
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer.unobserve(e.target);
        void mount(e.target as HTMLElement);
      }
    },
    { rootMargin: NEAR },
  );
  for (const el of islands) observer.observe(el);
  return () => observer.disconnect();
}
