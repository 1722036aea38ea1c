// The site's Korean web font on the built pages (scripts/vite-site-font.ts): every page gets only
// the font's subsets that hold the site's own text — a third of its @font-face rules — and those
// draw every character the page shows that the font has, regular and bold; where the reader
// writes text of their own (the search box, the playground) the other subsets come too.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { readChapterIndex } from '../../scripts/vite-chapter-index';
import { parseUnicodeRange, ruleRanges } from '../../scripts/vite-site-font';
import { ALL_RULES, notoFaces, rulesOf } from './site-font-helpers';

const { open } = useBrowser();

/** A fontconfig that sees this machine's Latin fonts and no Korean one (a fresh Linux box). */
function noKoreanFontConfig(): string {
  const dir = mkdtempSync(join(tmpdir(), 'no-korean-font-'));
  const fontDirs = ['dejavu', 'liberation']
    .map((d) => `/usr/share/fonts/truetype/${d}`)
    .filter((d) => existsSync(d));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
${fontDirs.map((d) => `<dir>${d}</dir>`).join('')}
<include ignore_missing="yes">/etc/fonts/conf.d</include><cachedir>${dir}/cache</cachedir></fontconfig>`,
  );
  return file;
}
const noKoreanFont = useBrowser({ env: { FONTCONFIG_FILE: noKoreanFontConfig() } });

/** The fonts Chromium drew an element's text with (DevTools' "Rendered Fonts"). */
async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => `${f.isCustomFont ? 'web' : 'installed'}:${f.familyName}`);
}

type Span = [number, number];
/** Everything the whole font can draw (both weights are cut the same way). */
const WHOLE: Span[] = rulesOf(400).flatMap((r) => ruleRanges(r)!);
const covers = (spans: Span[], c: number) => spans.some(([lo, hi]) => c >= lo && c <= hi);

const pages = ['/', ...readChapterIndex().map((c) => `/${c.slug}/`)];

test('each page has only the font subsets of the site text, in its first CSS, and they draw every character it shows (regular and bold)', async () => {
  for (const path of pages) {
    // the chapters' rules are in their first CSS: there with JavaScript off (the home page is the
    // client app, drawn by its script)
    const page = await open(path, { javaScriptEnabled: path === '/' });
    await expect.poll(async () => (await notoFaces(page)).length, { timeout: 20_000 }).toBeGreaterThan(0); // prettier-ignore
    const faces = await notoFaces(page);
    expect(faces.length, path).toBeLessThan(ALL_RULES / 3);
    const text = await page.evaluate(() => document.title + document.body.innerText);
    const shown = [...new Set(text)]
      .map((ch) => ch.codePointAt(0)!)
      .filter((c) => covers(WHOLE, c));
    expect(shown.length, path).toBeGreaterThan(100);
    for (const weight of ['400', '700']) {
      const spans = faces
        .filter((f) => f.weight === weight)
        .flatMap((f) => parseUnicodeRange(f.range));
      const missing = shown.filter((c) => !covers(spans, c)).map((c) => String.fromCodePoint(c));
      expect(missing, `${path} ${weight}`).toEqual([]);
    }
    await page.context().close();
  }
});

test('the search box and the playground bring the rest of the font', async () => {
  const page = await open('/02-perceptron/');
  await expect.poll(async () => (await notoFaces(page)).length, { timeout: 20_000 }).toBeGreaterThan(0); // prettier-ignore
  expect((await notoFaces(page)).length).toBeLessThan(ALL_RULES / 3);
  await page.getByRole('combobox', { name: '검색' }).click();
  await page.keyboard.type('똠');
  await expect.poll(async () => (await notoFaces(page)).length, { timeout: 20_000 }).toBe(ALL_RULES); // prettier-ignore
  const playground = await open('/playground/');
  await expect.poll(async () => (await notoFaces(playground)).length, { timeout: 20_000 }).toBe(ALL_RULES); // prettier-ignore
});

test('with no Korean font installed, the title, the site name, the text and Hangul in formulas are drawn in the site font once it loads, not in empty boxes', async () => {
  const page = await noKoreanFont.open('/08-deep-learning/');
  for (const selector of ['article.chapter h1', '.site-title-text', 'article.chapter p']) {
    // every character of these is Hangul or a digit/space: the web font draws the Hangul
    await expect
      .poll(() => renderedFonts(page, selector), { timeout: 20_000 })
      .toContainEqual(expect.stringMatching(/^web:Noto Sans KR/));
  }
  const hangul = await page.evaluate(
    () =>
    [...(document.querySelector('article.chapter h1')!.textContent ?? '')].filter((c) => c >= '가' && c <= '힣').length, // prettier-ignore
  );
  expect(hangul).toBeGreaterThan(0);
  // Hangul inside a formula (\text{사과 가격}: KaTeX's own fonts have none, its stack ends in serif)
  const ch5 = await noKoreanFont.open('/05-backpropagation/');
  const inFormula = '.katex .hangul_fallback';
  await ch5
    .locator(inFormula)
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect
    .poll(() => renderedFonts(ch5, inFormula), { timeout: 20_000 })
    .toContainEqual(expect.stringMatching(/^web:Noto Sans KR/));
});
