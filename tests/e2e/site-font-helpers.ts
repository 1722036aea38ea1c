// The site's Korean web font as the browser tests see it: @fontsource's rules for Noto Sans KR
// (the whole font, before scripts/vite-site-font.ts cuts it) and the faces a page has.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { fontFaceRules } from '../../scripts/vite-site-font';

/** @fontsource's @font-face rules of one weight of the font. */
export const rulesOf = (weight: number) =>
  fontFaceRules(readFileSync(createRequire(import.meta.url).resolve(`@fontsource/noto-sans-kr/${weight}.css`), 'utf8')); // prettier-ignore

/** How many rules the whole font has, both weights (248). */
export const ALL_RULES = rulesOf(400).length + rulesOf(700).length;

/** The page's Noto Sans KR faces: weight and unicode-range. */
export const notoFaces = (page: Page) =>
  page.evaluate(() =>
    [...document.fonts]
      .filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans KR')
      .map((f) => ({ weight: f.weight, range: f.unicodeRange })),
  );
