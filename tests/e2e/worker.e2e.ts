// The engine runs in ONE module Web Worker (DESIGN.md, "Runtime"): a chapter with two engine
// widgets starts exactly one worker, tfjs lives only there (never in the page), the badge shows
// the worker's backend and tensor count, `?backend=` reaches the worker, the probe's choice is
// stored and reused on reload (and redone when the GPU string changes), and a WebGL context
// lost inside the worker falls back to wasm while the widget keeps working, also while the reader
// drags; and a browser whose workers have no OffscreenCanvas (no WebGL there) runs on wasm.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { BACKEND_RECORD_KEY } from '../../src/experiments/client-engine';
import { widgetHarness, type Widget } from './widget-helpers';

const { open } = useBrowser();
const weightInit = widgetHarness(open, 'weight-init-histograms');
const optimizers = widgetHarness(open, 'optimizer-trajectories');
const CHAPTER = '/06-learning-techniques/';
const LOST = [/context lost/i, /CONTEXT_LOST/];

/** tfjs-core keeps its engine on the global object of the realm that loaded it (`_tfengine`). */
interface TfRealm {
  _tfengine?: { backendName: string; state: { numTensors: number } };
}

const badgeAttr = (page: Page, name: string) =>
  page.locator('[data-engine-status]').getAttribute(name);

test('a chapter with two engine widgets starts one worker; tfjs loads there only; the badge shows its numbers', async () => {
  const w = await weightInit.open(CHAPTER, { backend: 'wasm' });
  await optimizers.on(w.page);
  const page = w.page;
  expect(page.workers()).toHaveLength(1);
  const worker = page.workers()[0];
  // tfjs lives in the worker's realm only
  expect(await page.evaluate(() => typeof (window as TfRealm)._tfengine)).toBe('undefined');
  const inWorker = () =>
    worker.evaluate(() => {
      const e = (self as TfRealm)._tfengine!;
      return { backend: e.backendName, tensors: e.state.numTensors };
    });
  expect((await inWorker()).backend).toBe('wasm');
  // the badge: the worker's backend, and its tensors (the weight-init widget keeps its draws)
  expect(await badgeAttr(page, 'data-backend')).toBe('wasm');
  expect(await badgeAttr(page, 'data-backend-source')).toBe('forced');
  await expect.poll(async () => Number(await badgeAttr(page, 'data-tensors'))).toBeGreaterThan(0);
  await expect
    .poll(async () => Number(await badgeAttr(page, 'data-tensors')))
    .toBe((await inWorker()).tensors);
  // both widgets keep working on the shared worker
  await w.expectChange(() => w.press('가중치 표준편차 σ', 'ArrowRight', 2));
  expect(page.workers()).toHaveLength(1);
});

test('?backend=cpu reaches the worker', async () => {
  const page = await open(CHAPTER, { backend: 'cpu' });
  await expect.poll(() => badgeAttr(page, 'data-backend'), { timeout: 60_000 }).toBe('cpu');
  expect(await badgeAttr(page, 'data-backend-source')).toBe('forced');
  expect(page.workers()).toHaveLength(1);
});

test('the probe picks a backend, the page stores it, a reload reuses it, a new GPU string probes again', async () => {
  const page = await open('/02-perceptron/', { firstVisit: true });
  const badge = page.locator('[data-engine-status]');
  await expect
    .poll(() => badge.getAttribute('data-backend-source'), { timeout: 60_000 })
    .toBe('probe');
  const choice = await badge.getAttribute('data-backend-choice');
  expect(['webgl', 'wasm']).toContain(choice);
  await expect.poll(() => badge.getAttribute('data-backend')).toBe(choice);
  expect(Number(await badge.getAttribute('data-probe-ms'))).toBeGreaterThan(0);
  const title = (await badge.getAttribute('title')) ?? '';
  expect(title).toMatch(/^(WebGL|WASM) — /);
  expect(title).toContain('ms');
  const stored = await page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, unknown> | null,
    BACKEND_RECORD_KEY,
  );
  expect(stored).toMatchObject({
    choice,
    userAgent: await page.evaluate(() => navigator.userAgent),
  });
  expect(stored?.timings).toMatchObject({ wasm: expect.any(Number) });
  // reload: the stored decision, no second probe
  await page.reload();
  await expect
    .poll(() => badge.getAttribute('data-backend-source'), { timeout: 60_000 })
    .toBe('stored');
  expect(await badge.getAttribute('data-backend-choice')).toBe(choice);
  await expect.poll(() => badge.getAttribute('data-backend')).toBe(choice);
  // another GPU (or browser) invalidates the record
  await page.evaluate(
    ([key, r]) => localStorage.setItem(key, JSON.stringify({ ...r, gpu: 'Another GPU' })),
    [BACKEND_RECORD_KEY, stored] as const,
  );
  await page.reload();
  await expect
    .poll(() => badge.getAttribute('data-backend-source'), { timeout: 60_000 })
    .toBe('probe');
});

