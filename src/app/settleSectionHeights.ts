// A chapter's sections far from the screen are skipped at a placeholder height
// (content-visibility: auto, chapter.css) until the reader comes near them. A reader who jumped
// down (End, a #heading, the place they left off, the scrollbar) has never-drawn sections above
// them, and reading upward, each grew by up to thousands of pixels as it came near, in the
// middle of a PageUp: whole subsections went past the screen unseen (ch3's MNIST widget never
// mounted). So whenever the page comes to rest, the never-drawn sections above the screen are
// drawn once, the nearest first, one per idle moment, and kept drawn until the font their text
// asked for has come: `auto` then remembers their real height, and scroll anchoring keeps the
// reader's place while they grow. A jump to a spot (a page opened at a #heading or at the place
// the reader left off, a link in the chapter clicked) has them all drawn before the page scrolls
// there instead (drawAbove, below): anchoring alone did not always hold there. A reader going
// down from the top has none above: it costs them nothing. When no section above is left undrawn
// the article carries `data-heights-settled` (tests wait for it). Returns the stopper.

const MEASURING = 'data-measuring';
const SETTLED = 'data-heights-settled';
/** A section drawn at this width, so at its real height (`auto` remembers it). */
const DRAWN = 'data-drawn';

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const idle = () =>
  new Promise<void>((r) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => r(), { timeout: 2000 })
      : setTimeout(r, 50),
  );

/**
 * Draws `sections` (at once, from this call on: the attribute is set before its first wait)
 * until the fonts their text asked for have come, then lets go of them, drawn.
 */
async function drawUntilFontsCome(sections: readonly Element[]): Promise<void> {
  for (const s of sections) s.setAttribute(MEASURING, '');
  await nextFrame();
  await nextFrame(); // laid out in the frame between: its text has asked for its glyphs
  await document.fonts?.ready; // those glyphs have come, so the height is the final one
  await nextFrame();
  await nextFrame(); // the layout with them is the one `auto` remembers
  for (const s of sections) {
    s.removeAttribute(MEASURING);
    s.setAttribute(DRAWN, '');
  }
}

/** Draws `section` and the sections around it through one rendering update, then lets go. */
function drawOnce(section: Element): Promise<void> {
  const all: Element[] = [];
  for (let s: Element | null = section; s; s = s.parentElement?.closest('.chapter-section') ?? null)
    all.push(s);
  return drawUntilFontsCome(all);
}

/** The sections above the reader's spot, drawn before the page scrolls there, until let go. */
let drawingAbove: Promise<void> = Promise.resolve();

/**
 * Draws at once every never-drawn section above `spot` (the #heading or widget a link opened or
 * a contents entry points to, or the place the reader left off), before the page scrolls there.
 * Drawn one by one after the scroll, they grew or shrank above the screen (ch6 opened at its
 * optimizer widget: six steps of −236 to +2,038 px; a click on its contents entry the same, the
 * first step 0.54 of a layout shift), and scroll anchoring held the reader's place only when no
 * widget in view redrew in the same frame: 2–4 loads in 12 moved by 70–236 px. Now every height
 * above the spot is the real one when the page scrolls there, and the sections are let go (to
 * `auto`, which remembers that height) once the fonts their text asked for have come. It costs
 * one longer task (ch7 opened at its end: ~250 ms here), once per section.
 */
export function drawAbove(spot: Element): void {
  const above = [...document.querySelectorAll('.chapter-section')].filter(
    (s) => !s.contains(spot) && spot.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_PRECEDING,
  );
  // the undrawn ones, and the sections holding them (a skipped section draws none of its parts)
  const undrawn = above.filter((s) => !s.hasAttribute(DRAWN));
  const draw = above.filter((s) => undrawn.some((u) => s.contains(u)));
  if (!draw.length || typeof requestAnimationFrame !== 'function') return;
  drawingAbove = drawUntilFontsCome(draw);
}

/**
 * A click on a link to a place in the chapter (the contents, a heading's own link, a link in the
 * text) draws the sections above that place first (drawAbove), then the browser scrolls there.
 */
export function drawAboveLinkedSpots(article: Element): () => void {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    const href = (e.target as Element).closest?.('a[href^="#"]')?.getAttribute('href');
    if (!href || href.length < 2) return;
    let id: string;
    try {
      id = decodeURIComponent(href.slice(1));
    } catch {
      return; // a malformed %-escape: the browser finds nothing either
    }
    const spot = document.getElementById(id);
    if (spot && article.contains(spot)) drawAbove(spot);
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}

const leavesOf = (top: Element) => {
  const inner = [...top.querySelectorAll('.chapter-section')].filter(
    (s) => !s.querySelector('.chapter-section'),
  );
  return inner.length ? inner : [top];
};

export function settleSectionHeights(article: Element): () => void {
  if (typeof requestAnimationFrame !== 'function') return () => {};
  // each top-level section with its innermost sections, found once (the chapter is static HTML)
  const tops = [...article.querySelectorAll('.chapter-section')]
    .filter((s) => !s.parentElement?.closest('.chapter-section'))
    .map((top) => ({ top, leaves: leavesOf(top) }));
  const onState = (e: Event) => {
    if (!(e as Event & { skipped?: boolean }).skipped)
      (e.target as Element).setAttribute(DRAWN, '');
  };
  for (const s of article.querySelectorAll('.chapter-section'))
    s.addEventListener('contentvisibilityautostatechange', onState);

  /** Never-drawn innermost sections wholly above the screen, the nearest first. */
  const undrawnAbove = (): Element[] => {
    const found: Element[] = [];
    for (const { top, leaves } of tops) {
      const box = top.getBoundingClientRect();
      if (box.top >= 0) break;
      for (const leaf of leaves) {
        if (leaf.hasAttribute(DRAWN)) continue;
        // a section reaching the screen is drawn, so its parts' boxes are cheap to read
        if (box.bottom > 0 && leaf.getBoundingClientRect().bottom > 0) continue;
        found.push(leaf);
      }
    }
    return found.reverse();
  };

  let run = 0;
  const settle = async () => {
    const mine = ++run;
    article.removeAttribute(SETTLED);
    await drawingAbove;
    for (;;) {
      await idle();
      if (mine !== run) return; // stopped, or the page moved: a newer pass takes over
      const next = undrawnAbove()[0];
      if (!next) break;
      await drawOnce(next);
    }
    if (mine === run) article.setAttribute(SETTLED, '');
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onScroll = () => {
    run++; // a pass in flight stops at its next step; one starts when the page is at rest
    article.removeAttribute(SETTLED);
    clearTimeout(timer);
    timer = setTimeout(() => void settle(), 150);
  };
  let width = window.innerWidth;
  const onResize = () => {
    if (window.innerWidth === width) return; // a phone's toolbar showing or hiding: no reflow
    width = window.innerWidth;
    // heights remembered at the old width are stale
    for (const s of article.querySelectorAll(`[${DRAWN}]`)) s.removeAttribute(DRAWN);
    onScroll();
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onResize);
  void settle();
  return () => {
    run++;
    clearTimeout(timer);
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onResize);
    for (const s of article.querySelectorAll('.chapter-section'))
      s.removeEventListener('contentvisibilityautostatechange', onState);
  };
}
