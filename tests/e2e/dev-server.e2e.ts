// The README's first command, `npm ci && npm run dev`: Vite's dev server (the project's own
// config, started here on a free port) serves the site — the pages, their formulas, the site
// font's subsets (a transform of the font's CSS, scripts/vite-site-font.ts) and the engine's
// worker with its wasm backend (once served untransformed in development, so `npm run dev` fell
// back to WebGL). Its dependency cache starts empty, as in a fresh clone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { useBrowser } from './browser';
import { ALL_RULES, notoFaces } from './site-font-helpers';
import { scrollIslandIntoView } from './widget-helpers';

const { open } = useBrowser();
const cacheDir = mkdtempSync(join(tmpdir(), 'vite-dev-cache-'));
let server: ViteDevServer | undefined;

beforeAll(async () => {
  server = await createServer({
    cacheDir,
    server: { host: '127.0.0.1', port: 0 },
    logLevel: 'error',
    clearScreen: false,
  });
  await server.listen();
});
afterAll(async () => {
  await server?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

test('the dev server serves the home page and a chapter whose widget computes on the wasm engine', async () => {
  const base = server!.resolvedUrls!.local[0];
  const home = await open('/', { base });
  await expect.poll(() => home.locator('h1').first().textContent()).toContain('밑바닥 노트북');
  await expect.poll(() => home.locator('a[href*="03-neural-network"]').count()).toBeGreaterThan(0);

  const page = await open('/03-neural-network/', { base, backend: 'wasm' });
  await expect(page.locator('h1').first().textContent()).resolves.toContain('신경망');
  expect(await page.locator('.katex').count()).toBeGreaterThan(50);
  // the font's rules cut to the site's characters, as in the build
  const faces = (await notoFaces(page)).length;
  expect(faces).toBeGreaterThan(20);
  expect(faces).toBeLessThan(ALL_RULES / 2);
  const island = page.locator('[data-island="activation-functions"]').first();
  await scrollIslandIntoView(island);
  const badge = page.locator('[data-engine-status]');
  await expect.poll(() => badge.getAttribute('data-backend'), { timeout: 60_000 }).toBe('wasm');
  await expect
    .poll(() => island.locator('[data-widget]').getAttribute('data-state'), { timeout: 60_000 })
    .toBe('ready');
});