/** Every layer's histogram counts, as drawn. */
const layerCounts = (w: Widget) =>
  w.root
    .locator('[data-layer][data-counts]')
    .evaluateAll((els) => els.map((e) => JSON.parse(e.getAttribute('data-counts')!) as number[]));

test('a WebGL context lost in the worker while the σ slider moves: WASM takes over, the badge says so, the picture is wasm’s own', async () => {
  const w = await weightInit.open(CHAPTER, { backend: 'webgl', allowErrors: LOST });
  const page = w.page;
  expect(await badgeAttr(page, 'data-backend')).toBe('webgl');
  const slider = w.slider('가중치 표준편차 σ');
  await slider.focus();
  // three steps, the loss in the middle of the drag (not awaited), three more steps meanwhile
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const lost = page.evaluate(() =>
    (
      window as unknown as { __engineTestHooks: { loseWebGLContext(): Promise<boolean> } }
    ).__engineTestHooks.loseWebGLContext(),
  );
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  expect(await lost).toBe(true);
  await expect.poll(() => badgeAttr(page, 'data-backend'), { timeout: 30_000 }).toBe('wasm');
  expect(await page.locator('[data-engine-status] .engine-notice').textContent()).toContain(
    'WebGL 컨텍스트를 잃어',
  );
  await expect.poll(() => w.root.locator('.widget-readout').textContent(), { timeout: 30_000 }).toContain('wasm'); // prettier-ignore
  await w.ready('ready');
  const sigma = await w.param('std');
  expect(sigma).not.toBeNull();
  // no request was lost or left hanging: the last σ is drawn, with the numbers a page that ran
  // on wasm from the start draws for it (the same seeded draws, the same bins)
  const after = await layerCounts(w);
  const fresh = await weightInit.open(`${CHAPTER}?weight-init-histograms.std=${sigma}`, {
    backend: 'wasm',
  });
  const reference = await layerCounts(fresh);
  expect(after).toHaveLength(reference.length);
  const moved = after.flat().reduce((m, c, i) => m + Math.abs(c - reference.flat()[i]), 0);
  expect(moved).toBeLessThanOrEqual(reference.flat().reduce((a, b) => a + b, 0) * 0.002);
  expect(page.workers()).toHaveLength(1);
});

test('workers without OffscreenCanvas (no WebGL in a worker): the probe picks wasm and says why; widgets work', async () => {
  // the engine's worker script as served, with OffscreenCanvas taken away before tfjs looks
  const w = await weightInit.open(CHAPTER, {
    firstVisit: true,
    beforeGoto: (page) =>
      page.route(/\/assets\/worker-[\w-]+\.js$/, async (route) => {
        const res = await route.fetch();
        const body = `delete self.OffscreenCanvas;\n${await res.text()}`;
        await route.fulfill({ response: res, body });
      }),
  });
  const page = w.page;
  expect(await page.evaluate(() => typeof OffscreenCanvas)).toBe('function'); // the page keeps it
  expect(await page.workers()[0].evaluate(() => typeof OffscreenCanvas)).toBe('undefined');
  await expect.poll(() => badgeAttr(page, 'data-backend'), { timeout: 60_000 }).toBe('wasm');
  expect(await badgeAttr(page, 'data-backend-source')).toBe('probe');
  expect(await badgeAttr(page, 'title')).toContain('WebGL을 쓸 수 없어요');
  await w.expectChange(() => w.press('가중치 표준편차 σ', 'ArrowRight', 2));
  await expect.poll(() => w.root.locator('.widget-readout').textContent()).toContain('wasm');
  const o = await optimizers.on(page);
  await o.expectChange(() => o.press('SGD 학습률', 'ArrowRight'));
});
