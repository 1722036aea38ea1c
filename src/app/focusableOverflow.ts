// Display math and code blocks that overflow on a narrow screen scroll sideways; those (and only
// those) become focusable so keyboard users can scroll them too. Each is checked when it comes
// near the viewport (reading its width lays it out, and a long chapter's far sections are left
// unlaid-out on purpose: chapter.css), all of them a few at a time while the page is idle, and
// the near ones again on resizes and when fonts arrive. Returns the stopper.
function mark(el: HTMLElement) {
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
  for (const el of article.querySelectorAll<HTMLElement>('.katex-display, pre'))
    observer.observe(el);
  const recheck = () => near.forEach(mark);
  // and every one once, a few at a time while the page is idle (for readers who tab ahead)
  const all = [...article.querySelectorAll<HTMLElement>('.katex-display, pre')];
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 50));
  let stopped = false;
  const sweep = (from: number) => {
    if (stopped || from >= all.length) return;
    for (const el of all.slice(from, from + 10)) mark(el);
    idle(() => sweep(from + 10));
  };
  idle(() => sweep(0));
  window.addEventListener('resize', recheck);
  document.fonts?.addEventListener('loadingdone', recheck);
  return () => {
    stopped = true;
    observer.disconnect();
    window.removeEventListener('resize', recheck);
    document.fonts?.removeEventListener('loadingdone', recheck);
  };
}
