// Per-file browser helpers: connect to the shared Chromium, open pages, and fail any test that
// leaves an error in the browser console or an uncaught exception on the page.
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium';
import { BACKEND_RECORD_KEY } from '../../src/experiments/client-engine';

export interface OpenOptions {
  /** Force an engine backend through `?backend=`. */
  backend?: 'webgl' | 'wasm' | 'cpu';
  /** Viewport; defaults to a laptop. */
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Console errors matching these are expected by the test (e.g. a deliberately lost context). */
  allowErrors?: RegExp[];
  /** false: a reader with JavaScript turned off. */
  javaScriptEnabled?: boolean;
  /** Service workers are blocked unless a test is about them (each would precache the site). */
  serviceWorkers?: 'allow' | 'block';
  /** Runs on the new page before it navigates (e.g. to route or rewrite a request). */
  beforeGoto?: (page: Page) => Promise<unknown>;
  /** The server to open `path` on; defaults to the production build's. */
  base?: string;
  /**
   * A first visit: the page has no stored backend and its engine probes webgl against wasm. By
   * default a page starts as a returning reader's does, from the choice the run's one probe
   * stored (global-setup.ts), in the run's shared Chromium.
   */
  firstVisit?: boolean;
}

export interface BrowserOptions {
  /**
   * Extra Chromium flags (e.g. `--disable-3d-apis`: a browser without WebGL): the file's tests
   * then get a Chromium of their own, started with the usual flags plus these.
   */
  args?: string[];
  /** Environment of a Chromium of the file's own (e.g. `FONTCONFIG_FILE`: other installed fonts). */
  env?: Record<string, string>;
}

/** The last 40 lines a page (and its workers) printed: for a failure's diagnosis. */
class RecentLog {
  readonly lines: string[] = [];
  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > 40) this.lines.shift();
  }
}
const logs = new WeakMap<Page, RecentLog>();

/** What `page` printed lately (console of page and workers, page errors, worker start and close). */
export function recentLog(page: Page): RecentLog {
  let log = logs.get(page);
  if (!log) logs.set(page, (log = new RecentLog()));
  return log;
}

/** The page finds the run's stored backend choice (unless the test has put another there). */
export async function rememberBackend(context: BrowserContext): Promise<void> {
  await context.addInitScript(
    ([key, record]) => {
      try {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, record);
      } catch {
        /* a document without storage (about:blank) */
      }
    },
    [BACKEND_RECORD_KEY, inject('backendRecord')] as const,
  );
}

export function useBrowser(bo: BrowserOptions = {}) {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const allowed: RegExp[] = [];

  beforeAll(async () => {
    browser =
      bo.args || bo.env
        ? await chromium.launch({
            executablePath: requireChromium(),
            args: [...CHROMIUM_ARGS, ...(bo.args ?? [])],
            env: bo.env ? { ...process.env, ...bo.env } : undefined,
          })
        : await chromium.connect(inject('wsEndpoint'));
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
    const unexpected = errors.splice(0).filter((e) => !allowed.some((r) => r.test(e)));
    allowed.length = 0;
    expect(unexpected, 'browser console errors').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens `path` (e.g. '/02-perceptron/') on the production build (or on `opts.base`). */
  async function open(path: string, opts: OpenOptions = {}): Promise<Page> {
    const context = await browser.newContext({
      viewport: opts.viewport ?? { width: 1280, height: 900 },
      colorScheme: opts.colorScheme ?? 'light',
      javaScriptEnabled: opts.javaScriptEnabled ?? true,
      serviceWorkers: opts.serviceWorkers ?? 'block',
    });
    contexts.push(context);
    if (!bo.args && !bo.env && !opts.firstVisit) await rememberBackend(context);
    allowed.push(...(opts.allowErrors ?? []));
    const page = await context.newPage();
    const log = recentLog(page);
    page.on('console', (m) => {
      log.push(`[${m.type()}] ${m.text()}`);
      if (m.type() === 'error') errors.push(`[console] ${m.text()} (${page.url()})`);
    });
    page.on('pageerror', (e) => {
      log.push(`[pageerror] ${e.message}`);
      errors.push(`[pageerror] ${e.message} (${page.url()})`);
    });
    page.on('worker', (w) => {
      log.push(`[worker] started ${w.url()}`);
      w.on('close', () => log.push('[worker] closed'));
    });
    page.on('crash', () => log.push('[page] crashed'));
    await opts.beforeGoto?.(page);
    const url = new URL(path, opts.base ?? inject('baseUrl'));
    if (opts.backend) url.searchParams.set('backend', opts.backend);
    await page.goto(url.toString());
    return page;
  }

  return { open, baseUrl: () => inject('baseUrl') };
}
