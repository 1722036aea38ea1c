// The header is sticky, so a heading jumped to (a #link, the table of contents, a search result)
// must land below it. base.css keeps `--below-header` (scroll-padding-top, where sticky things
// stop) at one header row and a margin, or more where the header is taller — two rows, where a
// phone's reader enlarged the browser's text and its tools wrap: this keeps `--header-height`,
// which that rule reads, at the header's measured height.
export function roomBelowHeader(header: HTMLElement | null, root = document.documentElement): void {
  if (!header || typeof ResizeObserver === 'undefined') return;
  const fit = () =>
    root.style.setProperty(
      '--header-height',
      `${Math.ceil(header.getBoundingClientRect().height)}px`,
    );
  fit(); // now, before a #heading in the address is scrolled to (rememberScroll)
  new ResizeObserver(fit).observe(header);
}
