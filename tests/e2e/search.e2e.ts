// The search box in real Chromium on the production build: the index is not fetched until the
// reader uses the box; "역전" finds the backpropagation chapter; the keyboard alone reaches the
// box (Tab), moves through the results (↑/↓), jumps (Enter) to `/05-backpropagation/#…` with
// that heading near the top, closes the list (Escape); a click jumps within the same page; a
// query with no match says so; "/" reaches the box; the home page has the same box; on a 390 px
// phone in dark mode the header stays one row, the open list fits the screen and axe finds
// nothing serious.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const { open } = useBrowser();
const isIndex = (url: string) => /\/assets\/search-index-[\w-]+\.json$/.test(url);

const searchInput = (page: Page) => page.getByRole('combobox', { name: '검색' });

/** The heading's distance from the top of the viewport, once scrolling has settled. */
async function expectNearTop(page: Page, id: string) {
  await expect
    .poll(() =>
      page.locator(`[id="${id}"]`).evaluate((el) => Math.round(el.getBoundingClientRect().top)),
    )
    .toBeLessThan(160);
  expect(
    await page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top),
  ).toBeGreaterThanOrEqual(0);
}

test('keyboard only: Tab to the box, "역전" → the backpropagation chapter, ↓ and Enter land on the heading; the index loads only on first use', async () => {
  const page = await open('/03-neural-network/');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.reload(); // every request of the page's load is seen by the listener
  await page.locator('article.chapter h1').waitFor();
  await searchInput(page).waitFor();
  await page.waitForTimeout(1500);
  expect(requests.filter(isIndex), 'the index is fetched before the box is used').toEqual([]);

  // Tab from the top of the page: skip link, home link, then the search box
  for (
    let i = 0;
    i < 6 && !(await searchInput(page).evaluate((el) => el === document.activeElement));
    i++
  )
    await page.keyboard.press('Tab');
  await expect
    .poll(() => searchInput(page).evaluate((el) => el === document.activeElement))
    .toBe(true);
  await page.keyboard.type('역전');
  const options = page.locator('#site-search-results [role="option"]');
  await options.first().waitFor();
  expect(requests.filter(isIndex)).toHaveLength(1);
  await expect
    .poll(() => page.getByRole('status').filter({ hasText: '검색 결과' }).count())
    .toBe(1);
  const hrefs = await options.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
  const texts = await options.allInnerTexts();
  expect(texts.some((t) => t.includes('5장 오차역전파법'))).toBe(true);
  // a section of chapter 5 below its introduction, so that the jump has to scroll
  const pick = hrefs.findIndex(
    (h) =>
      h.startsWith('/05-backpropagation/#') && !h.endsWith(encodeURIComponent('5장-오차역전파법')),
  );
  expect(pick, `a chapter-5 section among ${hrefs.join(' ')}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= pick; i++) await page.keyboard.press('ArrowDown');
  const optionId = await options.nth(pick).getAttribute('id');
  await expect.poll(() => searchInput(page).getAttribute('aria-activedescendant')).toBe(optionId);
  await expect.poll(() => options.nth(pick).getAttribute('aria-selected')).toBe('true');

  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname === '/05-backpropagation/' && u.hash.length > 1);
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  expect(hrefs[pick]).toBe(`/05-backpropagation/#${encodeURIComponent(id)}`);
  await page.locator('article.chapter h1').waitFor();
  await expectNearTop(page, id);
});

test('"/" goes to the box; Escape closes the list, a second Escape clears the box; a query with no match says 검색 결과 없음', async () => {
  const page = await open('/02-perceptron/');
  const input = searchInput(page);
  await page.locator('article.chapter h1').waitFor();
  // the "/" key, from the page (its hint shown on the empty box until then)
  const hint = page.locator('.search-key');
  expect(await hint.isVisible()).toBe(true);
  expect(await input.getAttribute('aria-keyshortcuts')).toBe('/');
  await page.keyboard.press('/');
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await input.inputValue()).toBe('');
  expect(await hint.isVisible()).toBe(false);
  await page.keyboard.type('원핫/'); // in the box, "/" is text
  await expect.poll(() => input.inputValue()).toBe('원핫/');
  await input.fill('퀘퀘퀘 xyzzy');
  await expect
    .poll(() => page.locator('.search-popup').innerText(), { timeout: 30_000 })
    .toContain('검색 결과 없음');
  expect(await page.locator('#site-search-results [role="option"]').count()).toBe(0);
  await input.fill('기울기');
  await page.locator('#site-search-results [role="option"]').first().waitFor();
  expect(await input.getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('Escape');
  await expect.poll(() => input.getAttribute('aria-expanded')).toBe('false');
  await expect.poll(() => page.locator('.search-popup').isHidden()).toBe(true);
  expect(await input.inputValue()).toBe('기울기');
  await page.keyboard.press('Escape');
  await expect.poll(() => input.inputValue()).toBe('');
});

test('a click on a result in the same chapter jumps to its heading without reloading', async () => {
  const page = await open('/07-cnn/');
  await page.locator('article.chapter h1').waitFor();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  const input = searchInput(page);
  await input.click();
  await input.fill('im2col');
  const option = page
    .locator('#site-search-results [role="option"]')
    .filter({ hasText: '7장 합성곱 신경망' })
    .first();
  await option.waitFor();
  const href = (await option.getAttribute('href')) ?? '';
  await option.click();
  await page.waitForURL((u) => u.hash.length > 1);
  expect(page.url()).toContain(href);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await expectNearTop(page, decodeURIComponent(href.split('#')[1]));
  await expect.poll(() => input.getAttribute('aria-expanded')).toBe('false');
});

test('the home page has the same search box (glossary terms too)', async () => {
  const page = await open('/');
  const input = searchInput(page);
  await input.waitFor();
  await page.keyboard.press('/'); // the "/" key here too
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  await input.fill('소프트맥스');
  const options = page.locator('#site-search-results [role="option"]');
  await options.first().waitFor();
  const texts = await options.allInnerTexts();
  expect(texts.some((t) => t.includes('3장 신경망'))).toBe(true);
  expect(texts.some((t) => t.includes('용어집'))).toBe(true);
});

test('a 390 px phone in dark mode: one header row, the list fits the screen, axe finds nothing serious', async () => {
  const page = await open('/05-backpropagation/', {
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
  });
  const input = searchInput(page);
  await input.waitFor();
  const headerHeight = () =>
    page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
  expect(await headerHeight()).toBeLessThan(70);
  await input.click();
  await input.fill('역전');
  const options = page.locator('#site-search-results [role="option"]');
  await options.first().waitFor();
  expect(await headerHeight()).toBeLessThan(70);
  const box = await page.locator('.search-popup').boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.keyboard.press('ArrowDown');
  await page.evaluate(axeSource); // through DevTools: the page's CSP refuses inline scripts
  const serious = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const r = await axe.run({ include: [['.site-header']] }, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  });
  expect(serious).toEqual([]);
});

