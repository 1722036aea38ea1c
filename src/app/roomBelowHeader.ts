// The header is sticky, so a heading jumped to (a #link, the table of contents, a search result)
// must land below it: CSS keeps `--below-header` (scroll-padding-top, where sticky things stop)
// at 4.5rem, one header row and a margin. Where the header takes two rows (a phone whose reader
// enlarged the browser's text: its tools wrap), that room follows the header's measured height.

/** Room kept above a jump's target: the header's height and this margin (in rem). */
const MARGIN_REM = 0.75;
/** base.css's --below-header, in rem */
const DEFAULT_REM = 4.5;

export function roomBelowHeader(header: HTMLElement | null, root = document.documentElement): void {
  if (!header || typeof ResizeObserver === 'undefined') return;
  const fit = () => {
    const rem = parseFloat(getComputedStyle(root).fontSize) || 16;
    const need = header.getBoundingClientRect().height + MARGIN_REM * rem;
    if (need > DEFAULT_REM * rem) root.style.setProperty('--below-header', `${Math.ceil(need)}px`);
    else root.style.removeProperty('--below-header');
  };
  fit(); // now, before a #heading in the address is scrolled to (rememberScroll)
  new ResizeObserver(fit).observe(header);
}
