// The notebook in real Chromium on the production build: every chapter opens with KaTeX, the
// engine badge shows the backend, bad directives become error cards, deep links work, axe finds
// no serious or critical violation, and the page fits a phone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { readChapterIndex } from '../../scripts/vite-chapter-index';

const { open } = useBrowser();
const chapters = readChapterIndex();
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function chapterReady(page: Page) {
  await page.locator('article.chapter h1').first().waitFor();
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o: object) => Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(' | ')}`);
}

test('home lists every chapter with its title and summary', async () => {
  const page = await open('/');
  const items = page.locator('.chapter-list li');
  await expect.poll(() => items.count()).toBe(chapters.length);
  for (const ch of chapters) {
    const link = page.locator(`a[href$="/${ch.slug}/"]`);
    await expect.poll(() => link.textContent()).toContain(ch.title);
    if (ch.summary) expect(await link.textContent()).toContain(ch.summary);
  }
  expect(await seriousAxeViolations(page)).toEqual([]);
});

describe.each(chapters)('chapter $slug', (ch) => {
  test('opens with KaTeX, no error cards, prev/next, its own title, and no serious axe violations', async () => {
    const page = await open(`/${ch.slug}/`);
    await chapterReady(page);
    expect(await page.title()).toContain(ch.title);
    if (ch.number !== null) expect(await page.locator('.katex').count()).toBeGreaterThan(0);
    expect(await page.locator('[role=alert]').count()).toBe(0);
    const i = chapters.indexOf(ch);
    if (i > 0)
      expect(await page.locator('.pager-prev').getAttribute('href')).toContain(
        chapters[i - 1].slug,
      );
    if (i < chapters.length - 1)
      expect(await page.locator('.pager-next').getAttribute('href')).toContain(
        chapters[i + 1].slug,
      );
    if (ch.number !== null) expect(await page.locator('.toc a').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test('a deep link to a heading scrolls there, also after a reload', async () => {
  const ch = chapters.find((c) => c.number === 6) ?? chapters[0];
  const page = await open(`/${ch.slug}/`);
  await chapterReady(page);
  const id = await page.locator('article h2').nth(2).getAttribute('id');
  expect(id).toBeTruthy();
  await page.goto(`${page.url()}#${encodeURIComponent(id!)}`);
  await page.reload();
  await chapterReady(page);
  await expect
    .poll(() =>
      page.locator(`[id="${id}"]`).evaluate((el) => Math.round(el.getBoundingClientRect().top)),
    )
    .toBeLessThan(200);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
});

test('the engine badge shows the measured backend by default and the forced backend otherwise', async () => {
  const ch = chapters[0];
  for (const [backend, expected] of [
    [undefined, /^(webgl|wasm)$/], // the probe's choice (worker.e2e.ts tests how it is made)
    ['cpu', /^cpu$/],
    ['wasm', /^wasm$/],
  ] as const) {
    const page = await open(`/${ch.slug}/`, { backend });
    const badge = page.locator('[data-engine-status]');
    await expect
      .poll(() => badge.getAttribute('data-backend'), { timeout: 30_000 })
      .toMatch(expected);
    // a count, not a missing attribute (Number(null) would be 0)
    expect(await badge.getAttribute('data-tensors')).toMatch(/^\d+$/);
  }
});

test('bad directives become error cards in place; the rest renders; raw HTML never runs', async () => {
  const page = await open('/playground/');
  const fixture = readFileSync(resolve('tests/fixtures/bad-directives.md'), 'utf8');
  await page.getByLabel('마크다운').fill(fixture);
  const out = page.locator('.playground-output');
  await expect.poll(() => out.locator('[role=alert]').count()).toBe(3);
  const alerts = await out.locator('[role=alert]').allTextContents();
  expect(alerts[0]).toContain('no-such-widget');
  expect(alerts[1]).toContain('there-is-no-such-figure');
  expect(alerts[2]).toContain(':::mystery');
  expect(await out.textContent()).toContain('첫 문단은 멀쩡히');
  expect(await out.textContent()).toContain('상자 안의 글도');
  expect(await out.textContent()).toContain('마지막 문단도 멀쩡히');
  expect(await out.locator('.katex').count()).toBeGreaterThan(0);
  expect(await out.locator('.katex-error').count()).toBe(1);
  expect(await out.locator('script, img').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
  ).toBeUndefined();
});

test('unknown pages show a Korean 404 with a way home', async () => {
  const page = await open('/no/such/page/', { allowErrors: [/404/] });
  await expect.poll(() => page.locator('h1').textContent()).toContain('찾을 수 없어요');
  const page2 = await open('/99-nothing/', { allowErrors: [/404/] });
  await expect.poll(() => page2.locator('h1').textContent()).toContain('찾을 수 없어요');
});

test('theme: follows the system, toggles, and the choice survives a reload', async () => {
  const page = await open('/', { colorScheme: 'dark' });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.locator('.theme-toggle').waitFor();
  expect(await bg()).toBe('rgb(15, 18, 23)');
  await page.locator('.theme-toggle').click();
  expect(await bg()).toBe('rgb(255, 255, 255)');
  await page.reload();
  await page.locator('.theme-toggle').waitFor();
  expect(await bg()).toBe('rgb(255, 255, 255)');
  expect(await page.locator('.theme-toggle').getAttribute('aria-pressed')).toBe('false');
});

test('every chapter fits a 360 px phone without sideways scrolling', async () => {
  for (const ch of chapters) {
    const page = await open(`/${ch.slug}/`, { viewport: { width: 360, height: 740 } });
    await chapterReady(page);
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, ch.slug).toBeLessThanOrEqual(0);
  }
});

test('in-page navigation: chapter links and prev/next work without a reload', async () => {
  const page = await open('/');
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  await page.locator(`a[href$="/${chapters[0].slug}/"]`).click();
  await chapterReady(page);
  await page.locator('.pager-next').click();
  await expect.poll(() => page.url()).toContain(chapters[1].slug);
  await chapterReady(page);
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
  await page.goBack();
  await expect.poll(() => page.url()).toContain(chapters[0].slug);
});

test('dark mode: the widget chapters have no serious or critical axe violations either', async () => {
  for (const n of [2, 6]) {
    const ch = chapters.find((c) => c.number === n);
    if (!ch) return expect.unreachable(`chapter ${n} is missing`);
    const page = await open(`/${ch.slug}/`, { colorScheme: 'dark' });
    await chapterReady(page);
    await expect
      .poll(() => page.locator('[data-widget][data-state="loading"]').count(), { timeout: 60_000 })
      .toBe(0);
    expect(await seriousAxeViolations(page), ch.slug).toEqual([]);
  }
});
