// The End key takes the reader to the end of the chapter, even when the page grows on the way.
// Sections far from the screen are laid out at a placeholder height (chapter.css) and take their
// real height as a smooth scroll passes them; the browser's scroll still ends where the end was
// when the key was pressed. On this machine, beside busy browser tests, End stopped at 12,738 px
// of ch3's 20,190 (1 of 5 tries), and the sections still below were never drawn. So when the
// scroll that End started comes to rest short of the end, it is carried on to the end (at once:
// the browser's own scroll was the animation), until the end stays put: at the end, it looks
// again a moment later, as the sections it landed by may still be growing (stop 60: beside the
// whole browser suite, one End in ch3 came to rest 1,697 px short for good). Any other input
// from the reader — the wheel, a touch, a click, another key — lets go.

/** Pixels from the bottom that count as the end (the page's height is rounded). */
const AT_END_PX = 2;
/** The scroll has rested this long: it is over. */
const REST_MS = 150;
/** At the end, it looks again this much later: the end has stayed put, or it carries on. */
const RECHECK_MS = 500;
/**
 * No scroll this soon after the key: something on the page used the key, not the browser (a busy
 * page can take a few hundred ms to start the browser's smooth scroll).
 */
const ARMED_MS = 1000;
/** Steps at most: a jump to the end (which draws the sections it lands by, and they may grow the
 *  page again) or a look at the end. */
const MAX_STEPS = 8;

/** Focus on these keeps End for itself (a slider's maximum, a grid's last cell, a text's end). */
const KEEPS_END = [
  'input',
  'select',
  'textarea',
  '[contenteditable]',
  '[tabindex]:not([tabindex^="-"])', // a focusable scroller (a wide formula) or a custom control
  '[role="slider"]',
  '[role="grid"]',
  '[role="listbox"]',
].join(', ');

/** Whether End pressed on `target` is the browser's to scroll the page with. */
export function scrollsThePage(e: KeyboardEvent): boolean {
  if (e.key !== 'End' || e.altKey || e.shiftKey || e.metaKey || e.defaultPrevented) return false;
  const t = e.target;
  return !(t instanceof Element) || t === document.body || t.closest(KEEPS_END) === null;
}

export function endKeyReachesEnd(): () => void {
  const root = document.documentElement;
  /** 0: not following; 1: End was pressed; 2…: one more for each jump to the end or look at it */
  let steps = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** the page's height when the scroll last rested at its end (−1: not at the end then) */
  let endHeight = -1;
  const atEnd = () => window.scrollY + window.innerHeight >= root.scrollHeight - AT_END_PX;
  const letGo = () => {
    steps = 0;
    endHeight = -1;
    clearTimeout(timer);
  };
  const onRest = () => {
    if (steps > MAX_STEPS) return letGo();
    steps++;
    if (atEnd()) {
      if (endHeight === root.scrollHeight) return letGo(); // the end has stayed put
      endHeight = root.scrollHeight;
      timer = setTimeout(onRest, RECHECK_MS);
      return;
    }
    endHeight = -1;
    // at once: the page sets no smooth scrolling (and behavior: 'instant' throws in older Safari)
    window.scrollTo(window.scrollX, root.scrollHeight);
    timer = setTimeout(letGo, ARMED_MS); // a scroll event follows, or there was nowhere to go
  };
  const onScroll = () => {
    if (!steps) return;
    clearTimeout(timer); // the scroll goes on: not over, nor let go of
    timer = setTimeout(onRest, REST_MS);
  };
  const onKey = (e: KeyboardEvent) => {
    letGo();
    if (!scrollsThePage(e)) return;
    steps = 1;
    timer = setTimeout(letGo, ARMED_MS);
  };
  const inputs = ['wheel', 'touchstart', 'pointerdown'] as const;
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('keydown', onKey);
  for (const type of inputs) window.addEventListener(type, letGo, { passive: true });
  return () => {
    letGo();
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('keydown', onKey);
    for (const type of inputs) window.removeEventListener(type, letGo);
  };
}
