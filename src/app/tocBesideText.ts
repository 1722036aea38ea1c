// The chapter's table of contents is closed in the pre-rendered HTML: on a phone or a narrow
// window it stands above the chapter, where its ~25 lines, open, filled the first screen before
// the chapter's title. Where it stands beside the text (chapter.css: 68.75rem and wider, 1100 px at
// the browser's default text size; twice as wide where the reader doubled that size) it opens,
// and follows the window's width until the reader opens or closes it themselves.

/** chapter.css's breakpoint for the table of contents beside the text. */
export const TOC_BESIDE_TEXT = '(min-width: 68.75rem)';

export function openTocBesideText(root: ParentNode = document): void {
  const details = root.querySelector<HTMLDetailsElement>('.toc details');
  if (!details) return;
  const beside = window.matchMedia(TOC_BESIDE_TEXT);
  let chosen = false; // the reader opened or closed it (a click, or Enter / Space on its summary)
  details.querySelector('summary')?.addEventListener('click', () => (chosen = true));
  const follow = () => {
    if (!chosen) details.open = beside.matches;
  };
  follow();
  beside.addEventListener('change', follow);
}
