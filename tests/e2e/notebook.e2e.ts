// The notebook in real Chromium on the production build: every chapter opens with KaTeX in a
// Chromium without WebGL, where every widget mounts in place and computes on wasm; the engine badge
// shows the backend, bad directives become error cards, deep links work, axe finds no serious or
// critical violation (light and dark, every widget mounted), and the page fits a phone. A test that opens several pages closes each one once checked, so that its widgets do not
// keep computing while the next page loads.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { diagnosed } from './stall-report';
import { playground, scrollIslandIntoView } from './widget-helpers';
import { readChapterIndex } from '../../scripts/vite-chapter-index';
import { reserveAt, reservedHeight } from '../../src/widgets/reserved-heights';
import { WIDGETS } from '../../src/widgets/registry';

const { open } = useBrowser();
/**
 * A Chromium without WebGL, the chapters' own browser. `--disable-3d-apis` alone still leaves
 * WebGL on an OffscreenCanvas (in a worker too: Chromium 14x, checked), so the GPU process and its
 * software fallback go as well: no WebGL anywhere, as on a machine without a usable GPU.
 */
const noWebgl = useBrowser({
  args: ['--disable-3d-apis', '--disable-gpu', '--disable-software-rasterizer'],
});
const chapters = readChapterIndex();
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function chapterReady(page: Page) {
  await page.locator('article.chapter h1').first().waitFor();
}

/**
 * Serious and critical axe violations on the page (only the `rules` given, if any).
 * `formulas: false` leaves KaTeX's markup out of the check. The prose's formulas are set aside
 * for the run — each replaced by an empty box of its size, then put back — rather than only
 * excluded: axe builds its tree of the whole document whatever it is told to exclude, and a
 * chapter's formulas are most of its elements (ch6: 12,600 of 14,300), so the run takes a quarter
 * of the time (ch6: 3.7 s → 0.9 s here) with the same layout around them (a wide display formula
 * still makes its box scroll). A widget's formulas (React's nodes) stay and are excluded.
 */
async function seriousAxeViolations(
  page: Page,
  { rules, formulas = true }: { rules?: string[]; formulas?: boolean } = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource); // (through DevTools: the page's CSP refuses inline scripts)
  if (formulas) return axeViolations(page, [], rules);
  await page.evaluate(setFormulasAside);
  try {
    return await axeViolations(page, ['.katex'], rules);
  } finally {
    await page.evaluate(putFormulasBack);
  }
}

/** In the page: each formula of the prose replaced by an empty box of its size (kept for `putFormulasBack`). */
const setFormulasAside = () => {
  const w = window as unknown as { __formulasAside?: Array<[Element, Element]> };
  w.__formulasAside = [...document.querySelectorAll('.katex')]
    .filter((k) => !k.parentElement?.closest('.katex, [data-widget]'))
    .map((k) => {
      const stand = document.createElement('span');
      const rects = k.getClientRects();
      if (rects.length === 1) {
        const { width, height } = rects[0];
        stand.style.cssText = `display: inline-block; width: ${width}px; height: ${height}px`;
      }
      k.replaceWith(stand);
      return [stand, k];
    });
};

/** In the page: the formulas back where `setFormulasAside` took them from. */
const putFormulasBack = () => {
  const w = window as unknown as { __formulasAside?: Array<[Element, Element]> };
  for (const [stand, k] of w.__formulasAside ?? []) stand.replaceWith(k);
  delete w.__formulasAside;
};

