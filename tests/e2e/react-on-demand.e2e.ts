// A chapter page runs no React until something on it needs React: the header's theme toggle and
// engine badge are plain DOM on the HTML written at build time, the search box's code comes when
// the reader first reaches for it, and a widget's when it comes near. Checked by what the page
// really loaded (every script it fetched, read for React's own marker), on the production build.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';

const { open } = useBrowser();

/** A string every build of React 19 carries (react and react-dom both name it). */
const REACT_MARKER = '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE';

/** Whether any script the page has fetched so far is React. */
const reactLoaded = (page: Page) =>
  page.evaluate(async (marker) => {
    const scripts = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => /\/assets\/[^/]+\.js$/.test(u));
    const texts = await Promise.all(scripts.map((u) => fetch(u).then((r) => r.text())));
    return texts.some((t) => t.includes(marker));
  }, REACT_MARKER);

const searchInput = (page: Page) => page.getByRole('combobox', { name: '검색' });

test('a chapter read far from its widgets runs no React; the toggle and the badge work without it; the search box takes what was typed before its code came; a widget brings React when near', async () => {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  const page = await open('/05-backpropagation/', {
    // the search box's code is held back until the reader has typed
    beforeGoto: (p) =>
      p.route(/\/assets\/hydrateSearch-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      }),
  });
  const badge = page.locator('[data-engine-status]');
  await expect.poll(() => badge.getAttribute('data-backend'), { timeout: 30_000 }).toMatch(/./);
  expect(await badge.textContent()).toMatch(/텐서 \d+개/);
  const toggle = page.locator('.theme-toggle');
  const pressed = await toggle.getAttribute('aria-pressed');
  await toggle.click();
  expect(await toggle.getAttribute('aria-pressed')).not.toBe(pressed);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(
    pressed === 'true' ? 'light' : 'dark',
  );
  expect(await page.locator('[data-island-state]').count(), 'no widget is near').toBe(0);
  expect(await reactLoaded(page), 'React loaded with no widget near').toBe(false);

  await searchInput(page).click();
  await page.keyboard.type('역전');
  await page.waitForTimeout(300);
  expect(await searchInput(page).inputValue()).toBe('역전');
  release();
  const options = page.locator('#site-search-results [role="option"]');
  await options.first().waitFor();
  expect(await options.count()).toBeGreaterThan(0);
  expect(await searchInput(page).evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('ArrowDown');
  expect(await searchInput(page).getAttribute('aria-activedescendant')).toBe(
    'site-search-option-0',
  );
  expect(await reactLoaded(page)).toBe(true);

  // a link to the first widget (as its 링크 복사 gives): it mounts there
  const first = page.locator('[data-island]').first();
  const id = await first.getAttribute('id');
  await page.evaluate((id) => (window.location.hash = `#${id}`), id);
  await expect.poll(() => first.getAttribute('data-island-state')).toBe('mounted');
  await first.locator('[data-widget][data-state="ready"]').waitFor({ timeout: 30_000 });
});

test('a search box whose code cannot be fetched says so in Korean, and the note goes when the reader leaves the box', async () => {
  const page = await open('/03-neural-network/', {
    allowErrors: [/Failed to load resource/],
    beforeGoto: (p) => p.route(/\/assets\/hydrateSearch-[\w-]+\.js$/, (route) => route.abort()),
  });
  await searchInput(page).focus();
  const note = page.locator('.search-popup');
  await note.waitFor();
  expect(await note.textContent()).toContain('검색 코드를 불러오지 못했어요');
  expect(await note.textContent()).toContain('새로고침');
  expect(await page.getByRole('status').filter({ hasText: '검색 코드를' }).count()).toBe(1);
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => note.isVisible()).toBe(false);
});
