// The one browser-test harness for widgets: open a page (a chapter or the playground), wait for
// `[data-widget=…][data-state=ready]`, move a control by its accessible label from the keyboard,
// assert that the picture changed, read the engine badge's tensor count and assert it is back at
// its baseline, and check the error card of a bad directive. Every widget-*.e2e.ts uses it.
import { afterAll, afterEach, expect, inject } from 'vitest';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { rememberBackend, type OpenOptions, type useBrowser } from './browser';
import { moved, watchedLayout } from './layout-watch';

type Open = ReturnType<typeof useBrowser>['open'];
/** Settled: numbers drawn, no run in flight. */
const SETTLED = /^(ready|diverged)$/;

/** Live tf tensors as the engine badge reports them (fails when the badge has no count). */
export async function tensors(page: Page): Promise<number> {
  const raw = await page.locator('[data-engine-status]').getAttribute('data-tensors');
  expect(raw, 'the engine badge has data-tensors').not.toBeNull();
  const n = Number(raw);
  expect(Number.isInteger(n), `data-tensors="${raw}" is a count`).toBe(true);
  return n;
}

/** Waits until the badge shows `baseline` tensors again. */
export async function expectTensorsBack(page: Page, baseline: number): Promise<void> {
  await expect.poll(() => tensors(page), { timeout: 10_000 }).toBe(baseline);
}

/** Waits for the engine to start on `backend` and decide its backend, then for its startup tensors to settle; returns the count. */
export async function engineBaseline(page: Page, backend?: string): Promise<number> {
  const badge = page.locator('[data-engine-status]');
  if (backend)
    await expect.poll(() => badge.getAttribute('data-backend'), { timeout: 60_000 }).toBe(backend);
  else
    await expect.poll(() => badge.getAttribute('data-tensors'), { timeout: 60_000 }).not.toBeNull();
  // the probe's own tensors live until it has decided: the baseline is read after the decision
  await expect.poll(() => badge.getAttribute('data-backend-choice'), { timeout: 60_000 }).not.toBeNull(); // prettier-ignore
  await page.waitForTimeout(700);
  return tensors(page);
}

/**
 * Scrolls the island `island` into view the way a reader's jump does (the browser's own
 * scrollIntoView: a chapter's far sections are laid out lazily, so their heights settle as they
 * come near) and waits until its widget has mounted.
 */
export async function scrollIslandIntoView(island: Locator): Promise<void> {
  await expect
    .poll(
      async () => {
        await island.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        return island.getAttribute('data-island-state');
      },
      { timeout: 30_000, interval: 100 },
    )
    .toBe('mounted');
}

/** Scrolls the first not-yet-mounted frame of widget `name` into view (a chapter's island). */
export async function scrollToIsland(page: Page, name: string): Promise<void> {
  const islands = page.locator(`[data-island="${name}"]`);
  const n = await islands.count();
  for (let i = 0; i < n; i++) {
    if ((await islands.nth(i).getAttribute('data-island-state')) !== null) continue;
    await scrollIslandIntoView(islands.nth(i));
    return;
  }
}

/** Replaces the Markdown on the /playground/ page (it renders as you type). */
export async function playground(page: Page, source: string): Promise<void> {
  const box = page.getByLabel('마크다운');
  await box.waitFor();
  await box.fill(source);
}

/**
 * What does not fit `root`, e.g. on a phone: elements that stick out of it sideways (SVG
 * internals, KaTeX's visually hidden MathML copy and what a scrolling box holds excluded), number
 * controls whose box has dropped to a line below its slider (slider, box and unit wrap as one,
 * under a long label), and boxes that scroll sideways where the keyboard cannot reach them.
 */
export function misfits(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const box = el.getBoundingClientRect();
    /** inside a box of `el` that scrolls or clips sideways (checked below for the keyboard) */
    const held = (c: Element) => {
      for (let a = c.parentElement; a && a !== el; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const sideways = [...el.querySelectorAll('*')]
      .filter((c) => {
        const r = c.getBoundingClientRect();
        return (
          r.width > 0 &&
          !c.closest('svg, .katex-mathml') &&
          (r.right > box.right + 1 || r.left < box.left - 1) &&
          !held(c)
        );
      })
      .map((c) => `${c.tagName.toLowerCase()}.${c.getAttribute('class') ?? ''}`)
      .slice(0, 5);
    const stranded = [...el.querySelectorAll('.control-number')]
      .filter((c) => {
        const range = c.querySelector('input[type="range"]')?.getBoundingClientRect();
        const num = c.querySelector('.control-number-box')?.getBoundingClientRect();
        return range && num && range.width > 0 && num.top >= range.bottom;
      })
      .map((c) => `number box below its slider: ${c.querySelector('label')?.textContent}`);
    // a box that scrolls sideways needs the keyboard too: focusable itself, or holding what is
    // (axe's scrollable-region-focusable; kit/ScrollRegion.tsx)
    const focusable = 'a[href], button, input, select, textarea, [tabindex]';
    const unreachable = [...el.querySelectorAll<HTMLElement>('*')]
      .filter(
        (c) =>
          /auto|scroll/.test(getComputedStyle(c).overflowX) &&
          c.scrollWidth > c.clientWidth + 1 &&
          !c.matches(focusable) &&
          !c.querySelector(focusable),
      )
      .map((c) => `scrolls sideways, out of the keyboard's reach: ${c.className}`);
    return [...sideways, ...stranded, ...unreachable];
  });
}

