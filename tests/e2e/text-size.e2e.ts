// A reader who doubled the browser's text size (200 %, WCAG's resize text) on a laptop: the
// site's breakpoints are in rem (a media query reads them at the browser's text size), so a
// 1280 px window with 32 px text lays a chapter out as the 640 px one its text has room for —
// the table of contents above the text, closed, instead of taking 15rem (480 px) beside it — and
// the widgets whose plot and controls stand side by side from 47.5rem stack and fit. The contents
// follow a text size changed while the page is open, too (Chromium fires no media-query change).
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { atTextSize, misfits, scrollToIsland } from './widget-helpers';

const { open } = useBrowser();

test('32 px text in a 1280 px window: the contents above chapter 4’s text, its widgets fit the column', async () => {
  const page = await open('/04-neural-network-learning/');
  await page.locator('article.chapter h1').first().waitFor();
  const open_ = () => page.locator('.toc details').evaluate((d) => (d as HTMLDetailsElement).open);
  expect(await open_()).toBe(true); // beside the text at 16 px
  await atTextSize(page, 32, async () => {
    await expect.poll(open_).toBe(false); // changed with the page open: above the text, closed
    await page.reload(); // and set before the page opens
    await page.locator('article.chapter h1').first().waitFor();
    await expect.poll(open_).toBe(false);
    const toc = (await page.locator('.toc').boundingBox())!;
    const text = (await page.locator('article.chapter').boundingBox())!;
    expect(toc.y + toc.height).toBeLessThanOrEqual(text.y + 1);
    expect(text.width).toBeGreaterThan(1000);
    for (const name of ['gradient-field', 'gradient-descent']) {
      await scrollToIsland(page, name);
      const root = page.locator(`[data-widget="${name}"]`);
      await root.locator('.control-number-box').first().waitFor({ timeout: 30_000 });
      await expect.poll(() => misfits(root), { timeout: 10_000 }).toEqual([]);
    }
  });
  await expect.poll(open_).toBe(true); // back to 16 px with the page open: beside it, open again
});
