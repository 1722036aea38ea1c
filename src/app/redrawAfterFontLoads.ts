// Where the site's own Korean font is used (no Korean system font: a fresh Linux box), Chromium
// keeps some text it drew while that font's subsets were still loading in the fallback it drew
// them with — empty boxes for Hangul — after the subsets have loaded: seen on the chapter's
// title and the site's name (bold, drawn in the first frame) in Chromium 14x on Linux, where an
// installed font (system-ui) comes before the web font in body's font-family. A new font
// description makes Chromium shape all text again with the fonts it now has, so each time some of
// the font's subsets finish loading the page gets one: an OpenType stylistic set turned off
// (`"ssNN" 0`), which is how every font draws anyway. Nothing happens where a Korean system font
// exists: the web font is then never loaded.
const FAMILY = 'Noto Sans KR';
/** Distinct stylistic-set tags ss01 … ss20: a description not used before (a page loads a few batches). */
const SETS = 20;

const isSiteFont = (f: FontFace) => f.family.replace(/["']/g, '') === FAMILY;

export function redrawAfterFontLoads(doc: Document = document): () => void {
  const fonts = doc.fonts;
  if (!fonts) return () => {};
  let n = 0;
  const redraw = () => {
    n = (n % SETS) + 1;
    doc.documentElement.style.fontFeatureSettings = `"ss${String(n).padStart(2, '0')}" 0`;
  };
  const onDone = (e: Event) => {
    if ((e as FontFaceSetLoadEvent).fontfaces.some(isSiteFont)) redraw();
  };
  fonts.addEventListener('loadingdone', onDone);
  // subsets that finished before this script ran
  if ([...fonts].some((f) => isSiteFont(f) && f.status === 'loaded')) redraw();
  return () => fonts.removeEventListener('loadingdone', onDone);
}
