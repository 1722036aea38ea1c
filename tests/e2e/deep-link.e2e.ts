// A link into a chapter's depths (a #heading, a widget's "링크 복사"): the sections above the
// spot are skipped at a placeholder height until drawn (chapter.css). They used to be drawn one
// by one after the page had scrolled there, each growing or shrinking above the screen while
// scroll anchoring held the reader's place, and anchoring did not hold when a widget in view
// redrew in the same frame: ch6 opened at its optimizer widget moved 70–236 px in 2–4 loads of
// 12. A click on a contents entry did the same. Now they are drawn before the page scrolls there
// (settleSectionHeights.ts, drawAbove), so it lands on the page's real layout. The math's fonts
// come before it too (preloaded: scripts/katex-fonts.ts): when they came after, every section
// above changed by a line here and there, and though anchoring held the spot, the sections holding
// it counted as moved (ch6 opened at its batch-norm widget at 390 px: 0.12 of a layout shift).
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { layoutShifts, RECORD_SHIFTS } from './layout-watch';

const { open } = useBrowser();

/**
 * Each section's height less its widget frames' (a frame holds a lower bound of its widget's
 * height until the widget draws, by design: reserved-heights.ts), in page order.
 */
const SECTION_TEXT_HEIGHTS = `() => [...document.querySelectorAll('.chapter-section')].map((s) =>
  Math.round(s.getBoundingClientRect().height - [...s.querySelectorAll('[data-island]')]
    .filter((i) => i.parentElement.closest('.chapter-section') === s)
    .reduce((sum, i) => sum + i.getBoundingClientRect().height, 0)))`;

/** At each scroll: the scroll position and SECTION_TEXT_HEIGHTS. */
const AT_EACH_SCROLL = `window.__scrolls = [];
addEventListener('scroll', () => {
  window.__scrolls.push({ y: Math.round(scrollY), heights: (${SECTION_TEXT_HEIGHTS})() });
}, { passive: true });`;

interface Seen {
  y: number;
  heights: number[];
}

const settled = (page: Page) =>
  page.locator('article[data-heights-settled]').waitFor({ timeout: 30_000 });

/** The page at rest after a jump to `target`: what came before it, and the scrolls on the way. */
async function afterJump(page: Page, target: string) {
  await settled(page);
  await page.waitForTimeout(300);
  await settled(page);
  // the sections before the target, not those holding it
  const above = await page.evaluate((id) => {
    const spot = document.getElementById(id)!;
    return [...document.querySelectorAll('.chapter-section')].map(
      (s) =>
        !s.contains(spot) && !!(spot.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_PRECEDING),
    );
  }, target);
  const now = (await page.evaluate(`(${SECTION_TEXT_HEIGHTS})()`)) as number[];
  const scrolls = await page.evaluate(() => (window as unknown as { __scrolls: Seen[] }).__scrolls);
  expect(above.filter(Boolean).length, 'sections above the spot').toBeGreaterThan(5);
  expect(scrolls.length).toBeGreaterThan(0);
  // every section above was at its real height when the page first scrolled, its math's fonts
  // in: the old pass moved them by thousands (ch6: +2,038 px at the second scroll), and with the
  // math's fonts coming after the jump they changed by up to 210 px in all (ch6 at 390 px)
  const first = scrolls[0];
  const grew = above.reduce((sum, a, i) => sum + (a ? Math.abs(now[i] - first.heights[i]) : 0), 0);
  expect(grew, `section heights then: ${first.heights}, now: ${now}`).toBeLessThan(30);
  // and the spot is where the page shows it: at the top, below the header
  const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, target); // prettier-ignore
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(120);
}

for (const [path, target, width] of [
  ['/06-learning-techniques/?backend=wasm', 'widget-optimizer-mnist', 1280],
  ['/07-cnn/', '확인-문제', 390],
  ['/06-learning-techniques/?backend=wasm', 'widget-batch-norm', 390],
] as const) {
  // ch6's optimizer-mnist at 1280 px read one shift of 0.14 in ~1 of 11 loaded runs (1 load in
  // 5–10 with a CPU hog beside it), given to the page's pager and footer (329 px → off the
  // screen), which were never on the screen: the 329 was Chromium's record of where it had drawn
  // the footer early in the load (at scroll 0 in an 11,386 px document: 11,302 − 10,973), compared
  // at the new scroll when the footer moved again a frame after the jump. The pager and footer are
  // now drawn only near the screen (content-visibility, chapter.css and header-home.css), so they
  // have no such record: 0 shifts in 45 loads with the hog, against 2 of 2 rounds of 15 failing
  // on the build before (stop 59).
  test(`opened at #${target} (${width} px): the page scrolls there on its real layout`, async () => {
    const page = await open(`${path}#${target}`, {
      viewport: { width, height: 900 },
      beforeGoto: async (p) => {
        await p.addInitScript(RECORD_SHIFTS);
        await p.addInitScript(AT_EACH_SCROLL);
      },
    });
    await afterJump(page, target);
    if (target.startsWith('widget-')) {
      const { total, shifts } = await layoutShifts(page);
      const ys = await page.evaluate(() => (window as unknown as { __scrolls: Seen[] }).__scrolls.map((x) => x.y)); // prettier-ignore
      expect(total, `${shifts.join('\n')}\nscrolls: ${ys}`).toBeLessThan(0.01);
    }
  });
}

test('a click on a contents entry far down: the page scrolls there on its real layout', async () => {
  // the click itself moved the text in view by 52 px (0.54 of a layout shift, not counted as
  // CLS: it followed an input) and the page scrolled 7 more times as the sections above were
  // drawn one by one (ch6, 1280 px)
  const target = 'mnist로-본-옵티마이저-비교';
  const page = await open('/06-learning-techniques/?backend=wasm', {
    beforeGoto: async (p) => {
      await p.addInitScript(RECORD_SHIFTS);
      await p.addInitScript(AT_EACH_SCROLL);
    },
  });
  await settled(page);
  await page.evaluate(() => {
    (window as unknown as { __scrolls: Seen[] }).__scrolls.length = 0;
    (window as unknown as { __shifts: string[] }).__shifts.length = 0;
  });
  await page.locator(`nav.toc a[href="#${target}"]`).click();
  await afterJump(page, target);
  const { total, shifts } = await layoutShifts(page);
  expect(total, shifts.join('\n')).toBeLessThan(0.01);
});
