// A link into a chapter's depths (a #heading, a widget's "링크 복사"): the sections above the
// spot are skipped at a placeholder height until drawn (chapter.css). They used to be drawn one
// by one after the page had scrolled there, each growing or shrinking above the screen while
// scroll anchoring held the reader's place, and anchoring did not hold when a widget in view
// redrew in the same frame: ch6 opened at its optimizer widget moved 70–236 px in 2–4 loads of
// 12. Now they are drawn before the first scroll (settleSectionHeights.ts, drawAbove), so the
// first scroll lands on the page's real layout and nothing above changes after it but the font.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { layoutShifts, RECORD_SHIFTS } from './layout-watch';

const { open } = useBrowser();

/** At the page's first scroll: the scroll position and every section's height, in page order. */
const AT_FIRST_SCROLL = `window.__scrolls = [];
addEventListener('scroll', () => {
  const heights = [...document.querySelectorAll('.chapter-section')].map((s) =>
    Math.round(s.getBoundingClientRect().height));
  window.__scrolls.push({ y: Math.round(scrollY), heights });
}, { passive: true });`;

interface Seen {
  y: number;
  heights: number[];
}

async function openAt(path: string, target: string, width: number) {
  const page = await open(path, {
    viewport: { width, height: 900 },
    beforeGoto: async (p) => {
      await p.addInitScript(RECORD_SHIFTS);
      await p.addInitScript(AT_FIRST_SCROLL);
    },
  });
  await page.locator('article[data-heights-settled]').waitFor({ timeout: 30_000 });
  // the sections before the target, not those holding it
  const above = await page.evaluate((id) => {
    const spot = document.getElementById(id)!;
    return [...document.querySelectorAll('.chapter-section')].map(
      (s) =>
        !s.contains(spot) && !!(spot.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_PRECEDING),
    );
  }, target);
  const now = await page.evaluate(() =>
    [...document.querySelectorAll('.chapter-section')].map((s) =>
      Math.round(s.getBoundingClientRect().height),
    ),
  );
  const scrolls = await page.evaluate(() => (window as unknown as { __scrolls: Seen[] }).__scrolls);
  return { page, above, now, scrolls };
}

for (const [path, target, width] of [
  ['/06-learning-techniques/?backend=wasm', 'widget-optimizer-mnist', 1280],
  ['/07-cnn/', '확인-문제', 390],
] as const) {
  test(`opened at #${target} (${width} px): one scroll to the page's real layout, nothing moves after`, async () => {
    const { page, above, now, scrolls } = await openAt(`${path}#${target}`, target, width);
    expect(above.filter(Boolean).length, 'sections above the spot').toBeGreaterThan(5);
    expect(scrolls.length).toBeGreaterThan(0);
    const first = scrolls[0];
    // every section above was at its real height when the page first scrolled: the font coming
    // may still reflow their text a little (≤ 61 px in all at 390 px), where the old pass moved
    // them by thousands (ch6: +2,038 px at the second scroll)
    const grew = above.reduce(
      (sum, a, i) => sum + (a ? Math.abs(now[i] - first.heights[i]) : 0),
      0,
    );
    expect(grew, `section heights then: ${first.heights}, now: ${now}`).toBeLessThan(150);
    const travel = scrolls.reduce(
      (sum, s, i) => sum + (i ? Math.abs(s.y - scrolls[i - 1].y) : 0),
      0,
    );
    expect(travel, scrolls.map((s) => s.y).join(' → ')).toBeLessThan(150);
    // and the spot is where the page shows it: at the top, below the header
    const top = await page.evaluate(
      (id) => document.getElementById(id)!.getBoundingClientRect().top,
      target,
    );
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(120);
    if (target.startsWith('widget-')) {
      const { total, shifts } = await layoutShifts(page);
      expect(total, shifts.join('\n')).toBeLessThan(0.01);
    }
  });
}
