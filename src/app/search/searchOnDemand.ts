// On a chapter page the search box is in the HTML from the build, and its code — React with
// it — loads only when the reader first reaches for it (a tap, a focus): a page that is
// only read runs none of it. Until then the input takes text like any input; SearchBox picks
// it up when it hydrates. If the code cannot be fetched (offline before it was ever stored, or a
// new deploy), the box says so; Chromium keeps a failed import, so a reload is what brings it.
import { missingCodeHelp } from '../../notebook/missingCode';

const REACH = ['pointerdown', 'focusin'] as const;

export function searchOnDemand(container: HTMLElement): void {
  let loading = false;
  const say = (text: string) => {
    const popup = container.querySelector<HTMLElement>('.search-popup');
    const seen = container.querySelector('.search-status');
    const heard = container.querySelector('[role="status"]');
    if (seen) seen.textContent = text;
    if (heard) heard.textContent = text;
    if (popup) popup.hidden = text === '';
  };
  const reach = () => {
    if (loading) return;
    loading = true;
    say('');
    import('./hydrateSearch').then(
      (m) => {
        for (const type of REACH) container.removeEventListener(type, reach);
        m.hydrateSearch(container);
      },
      (e: unknown) => {
        console.warn('[search]', e);
        loading = false;
        // said while the reader is in the box; it goes when they leave (it covers the text below)
        if (!container.contains(document.activeElement)) return;
        say(`검색 코드를 불러오지 못했어요. ${missingCodeHelp('검색창')}`);
        container.addEventListener('focusout', () => say(''), { once: true });
      },
    );
  };
  for (const type of REACH) container.addEventListener(type, reach);
}
