// The chapter's table of contents is closed in the pre-rendered HTML: on a phone or a narrow
// window it stands above the chapter, where its ~25 lines, open, filled the first screen before
// the chapter's title. Where it stands beside the text (chapter.css: 68.75rem and wider, 1100 px at
// the browser's default text size; twice as wide where the reader doubled that size) it opens,
// and follows the window's width — and the browser's text size — until the reader opens or closes
// it themselves.

/** chapter.css's breakpoint for the table of contents beside the text. */
export const TOC_BESIDE_TEXT = '(min-width: 68.75rem)';

export function openTocBesideText(root: ParentNode = document): void {
  const details = root.querySelector<HTMLDetailsElement>('.toc details');
  if (!details) return;
  const beside = window.matchMedia(TOC_BESIDE_TEXT);
  let chosen = false; // the reader opened or closed it (a click, or Enter / Space on its summary)
  details.querySelector('summary')?.addEventListener('click', () => (chosen = true));
  let shown: boolean | null = null; // where it stood when last followed: beside (true) or above
  const follow = () => {
    if (chosen || beside.matches === shown) return;
    shown = beside.matches;
    details.open = shown;
  };
  follow();
  beside.addEventListener('change', follow);
  // A reader who changes the browser's text size moves the breakpoint without a `change` event
  // (Chromium re-evaluates the query but does not fire it); the contents' own box changes size
  // as the text does, so each resize of it checks the query again.
  if (typeof ResizeObserver !== 'undefined')
    new ResizeObserver(follow).observe(details.closest('.toc') ?? details);
}
