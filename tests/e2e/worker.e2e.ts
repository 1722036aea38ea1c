// The engine runs in ONE module Web Worker (DESIGN.md, "Runtime"): a chapter with two engine
// widgets starts exactly one worker, tfjs lives only there (never in the page), the badge shows
// the worker's backend and tensor count, `?backend=` reaches the worker, the probe's choice is
// stored and reused on reload (and redone when the GPU string changes), and a WebGL context
// lost inside the worker falls back to wasm while the widget keeps working.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { widgetHarness } from './widget-helpers';

const { open } = useBrowser();
const weightInit = widgetHarness(open, 'weight-init-histograms');
const optimizers = widgetHarness(open, 'optimizer-trajectories');
const CHAPTER = '/06-learning-techniques/';
const RECORD_KEY = 'mitbadak.engine-backend';
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
  const page = await open('/02-perceptron/');
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
    RECORD_KEY,
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
    [RECORD_KEY, stored] as const,
  );
  await page.reload();
  await expect
    .poll(() => badge.getAttribute('data-backend-source'), { timeout: 60_000 })
    .toBe('probe');
});

test('a WebGL context lost in the worker: the badge says WASM and the widget still works', async () => {
  const w = await weightInit.open(CHAPTER, { backend: 'webgl', allowErrors: LOST });
  const page = w.page;
  expect(await badgeAttr(page, 'data-backend')).toBe('webgl');
  const lost = await page.evaluate(() =>
    (
      window as unknown as { __engineTestHooks: { loseWebGLContext(): Promise<boolean> } }
    ).__engineTestHooks.loseWebGLContext(),
  );
  expect(lost).toBe(true);
  await expect.poll(() => badgeAttr(page, 'data-backend'), { timeout: 30_000 }).toBe('wasm');
  expect(await page.locator('[data-engine-status] .engine-notice').textContent()).toContain(
    'WebGL 컨텍스트를 잃어',
  );
  await w.expectChange(() => w.press('가중치 표준편차 σ', 'ArrowRight', 3));
  await expect.poll(() => w.root.locator('.widget-readout').textContent()).toContain('wasm');
  expect(page.workers()).toHaveLength(1);
});
