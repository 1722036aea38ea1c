// The site's Korean font cut to the site's text (scripts/vite-site-font.ts): the two views of
// @fontsource's CSS split its rules without losing or repeating one, the site's view draws every
// character the site writes that the font has, and it is far smaller than the whole.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  fontFaceRules,
  parseUnicodeRange,
  pickFaces,
  ruleRanges,
  siteCharacters,
} from '../../../scripts/vite-site-font';

const fontCss = (weight: number) =>
  readFileSync(createRequire(import.meta.url).resolve(`@fontsource/noto-sans-kr/${weight}.css`), 'utf8'); // prettier-ignore
const faces = fontFaceRules;
const ranges = (css: string) => faces(css).flatMap((f) => ruleRanges(f)!);
const covers = (spans: [number, number][], c: number) => spans.some(([lo, hi]) => c >= lo && c <= hi); // prettier-ignore

describe('the site font', () => {
  it('reads unicode-range lists', () => {
    expect(parseUnicodeRange('U+ac00-ac0b, U+00B7,u+1F600')).toEqual([
      [0xac00, 0xac0b],
      [0xb7, 0xb7],
      [0x1f600, 0x1f600],
    ]);
  });

  it('keeps a rule for the characters it draws, the rest for the others; a rule with no range stays', () => {
    const css = `/* a */
@font-face { font-family: 'X'; src: url(./a.woff2); unicode-range: U+ac00-ac02; }
/* b */
@font-face { font-family: 'X'; src: url(./b.woff2); unicode-range: U+0041, U+0100-01ff; }
@font-face { font-family: 'X'; src: url(./c.woff2); }
`;
    const site = pickFaces(css, new Set([0x41]), 'site');
    const rest = pickFaces(css, new Set([0x41]), 'rest');
    expect(site).toContain('b.woff2');
    expect(site).toContain('c.woff2');
    expect(site).not.toContain('a.woff2');
    expect(rest).toContain('/* a */');
    expect(rest).toContain('a.woff2');
    expect(rest).not.toMatch(/[bc]\.woff2/);
  });

  it.each([400, 700])(
    'weight %i: site and rest split every rule of @fontsource once; the site keeps a third or less, and draws every character of the site the font has',
    (weight) => {
      const css = fontCss(weight);
      const chars = siteCharacters(process.cwd());
      expect(chars.has('역'.codePointAt(0)!)).toBe(true); // (the chapters were read)
      expect(chars.has('텐'.codePointAt(0)!)).toBe(true); // (so was src: '텐서' is only in the UI)
      const site = pickFaces(css, chars, 'site');
      const rest = pickFaces(css, chars, 'rest');
      const all = faces(css);
      expect(faces(site).length + faces(rest).length).toBe(all.length);
      expect(new Set([...faces(site), ...faces(rest)]).size).toBe(all.length);
      expect(faces(site).length).toBeLessThan(all.length / 3);
      const whole = ranges(css);
      const kept = ranges(site);
      const missing = [...chars].filter((c) => covers(whole, c) && !covers(kept, c));
      expect(missing.map((c) => String.fromCodePoint(c))).toEqual([]);
      // the rest really holds syllables the site never writes
      const rare = '똠'.codePointAt(0)!;
      expect(chars.has(rare)).toBe(false);
      expect(covers(ranges(rest), rare)).toBe(true);
    },
  );
});
