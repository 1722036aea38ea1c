// "/" from anywhere on a page but a place that takes typing goes to the header's search box, as
// on GitHub, MDN and most documentation sites; the box's aria-keyshortcuts says so to assistive
// technology. On a chapter page the focus is what hydrates the box (searchOnDemand.ts).

/** Where "/" is text the reader is typing: left alone. Sliders, boxes and buttons are not. */
const TYPING =
  'textarea, select, [contenteditable]:not([contenteditable="false"]), ' +
  'input:not([type="range"], [type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"])';

export const SEARCH_INPUT_ID = 'site-search-input';

export function slashToSearch(doc: Document = document): void {
  doc.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || e.defaultPrevented)
      return;
    if (e.target instanceof Element && e.target.closest(TYPING)) return;
    const input = doc.getElementById(SEARCH_INPUT_ID);
    if (!(input instanceof HTMLInputElement)) return;
    e.preventDefault(); // not typed into the box, nor Firefox's quick find
    input.focus();
    input.select();
  });
}
