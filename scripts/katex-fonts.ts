// Which of KaTeX's fonts a pre-rendered page draws its math with, read from the page's HTML, so the
// page can ask for them at once (<link rel="preload">) instead of when its formulas are first laid
// out. A page opened deep in a chapter lays out the math above the spot only as it jumps there;
// the fonts came ~600 ms later (ch6 at 390 px), every section above changed height by a line here
// and there, and though scroll anchoring held the spot, the sections holding it counted as moved:
// 0.09–0.12 of a layout shift. tests/e2e/katex-fonts.e2e.ts checks these guesses against the
// fonts Chromium loads on every chapter.

type Family =
  | 'Main'
  | 'Math'
  | 'AMS'
  | 'Caligraphic'
  | 'Fraktur'
  | 'SansSerif'
  | 'Script'
  | 'Typewriter'
  | 'Size1'
  | 'Size2'
  | 'Size3'
  | 'Size4';

/** The font a text node asks for: KaTeX's family, bold or not, italic or not. */
export interface Font {
  family: Family;
  bold: boolean;
  italic: boolean;
}

/** The faces katex.css declares, per family (their files are `KaTeX_<family>-<face>.woff2`). */
const FACES: Record<Family, readonly string[]> = {
  Main: ['Regular', 'Bold', 'Italic', 'BoldItalic'],
  Math: ['Italic', 'BoldItalic'],
  AMS: ['Regular'],
  Caligraphic: ['Regular', 'Bold'],
  Fraktur: ['Regular', 'Bold'],
  SansSerif: ['Regular', 'Bold', 'Italic'],
  Script: ['Regular'],
  Typewriter: ['Regular'],
  Size1: ['Regular'],
  Size2: ['Regular'],
  Size3: ['Regular'],
  Size4: ['Regular'],
};

/**
 * katex.css's rules that set a font inside `.katex`, in its order (a later one wins): the
 * classes an element must all have, and what they set.
 */
const RULES: ReadonlyArray<[classes: string[], set: Partial<Font>]> = [
  [['textrm'], { family: 'Main' }],
  [['textsf'], { family: 'SansSerif' }],
  [['texttt'], { family: 'Typewriter' }],
  [['mathnormal'], { family: 'Math', italic: true }],
  [['mathit'], { family: 'Main', italic: true }],
  [['mathrm'], { italic: false }],
  [['textbf'], { bold: true }],
  [['textit'], { italic: true }],
  [['mathbf'], { family: 'Main', bold: true }],
  [['boldsymbol'], { family: 'Math', italic: true, bold: true }],
  [['amsrm'], { family: 'AMS' }],
  [['mathbb'], { family: 'AMS' }],
  [['textbb'], { family: 'AMS' }],
  [['mathcal'], { family: 'Caligraphic' }],
  [['mathfrak'], { family: 'Fraktur' }],
  [['textfrak'], { family: 'Fraktur' }],
  [['mathboldfrak'], { family: 'Fraktur', bold: true }],
  [['textboldfrak'], { family: 'Fraktur', bold: true }],
  [['mathtt'], { family: 'Typewriter' }],
  [['mathscr'], { family: 'Script' }],
  [['textscr'], { family: 'Script' }],
  [['mathsf'], { family: 'SansSerif' }],
  [['mathboldsf'], { family: 'SansSerif', bold: true }],
  [['textboldsf'], { family: 'SansSerif', bold: true }],
  [['mathitsf'], { family: 'SansSerif', italic: true }],
  [['mathsfit'], { family: 'SansSerif', italic: true }],
  [['textitsf'], { family: 'SansSerif', italic: true }],
  [['mainrm'], { family: 'Main', italic: false }],
  [['delimsizing', 'size1'], { family: 'Size1' }],
  [['delimsizing', 'size2'], { family: 'Size2' }],
  [['delimsizing', 'size3'], { family: 'Size3' }],
  [['delimsizing', 'size4'], { family: 'Size4' }],
  [['op-symbol', 'small-op'], { family: 'Size1' }],
  [['op-symbol', 'large-op'], { family: 'Size2' }],
];

/** `.delimsizing.mult .delim-size1 > span` (and size4): a tall delimiter's pieces. */
const PIECES: Record<string, Family> = { 'delim-size1': 'Size1', 'delim-size4': 'Size4' };

/** The face the browser matches for `font` (CSS font matching: the style first, then weight). */
export function faceOf(font: Font): string {
  const faces = FACES[font.family];
  const italic = faces.filter((f) => f.endsWith('Italic'));
  const upright = faces.filter((f) => !f.endsWith('Italic'));
  const styled = font.italic
    ? italic.length
      ? italic
      : upright
    : upright.length
      ? upright
      : italic;
  const bold = styled.filter((f) => f.startsWith('Bold'));
  const plain = styled.filter((f) => !f.startsWith('Bold'));
  const face = (font.bold ? (bold.length ? bold : plain) : plain.length ? plain : bold)[0];
  return `KaTeX_${font.family}-${face}`;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/**
 * The KaTeX font files (`KaTeX_Main-Regular`, …) the text of `html` is drawn in: every text node
 * inside a `.katex`, with the font its elements' classes give it (katex.css), its face matched as
 * the browser would. Hangul in a formula is drawn in the page's Korean font (chapter.css).
 */
export function katexFontsOf(html: string): string[] {
  const found = new Set<string>();
  const stack: Array<{ tag: string; font: Font | null; pieces: Family | null }> = [];
  const top = () => stack[stack.length - 1];
  let at = 0;
  const text = (end: number) => {
    const font = top()?.font;
    if (font && /\S/.test(html.slice(at, end).replace(/<!--[\s\S]*?-->/g, '')))
      found.add(faceOf(font));
  };
  for (const m of html.matchAll(TAG)) {
    text(m.index);
    at = m.index + m[0].length;
    const [, closing, rawTag, attrs, selfClosing] = m;
    const tag = rawTag.toLowerCase();
    if (closing) {
      const i = stack.map((e) => e.tag).lastIndexOf(tag);
      if (i >= 0) stack.length = i;
      continue;
    }
    if (VOID.has(tag) || selfClosing) continue;
    const classes = (/\bclass="([^"]*)"/.exec(attrs)?.[1] ?? '').split(/\s+/);
    const parent = top();
    let font: Font | null = parent?.font ?? null;
    if (classes.includes('katex')) font = { family: 'Main', bold: false, italic: false };
    if (font && parent?.pieces && tag === 'span') font = { ...font, family: parent.pieces };
    if (font)
      for (const [need, set] of RULES)
        if (need.every((c) => classes.includes(c))) font = { ...font, ...set };
    if (classes.includes('hangul_fallback')) font = null;
    const piece = classes.find((c) => c in PIECES);
    stack.push({ tag, font, pieces: piece ? PIECES[piece] : null });
  }
  text(html.length);
  return [...found].sort();
}
