// Display math that overflows on a narrow screen scrolls sideways; those formulas (and only
// those) become focusable so keyboard users can scroll them too. Each is checked when it comes
// near the viewport — reading a width lays it out, and a long chapter's far sections are left
// unlaid-out on purpose (chapter.css; checking them all at load cost a phone a second) — all
// of them once the reader first uses the keyboard, and the near ones again on resizes and when
// fonts arrive. (Code blocks are focusable regions from the
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
  const all = [...article.querySelectorAll<HTMLElement>('.katex-display')];
  for (const el of all) observer.observe(el);
  const recheck = () => near.forEach(mark);
  // and every formula once the reader uses the keyboard (Tab may jump far ahead): one at a time
  // in idle time, so no task gets long — measuring a far formula lays out its section, which a
  // reader who only scrolls never needs; `data-overflow-checked` marks the end
  let next = 0;
  let stopped = false;
  const idle =
    window.requestIdleCallback ??
    ((cb: IdleRequestCallback) =>
      window.setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 10 }), 50));
  const sweep = (deadline: IdleDeadline) => {
    if (stopped) return;
    do mark(all[next++]);
    while (next < all.length && deadline.timeRemaining() > 8);
    if (next < all.length) idle(sweep);
    else done();
  };
  const done = () => ((article as HTMLElement).dataset.overflowChecked = 'true');
  const start = () => (all.length ? idle(sweep) : done());
  document.addEventListener('keydown', start, { once: true });
  window.addEventListener('resize', recheck);
  document.fonts?.addEventListener('loadingdone', recheck);
  return () => {
    stopped = true;
    document.removeEventListener('keydown', start);
    observer.disconnect();
    window.removeEventListener('resize', recheck);
    document.fonts?.removeEventListener('loadingdone', recheck);
  };
}