async function axeViolations(page: Page, exclude: string[], rules?: string[]): Promise<string[]> {
  const violations = await page.evaluate(
    async ([exclude, rules]) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: object,
              o: object,
            ) => Promise<{
              violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
            }>;
          };
        }
      ).axe;
      const context = exclude.length ? { exclude: exclude.map((s) => [s]) } : document;
      const r = await axe.run(context, {
        resultTypes: ['violations'],
        ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
      });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    },
    [exclude, rules] as const,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(' | ')}`);
}

/**
 * Scrolls to each widget frame the build wrote (`[data-island]`, in the chapter's order) and
 * checks that the live widget of that name mounts right there (`computed`: and, while the reader
 * looks at it, computes: no longer loading or running, and neither failed), then goes back to
 * the top. Returns how many widgets the chapter has.
 */
async function expectEveryWidgetMounts(page: Page, computed = false): Promise<number> {
  const islands = page.locator('article.chapter [data-island]');
  const names = await islands.evaluateAll((els) => els.map((e) => e.getAttribute('data-island')));
  for (const [i, name] of names.entries()) {
    await scrollIslandIntoView(islands.nth(i));
    const widget = islands.nth(i).locator(`[data-widget="${name}"]`);
    await widget.waitFor({ timeout: 30_000 });
    if (computed)
      await diagnosed(page, widget, () =>
        expect
          .poll(() => widget.getAttribute('data-state'), { timeout: 60_000, message: `${name}` })
          .toMatch(/^(ready|diverged)$/),
      );
    if (computed) {
      // the room its frame held before it drew (reserved-heights.ts) is never more than it fills,
      // once drawn (on a loaded machine a widget's parts may come a few frames after its state)
      const [reserve] = await reservesInForce(page, islands.nth(i));
      const height = () =>
        islands
          .nth(i)
          .evaluate((e) => e.querySelector('[data-widget]')!.getBoundingClientRect().height);
      await expect
        .poll(height, { timeout: 5_000, message: `${name}: drawn, against ${reserve} px reserved` })
        .toBeGreaterThanOrEqual(reserve);
    }
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return names.length;
}

/**
 * The min-height each island's frame holds at the page's present width, checked against what
 * reserved-heights.ts says: a frame not mounted yet, its own (notebook.css on its --reserve, a
 * calc() on the viewport); a mounted one, a probe's with the same min-height.
 */
async function reservesInForce(page: Page, islands = page.locator('[data-island]')) {
  const width = page.viewportSize()!.width;
  const found = await islands.evaluateAll((els) =>
    els.map((e) => {
      const placeholder = e.querySelector(':scope > .widget-placeholder');
      const probe = placeholder ?? document.createElement('div');
      if (!placeholder) {
        probe.setAttribute('style', 'min-height: var(--reserve)');
        e.append(probe);
      }
      const px = parseFloat(getComputedStyle(probe).minHeight);
      if (!placeholder) probe.remove();
      return { px, name: e.getAttribute('data-island')!, attrs: e.getAttribute('data-attrs')! };
    }),
  );
  return found.map(({ px, name, attrs }) => {
    const expected = reserveAt(reservedHeight(name, JSON.parse(attrs))!, width);
    expect(px, `${name} at ${width} px`).toBeCloseTo(expected, 0);
    return px;
  });
}

/** In a browser without WebGL the engine says so and runs on wasm. */
async function expectWasmWithoutWebgl(page: Page) {
  const badge = page.locator('[data-engine-status]');
  await expect.poll(() => badge.getAttribute('data-backend'), { timeout: 30_000 }).toBe('wasm');
  expect(await badge.getAttribute('title')).toContain('WebGL을 쓸 수 없어요');
}

/**
 * Dark mode on the same page: once no widget is loading, the system theme turns dark (the theme is
 * plain CSS on prefers-color-scheme, so it switches live) and axe finds no serious or critical
 * colour-contrast violation — the theme changes colours only; every other rule was just run on the
 * same page in light mode. KaTeX's markup is left out: formulas are drawn in the prose's own colour
 * (no \color in the book), which this run checks.
 */
async function expectDarkAxeClean(page: Page) {
  await expect
    .poll(() => page.locator('[data-widget][data-state="loading"]').count(), { timeout: 60_000 })
    .toBe(0);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor), {
      timeout: 10_000,
    })
    .toBe('rgb(15, 18, 23)');
  const dark = await seriousAxeViolations(page, { formulas: false, rules: ['color-contrast'] });
  expect(dark, 'dark mode').toEqual([]);
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
  // the site's own Korean font (its rules load after the first render) is served from the build
  // and decodes, regular and bold Hangul, for machines without a Korean system font
  const hangul = () =>
    page.evaluate(async () =>
      Promise.all(
        ['16px', 'bold 16px'].map(async (f) => {
          const faces = await document.fonts.load(`${f} "Noto Sans KR"`, '밑바닥 노트북');
          return faces.length > 0 && faces.every((x) => x.status === 'loaded');
        }),
      ),
    );
  await expect.poll(hangul, { timeout: 20_000 }).toEqual([true, true]);
});

describe.each(chapters)('chapter $slug', (ch) => {
  test('in a Chromium without WebGL: opens with KaTeX, no error cards, prev/next, its own title, every widget mounts in place and computes on wasm, no serious axe violations (light and dark)', async () => {
    const page = await noWebgl.open(`/${ch.slug}/`);
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
    // the glossary is a page, not a chapter: its contents and pager say so
    const [tocName, pagerName] =
      ch.number === null
        ? ['이 페이지의 차례', '이전 페이지와 다음 페이지']
        : ['이 장의 차례', '이전 장과 다음 장'];
    const toc = page.locator('nav.toc');
    if (await toc.count()) expect(await toc.getAttribute('aria-label')).toBe(tocName);
    expect(await page.locator('nav.pager').getAttribute('aria-label')).toBe(pagerName);
    if (await expectEveryWidgetMounts(page, true)) await expectWasmWithoutWebgl(page);
    // which wide formulas scroll (and so must be focusable) is checked for all of them once the
    // reader uses the keyboard (near the screen, always)
    await page.keyboard.press('Shift');
    await page.locator('article.chapter[data-overflow-checked]').waitFor({ timeout: 30_000 });
    // KaTeX's markup (most of a chapter's elements and of axe's time) in full where the book's
    // formulas are densest and most varied — chapter 5: 288 formulas, 17 displayed, 5 matrices —
    // and its wide-formula regions (`.katex-display`, outside `.katex`) in every chapter
    expect(await seriousAxeViolations(page, { formulas: ch.number === 5 })).toEqual([]);
    await expectDarkAxeClean(page);
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
  // the table of contents jumps to a heading too
  await page.evaluate(() => window.scrollTo(0, 0));
  const last = page.locator('.toc a').last();
  const target = decodeURIComponent(((await last.getAttribute('href')) ?? '').slice(1));
  await last.click();
  await expect.poll(() => decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(target);
  await expect
    .poll(() =>
      page.locator(`[id="${target}"]`).evaluate((el) => Math.round(el.getBoundingClientRect().top)),
    )
    .toBeLessThan(200);
  // and so does a heading's own # link, which shows on hover (a reader copies the address)
  const h = page.locator('article.chapter h3').nth(1);
  await h.scrollIntoViewIfNeeded();
  const anchor = h.locator('.heading-anchor');
  expect(await anchor.evaluate((e) => getComputedStyle(e).opacity)).toBe('0');
  await h.hover();
  await expect.poll(() => anchor.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
  await anchor.click();
  const own = await h.getAttribute('id');
  await expect.poll(() => decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(own);
  expect(await h.textContent()).toMatch(/#$/);
  expect(await page.getByRole('heading', { name: (await h.textContent())!.slice(0, -1), exact: true }).count()).toBe(1); // prettier-ignore
});

test('the table of contents: open beside the text; closed above it on a phone, where the title comes first', async () => {
  const ch = chapters.find((c) => c.number === 5) ?? chapters[0];
  const wide = await open(`/${ch.slug}/`);
  await chapterReady(wide);
  await expect.poll(() => wide.locator('.toc a').first().isVisible()).toBe(true);
  await wide.close();
  const phone = await open(`/${ch.slug}/`, { viewport: { width: 390, height: 844 } });
  await chapterReady(phone);
  const h1 = phone.locator('article.chapter h1');
  expect(await h1.evaluate((e) => e.getBoundingClientRect().bottom)).toBeLessThan(844);
  expect(await phone.locator('.toc a').first().isVisible()).toBe(false);
  await phone.locator('.toc summary').click();
  await expect.poll(() => phone.locator('.toc a').first().isVisible()).toBe(true);
});

test('the engine badge shows the measured backend by default and the forced backend otherwise', async () => {
  // The badge is in every page's header: the home page, without a chapter's formulas and widgets.
  for (const [backend, expected] of [
    [undefined, /^(webgl|wasm)$/], // the probe's choice (worker.e2e.ts tests how it is made)
    ['cpu', /^cpu$/],
    ['wasm', /^wasm$/],
  ] as const) {
    const page = await open('/', { backend, firstVisit: true });
    const badge = page.locator('[data-engine-status]');
    await expect
      .poll(() => badge.getAttribute('data-backend'), { timeout: 30_000 })
      .toMatch(expected);
    // a count, not a missing attribute (Number(null) would be 0)
    expect(await badge.getAttribute('data-tensors')).toMatch(/^\d+$/);
    await page.context().close();
  }
});

test('a widget whose code is gone (a new deploy, the network down) says so in Korean; 새로고침 brings it back', async () => {
  const gone = /\/assets\/Softmax-[^/]+\.js$/;
  const page = await open('/03-neural-network/', {
    allowErrors: [/Failed to load resource/],
    beforeGoto: (p) => p.route(gone, (r) => r.fulfill({ status: 404, body: '' })),
  });
  await chapterReady(page);
  const island = page.locator('[data-island="softmax"]');
  await scrollIslandIntoView(island);
  const alert = island.getByRole('alert');
  await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('코드를 불러오지 못했어요'); // prettier-ignore
  expect(await island.getByRole('button', { name: '다시 시도' }).count()).toBe(0);
  // the chapter's other widgets are unaffected
  const first = page.locator('[data-island="activation-functions"]').first();
  await scrollIslandIntoView(first);
  await expect.poll(() => first.locator('[data-widget]').getAttribute('data-state'), { timeout: 60_000 }).toMatch(/^(ready|diverged)$/); // prettier-ignore
  await page.unroute(gone);
  await scrollIslandIntoView(island);
  await island.getByRole('button', { name: '새로고침' }).click();
  await page.waitForLoadState('load');
  await scrollIslandIntoView(page.locator('[data-island="softmax"]'));
  await expect.poll(() => page.locator('[data-island="softmax"] [data-widget]').getAttribute('data-state'), { timeout: 60_000 }).toMatch(/^(ready|diverged)$/); // prettier-ignore
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

/** For every widget: a directive with values it cannot take, and what its error card must name. */
const BAD_PARAMETERS: Record<string, [attrs: string, named: string[]]> = {
  'perceptron-gates': ['gate=xnor w1=7', ['gate=xnor', 'w1=7']],
  'activation-functions': ['x=9 relu=maybe', ['x=9', 'relu=maybe']],
  softmax: ['count=9 temperature=0', ['count=9', 'temperature=0']],
  'mnist-inference': ['batch=0 digit=10000 colour=red', ['batch=0', 'digit=10000', 'colour=red']],
  'loss-functions': ['target=12 y=abc', ['target=12', 'y=abc']],
  'gradient-field': ['method=exact x0=3', ['method=exact', 'x0=3']],
  'gradient-descent': ['lr=100 steps=2.5', ['lr=100', 'steps=2.5']],
  'train-mnist': ['iterations=0 optimizer=magic', ['iterations=0', 'optimizer=magic']],
  'computational-graph': ['example=banana tax=9', ['example=banana', 'tax=9']],
  'layer-backprop': ['batch=9 activation=tanh', ['batch=9', 'activation=tanh']],
  'gradient-check': ['h=5 bug=typo', ['h=5', 'bug=typo']],
  'optimizer-trajectories': ['lr-sgd=abc speed=3', ['lr-sgd=abc', 'speed=3']],
  'optimizer-mnist': ['iterations=0', ['iterations']],
  'weight-init-histograms': ['std=100 activation=softplus', ['std=100', 'activation=softplus']],
  'weight-init-mnist': ['activation=step', ['activation']],
  'batch-norm': ['scale=16', ['scale']],
  overfitting: ['weight-decay=-1', ['weight-decay']],
  'hyperparameter-search': ['trials=0 workers=9', ['trials', 'workers']],
  convolution: ['pad=9 filter=abc', ['pad=9', 'filter=abc']],
  im2col: ['n=0 c=x', ['n=0', 'c=x']],
  'train-cnn': ['iterations=0', ['iterations']],
  'deep-convnet': ['layer=conv9 digits=5', ['layer', 'conv9', 'digits']],
  'data-augmentation': ['rotate=90 shift=1.5', ['rotate=90', 'shift=1.5']],
  'policy-gradient': ['alpha=5 baseline=maybe', ['alpha=5', 'baseline=maybe']],
};

test("every widget's bad directive parameters become its error card, in place, naming each; the text around renders", async () => {
  expect(Object.keys(BAD_PARAMETERS).sort()).toEqual(Object.keys(WIDGETS).sort());
  // one playground page for all of them (a page each took ≈ 2.5 s of the run's two cores)
  const bad = Object.entries(BAD_PARAMETERS);
  const page = await open('/playground/');
  await playground(
    page,
    bad.map(([name, [attrs]], i) => `문단 ${i}\n\n::${name}{${attrs}}\n\n`).join('') + '끝 문단\n',
  );
  const out = page.locator('.playground-output');
  await expect.poll(() => out.locator('[role=alert]').count()).toBe(bad.length);
  const cards = await out.locator('[role=alert]').allTextContents();
  bad.forEach(([name, [, named]], i) => {
    for (const f of [name, ...named]) expect(cards[i], name).toContain(f);
  });
  const paragraphs = await out.locator('p').allTextContents();
  for (const i of bad.keys()) expect(paragraphs).toContain(`문단 ${i}`);
  expect(paragraphs).toContain('끝 문단');
  expect(await out.locator('[data-widget]').count()).toBe(0);
});

test('unknown pages show a Korean 404 with a way home', async () => {
  const page = await open('/no/such/page/', { allowErrors: [/404/] });
  await expect.poll(() => page.locator('h1').textContent()).toContain('찾을 수 없어요');
  await page.context().close();
  const page2 = await open('/99-nothing/', { allowErrors: [/404/] });
  await expect.poll(() => page2.locator('h1').textContent()).toContain('찾을 수 없어요');
});

test('theme: follows the system, toggles, and the choice survives a reload', async () => {
  const page = await open(`/${chapters[0].slug}/`, { colorScheme: 'dark' });
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

test("the prose follows the reader's default font size (rem, not px)", async () => {
  const page = await open(`/${chapters[0].slug}/`);
  const size = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('article.chapter p')!).fontSize);
  expect(await size()).toBe('17px'); // the browser's default 16px
  // Chrome's Settings → Appearance → Font size "Very large"
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
  await page.reload();
  expect(await size()).toBe('25.5px');
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
  // and on a phone at that size (a column like 260 px at the default), the inline formulas with
  // long numbers break between their elements instead of sticking out of the text
  await page.setViewportSize({ width: 390, height: 844 });
  for (const n of [3, 4]) {
    await page.goto(`${new URL(page.url()).origin}/${chapters.find((c) => c.number === n)!.slug}/`);
    const out = await page.locator('article.chapter p .katex').evaluateAll((ks) =>
      ks
        .filter(
          (k) =>
            k.getBoundingClientRect().right > k.closest('p')!.getBoundingClientRect().right + 1,
        ) // prettier-ignore
        .map((k) => k.querySelector('annotation')?.textContent),
    );
    expect(out, `chapter ${n}`).toEqual([]);
  }
});

/**
 * On a phone a prose table (rehypeTables.ts: the glossary's, chapter 8's summary) reads as
 * cards: each row a block, each cell under its column's name, nothing to scroll sideways; a
 * table of short values (chapter 2's truth tables) stays a table.
 */
async function expectProseTablesStack(page: Page, slug: string) {
  const tables = await page.locator('article.chapter table').evaluateAll((ts) =>
    ts.map((t) => {
      t.scrollIntoView(); // a far section is laid out only near the screen (chapter.css)
      const cell = t.querySelector('tbody td:nth-child(2)')!;
      return {
        stack: t.hasAttribute('data-stack'),
        row: getComputedStyle(t.querySelector('tbody tr')!).display,
        label: getComputedStyle(cell, '::before').content,
        header: t.querySelector('th:nth-child(2)')!.textContent,
        sideways: t.parentElement!.scrollWidth - t.parentElement!.clientWidth,
      };
    }),
  );
  if (slug === 'glossary') expect(tables.map((t) => t.stack)).toEqual([true, true]);
  if (slug === '02-perceptron') expect(tables.filter((t) => t.stack)).toEqual([]);
  for (const t of tables.filter((x) => x.stack)) {
    expect(t.row, slug).toBe('block');
    expect(t.label, slug).toContain(t.header);
    expect(t.sideways, slug).toBeLessThanOrEqual(0);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * On a 360 px phone a display formula scrolls sideways inside its own box at most a little: a
 * long chain is written over several lines (aligned), not as one line twice the column's width.
 */
const FORMULA_SWIPE = 1.3;
async function expectFormulasFit(page: Page, slug: string) {
  const wide = await page.locator('article.chapter .katex-display').evaluateAll((ds, most) => {
    const found = ds
      .map((d) => {
        d.scrollIntoView(); // a far section is laid out only near the screen (chapter.css)
        const tex = d.querySelector('annotation')?.textContent ?? '';
        return {
          ratio: d.scrollWidth / d.clientWidth,
          tex: tex.replace(/\s+/g, ' ').slice(0, 60),
        };
      })
      .filter((f) => f.ratio > most)
      .map((f) => `${f.ratio.toFixed(2)}× ${f.tex}`);
    window.scrollTo(0, 0); // in the same task: no frame sees the last formula (no widget mounts)
    return found;
  }, FORMULA_SWIPE);
  expect(wide, slug).toEqual([]);
}

test('every chapter fits a 360 px phone without sideways scrolling', async () => {
  // One phone tab, going through the book with "다음 →" (each a pre-rendered page).
  const page = await open(`/${chapters[0].slug}/`, { viewport: { width: 360, height: 740 } });
  for (const [i, ch] of chapters.entries()) {
    if (i > 0) await page.locator('.pager-next').click();
    const title = `${ch.title} — 밑바닥 노트북`;
    await expect
      .poll(
        () =>
          page.evaluate(
            (t) =>
              document.title === t &&
              !document.querySelector('.chapter-loading') &&
              !!document.querySelector('article.chapter h1'),
            title,
          ),
        { timeout: 30_000 },
      )
      .toBe(true);
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, ch.slug).toBeLessThanOrEqual(0);
    await expectProseTablesStack(page, ch.slug);
    await expectFormulasFit(page, ch.slug);
    // its frames hold a phone's room (reserved-heights.ts), and between the measured widths a
    // straight line's
    await reservesInForce(page);
    if (i === 0)
      for (const width of [414, 600, 1000]) {
        await page.setViewportSize({ width, height: 740 });
        await reservesInForce(page);
        await page.setViewportSize({ width: 360, height: 740 });
      }
  }
});

test('chapter links and prev/next open the pre-rendered pages; back returns; a forced backend travels along', async () => {
  const page = await open('/', { backend: 'cpu' });
  await page.locator(`a[href$="/${chapters[0].slug}/"]`).click();
  await chapterReady(page);
  expect(new URL(page.url()).searchParams.get('backend')).toBe('cpu');
  await page.locator('.pager-next').click();
  await expect.poll(() => page.url()).toContain(chapters[1].slug);
  await chapterReady(page);
  expect(new URL(page.url()).searchParams.get('backend')).toBe('cpu');
  await expect
    .poll(() => page.locator('[data-engine-status]').getAttribute('data-backend'), {
      timeout: 30_000,
    })
    .toBe('cpu');
  await page.goBack();
  await expect.poll(() => page.url()).toContain(chapters[0].slug);
});

test('with JavaScript off, a chapter shows its headings, text, formulas and figures', async () => {
  const ch = chapters.find((c) => c.number === 3) ?? chapters[0];
  const page = await open(`/${ch.slug}/`, { javaScriptEnabled: false });
  expect(await page.title()).toContain(ch.title);
  expect(await page.locator('article.chapter h1').textContent()).toContain(ch.title);
  expect(await page.locator('article.chapter h2').count()).toBeGreaterThan(3);
  expect(await page.locator('article.chapter p').count()).toBeGreaterThan(10);
  expect(await page.locator('article.chapter .katex').count()).toBeGreaterThan(10);
  expect(await page.locator('article.chapter .katex-display').count()).toBeGreaterThan(0);
  expect(await page.locator('article.chapter figure[data-figure] svg').count()).toBeGreaterThan(0);
  expect(await page.locator('.toc a').count()).toBeGreaterThan(3);
  // a widget's place shows its title and says it needs JavaScript (no endless "loading")
  const island = page.locator('[data-island]').first();
  expect(await island.locator('.widget-title').textContent()).toBeTruthy();
  expect(await island.locator('.widget-loading').isVisible()).toBe(false);
  expect(await island.textContent()).toContain('JavaScript');
  // its code listings are coloured in the HTML, and offer no copy button that could not work
  expect(await page.locator('article.chapter pre code .hljs-keyword').count()).toBeGreaterThan(0);
  expect(await page.locator('.code-copy').count()).toBe(0);
});

test('keyboard alone: Tab reaches every slider of a chapter, and the arrow keys move each', async () => {
  const ch = chapters.find((c) => c.number === 4) ?? chapters[0];
  const page = await open(`/${ch.slug}/`);
  await chapterReady(page);
  await expectEveryWidgetMounts(page);
  await expect
    .poll(() => page.locator('[data-widget][data-state="loading"]').count(), { timeout: 60_000 })
    .toBe(0);
  // every slider a reader can see and use (a closed <details> or a disabled control is skipped)
  const sliders = await page
    .locator('article.chapter [role="slider"], article.chapter input[type="range"]')
    .evaluateAll((els) =>
      els
        .filter((e) => e.checkVisibility() && !(e as HTMLInputElement).disabled)
        .map((e) => e.getAttribute('aria-label') ?? e.id),
    );
  expect(sliders.length).toBeGreaterThan(3);
  // from the top of the page, Tab until focus comes back around; note each slider reached
  const reached = new Set<string>();
  for (let i = 0; i < 600 && reached.size < sliders.length; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || !el.closest('article.chapter')) return null;
      const slider =
        el.getAttribute('role') === 'slider' || (el as HTMLInputElement).type === 'range';
      if (!slider) return null;
      const before = (el as HTMLInputElement).value ?? el.getAttribute('aria-valuenow');
      return { name: el.getAttribute('aria-label') ?? el.id, before };
    });
    if (!focused || reached.has(focused.name)) continue;
    reached.add(focused.name);
    const key = (await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return Number(el.value) >= Number(el.max);
    }))
      ? 'ArrowLeft'
      : 'ArrowRight';
    await page.keyboard.press(key);
    const after = await page.evaluate(
      () =>
        (document.activeElement as HTMLInputElement).value ??
        document.activeElement?.getAttribute('aria-valuenow'),
    );
    expect(after, `${focused.name} moves with ${key}`).not.toBe(focused.before);
  }
  expect([...reached].sort()).toEqual([...new Set(sliders)].sort());
});