/**
 * Runs `check` with the browser's default text size at `px` (Chrome's "Very large" is 24 px; 32 px
 * is text zoomed to 200 %: rem and em grow, the viewport does not — what a reader who enlarged
 * their browser's text meets), then puts it back at 16 px.
 */
export async function atTextSize(
  page: Page,
  px: number,
  check: () => Promise<unknown>,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const size = (standard: number) =>
    cdp.send('Page.setFontSizes', {
      fontSizes: { standard, fixed: Math.round((standard * 13) / 16) },
    });
  await size(px);
  try {
    await check();
  } finally {
    await size(16);
    await cdp.detach();
  }
}

/**
 * The on-screen font size (px) of every visible element matching `selector` under `root`: an
 * SVG's text scaled by how large its viewBox is drawn (a picture drawn at 60 % shrinks its labels).
 */
export function shownTextPx(root: Locator, selector: string): Promise<number[]> {
  return root.evaluate(
    (el, sel) =>
      [...el.querySelectorAll(sel)]
        .filter((t) => t.getClientRects().length > 0)
        .map((t) => {
          const svg = (t as SVGElement).ownerSVGElement;
          const vb = svg?.viewBox.baseVal;
          const scale = svg && vb && vb.width ? svg.getBoundingClientRect().width / vb.width : 1;
          return parseFloat(getComputedStyle(t).fontSize) * scale;
        }),
    selector,
  );
}

/** One widget on a page, reached through what a reader sees: labels, states, pictures. */
export class Widget {
  constructor(
    readonly name: string,
    readonly page: Page,
    readonly root: Locator,
  ) {}

  state(): Promise<string | null> {
    return this.root.getAttribute('data-state');
  }

  /** Waits for the widget to appear and reach `state` (default: ready or diverged). */
  async ready(state: string | RegExp = SETTLED, timeout = 90_000): Promise<this> {
    // On a pre-rendered chapter a widget mounts when it comes near the viewport, as for a reader.
    if (!(await this.root.count())) await scrollToIsland(this.page, this.name);
    await this.root.waitFor({ timeout: 60_000 });
    const poll = expect.poll(() => this.state(), { timeout });
    await (typeof state === 'string' ? poll.toBe(state) : poll.toMatch(state));
    return this;
  }

