// "링크 복사" in real Chromium on the production build: a reader sets a widget, copies its link
// (the real clipboard), and the link opens the chapter scrolled to that widget, set the same way
// and marked; where the page may not copy, a dialog shows the link to copy by hand. And a code
// listing's "코드 복사". Every test that uses the real clipboard lives in this file: there is one
// clipboard per browser, and the files run two at a time, so two files copying at once would read
// each other's text.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { widgetHarness } from './widget-helpers';

const { open, baseUrl } = useBrowser();
const softmax = widgetHarness(open, 'softmax');
const CHAPTER = '/03-neural-network/';
const TEMPERATURE = '온도 T';

test('the copied link opens the chapter at the widget, set as the reader left it', async () => {
  const w = await softmax.open(CHAPTER, { state: 'ready' });
  await w.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseUrl()).origin,
  });
  await w.press(TEMPERATURE, 'ArrowRight', 3);
  const t = await w.value(TEMPERATURE);
  expect(t).not.toBe(1);
  await w.root.getByRole('button', { name: '링크 복사' }).click();
  await expect.poll(() => w.root.locator('button.widget-link').textContent()).toBe('복사했어요 ✓');
  await expect.poll(() => w.root.locator('[aria-live]').filter({ hasText: '링크를 복사' }).count()).toBe(1); // prettier-ignore
  const link = new URL(await w.page.evaluate(() => navigator.clipboard.readText()));
  expect(link.pathname).toBe(CHAPTER);
  expect(link.hash).toBe('#widget-softmax');
  expect([...link.searchParams.keys()]).toEqual(['softmax.temperature']);
  expect(Number(link.searchParams.get('softmax.temperature'))).toBeCloseTo(t, 6);

  // a second reader opens it: the page lands on the widget (the third of the chapter, far below
  // its top), which mounts there with the same temperature, its frame marked as the one linked
  const page = await open(`${link.pathname}${link.search}${link.hash}`);
  const island = page.locator('#widget-softmax');
  await expect
    .poll(() => island.evaluate((e) => Math.round(e.getBoundingClientRect().top)), {
      timeout: 15_000,
    })
    .toBeLessThan(200);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  const there = await softmax.on(page, 'ready');
  expect(await there.value(TEMPERATURE)).toBeCloseTo(t, 6);
  expect(await island.evaluate((e) => e.matches(':target'))).toBe(true);
  expect(await island.locator('.widget').evaluate((e) => getComputedStyle(e).boxShadow)).not.toBe('none'); // prettier-ignore
});

test('where the page may not copy, a dialog shows the link; Escape closes it', async () => {
  const w = await softmax.open(CHAPTER, {
    state: 'ready',
    beforeGoto: (page) =>
      page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: undefined });
        document.execCommand = () => false;
      }),
  });
  await w.root.getByRole('button', { name: '링크 복사' }).click();
  const dialog = w.page.getByRole('dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  expect(await dialog.evaluate((e) => e.matches(':modal'))).toBe(true); // the page behind is inert
  const field = dialog.getByRole('textbox', { name: '이 위젯의 링크' });
  expect(new URL(await field.inputValue()).hash).toBe('#widget-softmax');
  expect(await field.evaluate((e: HTMLInputElement) => e.selectionEnd! - e.selectionStart!)).toBe(
    (await field.inputValue()).length,
  );
  await w.page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
});

test('without the clipboard API (an http address other than localhost) the copy command copies it, in place', async () => {
  const w = await softmax.open(CHAPTER, {
    state: 'ready',
    beforeGoto: (page) =>
      page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined })),
  });
  const button = w.root.getByRole('button', { name: '링크 복사' });
  await button.scrollIntoViewIfNeeded();
  // Where the reader sees the button, read in the page as the click begins, as the copy command
  // runs (the field focused and selected) and as the click ends — all in the one task of the
  // click, where no section above can settle in between (under load one did, between two reads
  // from here: the button 396 px lower, and scroll anchoring moving scrollY too).
  await button.evaluate((b) => {
    const places: Array<{ top: number; scrollY: number }> = [];
    const note = () => places.push({ top: b.getBoundingClientRect().top, scrollY: window.scrollY });
    (window as unknown as { __places: typeof places }).__places = places;
    window.addEventListener('click', note, { capture: true, once: true });
    document.addEventListener('copy', note, { once: true });
    window.addEventListener('click', note, { once: true });
  });
  await button.click();
  await expect.poll(() => w.root.locator('button.widget-link').textContent()).toBe('복사했어요 ✓');
  // the page did not move: a scroll to the field would change both where the button is drawn and
  // scrollY (by hundreds of px); a pixel's rounding allowed
  const [before, ...later] = await w.page.evaluate(
    () => (window as unknown as { __places: Array<{ top: number; scrollY: number }> }).__places,
  );
  expect(later, 'read during the copy and after it').toHaveLength(2);
  for (const after of later) {
    const moved =
      Math.abs(after.top - before.top) > 2 && Math.abs(after.scrollY - before.scrollY) > 2;
    expect(
      moved,
      `button ${before.top} → ${after.top}, scrollY ${before.scrollY} → ${after.scrollY}`,
    ).toBe(false);
  }
  expect(await w.page.evaluate(() => document.activeElement?.className)).toBe('widget-link');
  expect(await w.page.locator('textarea').count()).toBe(0);
  // what the copy command put on the clipboard, read through the API this page was denied
  const other = await w.page.context().newPage();
  await w.page
    .context()
    .grantPermissions(['clipboard-read'], { origin: new URL(baseUrl()).origin });
  await other.goto(new URL('/', baseUrl()).toString());
  expect(new URL(await other.evaluate(() => navigator.clipboard.readText())).hash).toBe(
    '#widget-softmax',
  );
});

test('every code listing has a copy button: it copies the listing as written, and says so', async () => {
  const page = await open('/05-backpropagation/');
  await page.locator('article.chapter h1').first().waitFor();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(page.url()).origin,
  });
  const listings = page.locator('article.chapter pre code');
  await expect
    .poll(() => page.locator('.code-block .code-copy').count())
    .toBe(await listings.count());
  const block = page.locator('.code-block').nth(2);
  await block.getByRole('button', { name: '코드 복사' }).focus(); // a button like any other
  await page.keyboard.press('Enter');
  const button = block.locator('.code-copy');
  await expect.poll(() => button.textContent()).toBe('복사했어요 ✓');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await block.locator('code').textContent(),
  );
  await expect
    .poll(() => page.locator('#site-toast-announcer').textContent())
    .toBe('코드를 복사했어요.');
  await expect.poll(() => button.textContent(), { timeout: 5_000 }).toBe('코드 복사');
});
