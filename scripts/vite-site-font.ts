// The site's Korean web font cut to the characters the site writes. @fontsource's Noto Sans KR is
// 124 unicode-range subsets per weight, 45 KB of gzipped @font-face rules for the two weights the
// site uses, though the site's own text falls in 37 of the subsets. Two views of each weight's CSS:
//   `@fontsource/noto-sans-kr/400.css?site`  the faces whose range holds a character of the site
//                                            (content/, src/, the HTML shells, public/): in the
//                                            first CSS of every page (9 KB gzipped, both weights)
//   `@fontsource/noto-sans-kr/400.css?rest`  the others: loaded where a reader writes text of
//                                            their own (the search box, the playground)
// The subsets and their files are @fontsource's, unchanged; only which rules a page gets differs.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Where the site's text is written (relative to the project root). */
const TEXT_DIRS = ['content', 'src', 'public'];
const TEXT_FILES = /\.(md|ts|tsx|js|css|html|json|txt|webmanifest)$/;

/** Every code point in the site's own text files. */
export function siteCharacters(root: string): Set<number> {
  const files = readdirSync(root)
    .filter((f) => extname(f) === '.html')
    .map((f) => resolve(root, f));
  for (const dir of TEXT_DIRS)
    for (const f of readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' }))
      if (TEXT_FILES.test(f)) files.push(resolve(root, dir, f));
  const chars = new Set<number>();
  for (const f of files) for (const ch of readFileSync(f, 'utf8')) chars.add(ch.codePointAt(0)!);
  return chars;
}

/** `U+ac00-ac0b,U+00b7` → [[0xac00, 0xac0b], [0xb7, 0xb7]]. */
export function parseUnicodeRange(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(lo, 16), parseInt(hi, 16)];
  });
}

const FACE = /(?:\/\*[^*]*\*\/\s*)?@font-face\s*\{[^}]*\}\s*/g;

/** The @font-face rules of a stylesheet, each with the comment @fontsource writes before it. */
export function fontFaceRules(css: string): string[] {
  return css.match(FACE) ?? [];
}

/** A rule's unicode-range as spans; null where it has none (it covers every character). */
export function ruleRanges(rule: string): [number, number][] | null {
  const range = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];
  return range ? parseUnicodeRange(range) : null;
}

/** Whether one @font-face rule can draw one of `chars`. */
function facesAny(rule: string, chars: Set<number>): boolean {
  const spans = ruleRanges(rule);
  if (!spans) return true;
  for (const c of chars) if (spans.some(([lo, hi]) => c >= lo && c <= hi)) return true;
  return false;
}

/** The CSS with only the @font-face rules that draw some of `chars` ('site') or none ('rest'). */
export function pickFaces(css: string, chars: Set<number>, part: 'site' | 'rest'): string {
  return fontFaceRules(css)
    .filter((r) => facesAny(r, chars) === (part === 'site'))
    .join('');
}

const FONT_CSS = /\/@fontsource\/noto-sans-kr\/\d+\.css\?(.*)$/;

export function siteFontPlugin(): Plugin {
  let root = process.cwd();
  let chars: Set<number> | undefined;
  return {
    name: 'site-font',
    enforce: 'pre', // on the CSS as written, before Vite's CSS plugin turns it into a module
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      chars = undefined; // the dev server's restart reads the text again
    },
    transform(code, id) {
      const query = FONT_CSS.exec(id.replaceAll('\\', '/'))?.[1];
      if (query === undefined) return;
      const params = new URLSearchParams(query);
      const part = params.has('site') ? 'site' : params.has('rest') ? 'rest' : null;
      if (!part) return;
      chars ??= siteCharacters(root);
      return { code: pickFaces(code, chars, part), map: null };
    },
    // the dev server: a chapter or a label edited with a character the site did not use yet
    // brings its subset's rule (the font's CSS is cut again and sent along with the edit)
    async handleHotUpdate({ file, modules, server, read }) {
      if (!chars || !TEXT_FILES.test(file)) return;
      const known = chars;
      const fresh = [...(await read())]
        .map((ch) => ch.codePointAt(0)!)
        .filter((c) => !known.has(c));
      if (!fresh.length) return;
      for (const c of fresh) known.add(c);
      const font = [...server.moduleGraph.idToModuleMap.values()].filter((m) =>
        FONT_CSS.test(m.id?.replaceAll('\\', '/') ?? ''),
      );
      for (const m of font) server.moduleGraph.invalidateModule(m);
      return [...modules, ...font];
    },
  };
}
