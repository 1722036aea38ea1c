// The KaTeX fonts a page preloads (scripts/katex-fonts.ts reads them off its HTML at build time)
// are exactly those Chromium draws its math with once every section is drawn: none missing (a
// formula far down would reflow the sections around it when its font came), none wasted. The page
// without its scripts, so only its own HTML's math counts (a widget's formulas come with it).
import { expect, test } from 'vitest';
import { readChapterIndex } from '../../scripts/vite-chapter-index';
import { useBrowser } from './browser';

const { open } = useBrowser();

for (const { slug } of readChapterIndex())
  test(`${slug}: the math's fonts are preloaded, and only those`, async () => {
    const page = await open(`/${slug}/`, { javaScriptEnabled: false });
    await page.evaluate(() => {
      const style = document.createElement('style'); // (addStyleTag waits on a script)
      style.textContent = '.chapter-section { content-visibility: visible !important }';
      document.head.append(style);
    });
    await page.evaluate(() => document.fonts.ready);
    const { used, preloaded } = await page.evaluate(() => {
      const face = (f: FontFace) =>
        `${f.family.replace(/"/g, '')}-${f.weight === '700' || f.weight === 'bold' ? 'Bold' : ''}${f.style === 'italic' ? 'Italic' : ''}`.replace(/-$/, '-Regular'); // prettier-ignore
      return {
        used: [...document.fonts]
          .filter((f) => f.family.includes('KaTeX') && f.status === 'loaded')
          .map(face)
          .sort(),
        preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=font]')]
          .map(
            (l) => /(KaTeX_\w+?-(?:BoldItalic|Regular|Bold|Italic))-/.exec(l.href)?.[1] ?? l.href,
          )
          .sort(),
      };
    });
    expect(used.length, 'KaTeX fonts in use').toBeGreaterThan(1);
    expect(preloaded).toEqual(used);
  });