  /** The control whose accessible name is exactly `label`. */
  control(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  slider(label: string): Locator {
    return this.root.getByRole('slider', { name: label, exact: true });
  }

  /** The number box next to a slider (named "<label> 값"). */
  numberBox(label: string): Locator {
    return this.root.getByRole('spinbutton', { name: `${label} 값`, exact: true });
  }

  async value(label: string): Promise<number> {
    return Number(await this.numberBox(label).inputValue());
  }

  /** Focuses the slider labelled `label` and presses `key` `times` times. */
  async press(label: string, key = 'ArrowRight', times = 1): Promise<void> {
    await this.slider(label).focus();
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }

  /** Clicks a slider's track at `fraction` of its width (0 = left end). */
  async clickTrack(label: string, fraction: number): Promise<void> {
    const r = await this.slider(label).boundingBox();
    expect(r, `slider ${label} is on screen`).not.toBeNull();
    await this.page.mouse.click(r!.x + Math.max(4, r!.width * fraction), r!.y + r!.height / 2);
  }

  /** What the widget draws: every SVG's markup and every canvas's pixels. */
  picture(): Promise<string> {
    return this.root.evaluate((el) =>
      [...el.querySelectorAll('svg, canvas')]
        .map((n) => (n instanceof HTMLCanvasElement ? n.toDataURL() : n.outerHTML))
        .join('\n'),
    );
  }

  /** Runs `action` and waits until `read` (default: the picture) differs, then until settled. */
  async expectChange(
    action: () => Promise<unknown>,
    read: () => Promise<unknown> = () => this.picture(),
  ) {
    const before = await read();
    await action();
    await expect.poll(read, { timeout: 60_000 }).not.toEqual(before);
    await this.ready();
  }

  /** The frame's update time (data-update-ms), which must be there. */
  async updateMs(): Promise<number> {
    const raw = await this.root.getAttribute('data-update-ms');
    expect(raw, 'data-update-ms').not.toBeNull();
    return Number(raw);
  }

  /** This widget's URL parameter `key` (null when it is at its default). */
  param(key: string): Promise<string | null> {
    return Promise.resolve(new URL(this.page.url()).searchParams.get(`${this.name}.${key}`));
  }

  /** This widget's keys in the URL. */
  urlKeys(): string[] {
    return [...new URL(this.page.url()).searchParams.keys()].filter((k) =>
      k.startsWith(`${this.name}.`),
    );
  }

  async resetToBook(): Promise<void> {
    await this.root.getByRole('button', { name: '책 기본값' }).click();
  }

  /** The same page reloaded, this widget waited for. */
  async reload(): Promise<Widget> {
    await this.page.reload();
    return new Widget(this.name, this.page, this.root).ready();
  }
}

/** The harness for one widget: `const w = await harness.open('/02-perceptron/')`. */
export function widgetHarness(open: Open, name: string) {
  const select = `[data-widget="${name}"]`;
  return {
    select,
    /** Opens `path` and waits for the first instance of the widget to settle (or reach `state`). */
    async open(
      path: string,
      opts: OpenOptions & { state?: string | RegExp } = {},
    ): Promise<Widget> {
      const page = await open(path, opts);
      return new Widget(name, page, page.locator(select).first()).ready(opts.state);
    },
    /**
     * Opens a chapter where this widget stands far below the fold and checks that it has not
     * mounted (its code and data wait until the reader scrolls near); then scrolls there and
     * waits for it, like `open`.
     */
    async openBelowFold(
      path: string,
      opts: OpenOptions & { state?: string | RegExp } = {},
    ): Promise<Widget> {
      const page = await open(path, opts);
      const island = page.locator(`[data-island="${name}"]`).first();
      await island.waitFor({ state: 'attached' });
      await page.waitForTimeout(500);
      expect(
        await island.getAttribute('data-island-state'),
        'not mounted before scrolling',
      ).toBeNull();
      expect(await page.locator(select).count()).toBe(0);
      return new Widget(name, page, page.locator(select).first()).ready(opts.state);
    },
    /** The widget on a page that is already open (e.g. after editing the playground). */
    on(page: Page, state?: string | RegExp): Promise<Widget> {
      return new Widget(name, page, page.locator(select).first()).ready(state);
    },
    /** Opens the playground with `source` and waits for the widget in its preview. */
    async playground(
      source: string,
      opts: OpenOptions & { state?: string | RegExp } = {},
    ): Promise<Widget> {
      const page = await open('/playground/', opts);
      await playground(page, source);
      return new Widget(name, page, page.locator(`.playground-output ${select}`).first()).ready(
        opts.state,
      );
    },
  };
}

/**
 * Pages shared by the tests of one file (one page per path and options, opened on first use and
 * closed after the file), for tests that only read from a page or leave it as they found it, e.g.
 * the lab page on one backend. Like `useBrowser().open`, a console error or an uncaught exception
 * fails the test during which it happens (unless the page's `allowErrors` match it).
 */
export function useSharedPages() {
  let browser: Promise<Browser> | undefined;
  const pages = new Map<string, Promise<Page>>();
  const errors: string[] = [];
  afterEach(() => {
    expect(errors.splice(0), 'browser console errors (shared pages)').toEqual([]);
  });
  afterAll(async () => {
    await (await browser)?.close();
  });

  async function openShared(path: string, opts: OpenOptions): Promise<Page> {
    browser ??= chromium.connect(inject('wsEndpoint'));
    const context = await (
      await browser
    ).newContext({
      viewport: opts.viewport ?? { width: 1280, height: 900 },
      colorScheme: opts.colorScheme ?? 'light',
      serviceWorkers: 'block',
    });
    if (!opts.firstVisit) await rememberBackend(context);
    const page = await context.newPage();
    const report = (e: string) => {
      if (!(opts.allowErrors ?? []).some((r) => r.test(e))) errors.push(e);
    };
    page.on('console', (m) => {
      if (m.type() === 'error') report(`[console] ${m.text()} (${page.url()})`);
    });
    page.on('pageerror', (e) => report(`[pageerror] ${e.message} (${page.url()})`));
    const url = new URL(path, inject('baseUrl'));
    if (opts.backend) url.searchParams.set('backend', opts.backend);
    await page.goto(url.toString());
    return page;
  }

  /** The shared page for `path` and `opts`, opened (like `useBrowser().open`) on first use. */
  function shared(path: string, opts: OpenOptions = {}): Promise<Page> {
    const key = JSON.stringify([path, opts, opts.allowErrors?.map(String)]);
    let page = pages.get(key);
    if (!page) {
      page = openShared(path, opts);
      pages.set(key, page);
      // A failed open is not cached: the next test tries again.
      page.catch(() => pages.delete(key));
    }
    return page;
  }

  return { shared };
}

/**
 * The widget watched by layout-watch's `watchLayout` stood as drawn: its first snapshot (still
 * loading) and its last (ready) have the same boxes, within 1 px, and so has every snapshot
 * between them (a line that wrapped while a download went on and unwrapped when it ended).
 */
export async function expectStoodAsDrawn(page: Page): Promise<void> {
  const snapshots = await watchedLayout(page);
  const [first, last] = [snapshots[0], snapshots[snapshots.length - 1]];
  expect(first.startsWith('loading '), first).toBe(true);
  expect(last.startsWith('ready '), last).toBe(true);
  expect(moved(first, last), `${first}\n${last}`).toEqual([]);
  for (const between of snapshots)
    expect(moved(first, between), `${first}\n${between}`).toEqual([]);
}
