// Display math and code blocks that overflow on a narrow screen scroll sideways; those (and only
// those) become focusable so keyboard users can scroll them too. Re-checked whenever the
// article's size changes (fonts, widgets arriving, resizes). Returns the stopper.
export function markFocusableOverflow(article: Element): () => void {
  const mark = () => {
    for (const el of article.querySelectorAll<HTMLElement>('.katex-display, pre')) {
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
  };
  const observer = new ResizeObserver(() => mark());
  observer.observe(article);
  return () => observer.disconnect();
}
