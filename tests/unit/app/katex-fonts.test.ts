// Which KaTeX fonts a page's math is drawn in, read off its HTML (scripts/katex-fonts.ts): the
// classes katex.css gives a font, a tall delimiter's pieces, Hangul left to the page's font, and
// the face the browser would match. tests/e2e/katex-fonts.e2e.ts checks the whole chapters.
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { faceOf, katexFontsOf } from '../../../scripts/katex-fonts';

const fonts = (tex: string, displayMode = false) =>
  katexFontsOf(`<p>글 <strong>굵게</strong> ${katex.renderToString(tex, { displayMode })}</p>`);

describe('the KaTeX fonts of a page', () => {
  it('has none without math', () => {
    expect(katexFontsOf('<h2 id="a">제목</h2><p>본문 <em>x</em><br/><img src="a.png"/></p>')).toEqual([]); // prettier-ignore
  });

  it('draws a variable in Math-Italic and a digit in Main-Regular', () => {
    expect(fonts('x')).toEqual(['KaTeX_Main-Regular', 'KaTeX_Math-Italic']);
    expect(fonts('2')).toEqual(['KaTeX_Main-Regular']);
  });

  it('follows \\mathbf, \\boldsymbol, \\mathbb and \\mathsf to their faces', () => {
    expect(fonts('\\mathbf{W}')).toContain('KaTeX_Main-Bold');
    expect(fonts('\\boldsymbol{x}')).toContain('KaTeX_Math-BoldItalic');
    expect(fonts('\\mathbb{R}')).toContain('KaTeX_AMS-Regular');
    expect(fonts('\\mathsf{A}')).toContain('KaTeX_SansSerif-Regular');
  });

  it('sizes delimiters and big operators with the Size fonts', () => {
    expect(fonts('\\sum_i x_i', true)).toContain('KaTeX_Size2-Regular');
    expect(fonts('\\sum_i x_i')).toContain('KaTeX_Size1-Regular');
    expect(fonts('\\bigg(x\\bigg)')).toContain('KaTeX_Size3-Regular');
    // a brace taller than Size4's: built of pieces, Size4's and Size1's (its stretched middle)
    const cases = fonts('y = \\begin{cases} 0 & x \\le 0 \\\\ 1 & x > 0 \\end{cases}', true);
    expect(cases).toContain('KaTeX_Size4-Regular');
  });

  it('leaves Hangul in a formula to the page font', () => {
    expect(fonts('\\text{가격}')).toEqual(['KaTeX_Main-Regular']);
  });

  it('matches faces as a browser does: the style first, then the weight', () => {
    expect(faceOf({ family: 'Math', bold: false, italic: false })).toBe('KaTeX_Math-Italic');
    expect(faceOf({ family: 'Main', bold: true, italic: true })).toBe('KaTeX_Main-BoldItalic');
    expect(faceOf({ family: 'SansSerif', bold: true, italic: true })).toBe(
      'KaTeX_SansSerif-Italic',
    );
    expect(faceOf({ family: 'Size2', bold: true, italic: false })).toBe('KaTeX_Size2-Regular');
  });
});
