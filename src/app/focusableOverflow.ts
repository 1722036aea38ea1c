// Display math that overflows on a narrow screen scrolls sideways; those formulas (and only
// those) become focusable so keyboard users can scroll them too. Each is checked when it comes
// near the viewport — reading a width lays it out, and a long chapter's far sections are left
// unlaid-out on purpose (chapter.css; checking them all at load cost a phone a second) — and the
// near ones again on resizes and when fonts arrive. (Code blocks are focusable regions from the
// build: rehypeSections.) Returns the stopper.
function mark(el: HTMLElement) {
  if (el.scrollWidth > el.clientWidth + 1) {
    el.tabIndex = 0;
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', '수식 (옆으로 스크롤)');
  } else if (el.hasAttribute('tabindex')) {
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
    el.removeAttribute('aria-label');
  }
}

export function markFocusableOverflow(article: Element): () => void {
  const near = new Set<HTMLElement>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const el = e.target as HTMLElement;
        if (e.isIntersecting) {
          near.add(el);
          mark(el);
        } else near.delete(el);
      }
    },
    { rootMargin: '300px 0px' },
  );
  for (const el of article.querySelectorAll<HTMLElement>('.katex-display')) observer.observe(el);
  const recheck = () => near.forEach(mark);
  window.addEventListener('resize', recheck);
  document.fonts?.addEventListener('loadingdone', recheck);
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', recheck);
    document.fonts?.removeEventListener('loadingdone', recheck);
  };
}