test("the browser's text at 24 px on a 360 px phone: the header's parts cover nothing (its tools take a second row); 16 px text on 320 px: one row", async () => {
  const page = await open('/05-backpropagation/', { viewport: { width: 360, height: 760 } });
  await searchInput(page).waitFor();
  await page.locator('.engine-badge[data-backend]').waitFor({ timeout: 30_000 });
  /** the logo, the search box, the engine badge and the theme toggle: overlaps, and off-screen */
  const clashes = () =>
    page.evaluate(() => {
      const parts = ['.site-title img', '.search-input', '.engine-badge', '.theme-toggle'];
      const rects = parts.map((s) => document.querySelector(s)!.getBoundingClientRect());
      const out: string[] = [];
      rects.forEach((r, i) => {
        if (r.left < 0 || r.right > innerWidth) out.push(`${parts[i]} off the screen`);
        for (let j = i + 1; j < rects.length; j++) {
          const q = rects[j];
          const x = Math.min(r.right, q.right) - Math.max(r.left, q.left);
          const y = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top);
          if (x > 0.5 && y > 0.5) out.push(`${parts[i]} under ${parts[j]}`);
        }
      });
      return out;
    });
  const rows = () =>
    page.evaluate(
      () =>
        new Set(
          ['.site-title img', '.search-input', '.engine-badge', '.theme-toggle'].map((s) =>
            Math.round(document.querySelector(s)!.getBoundingClientRect().bottom / 20),
          ),
        ).size > 1,
    );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
  await expect.poll(clashes).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await rows()).toBe(true);
  // a heading jumped to lands below the two-row header (roomBelowHeader.ts)
  const below = () =>
    page.evaluate(
      () =>
        document.getElementById('연쇄법칙')!.getBoundingClientRect().top -
        document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    );
  await page.evaluate(() => (location.hash = '#연쇄법칙'));
  await expect.poll(below).toBeGreaterThanOrEqual(0);
  // and so does a link to it opened afresh (the heading scrolled to as the page starts)
  await page.reload();
  await page.locator('.engine-badge[data-backend]').waitFor({ timeout: 30_000 });
  expect(await below()).toBeGreaterThanOrEqual(0);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  await page.setViewportSize({ width: 320, height: 700 });
  await expect.poll(clashes).toEqual([]);
  expect(await rows()).toBe(false);
  await cdp.detach();
});
