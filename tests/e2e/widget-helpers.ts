// Small helpers the widget browser tests share.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Waits until a widget root has settled: numbers drawn, no run in flight ('ready' or 'diverged'). */
export async function settled(root: Locator): Promise<void> {
  await expect
    .poll(() => root.getAttribute('data-state'), { timeout: 90_000 })
    .toMatch(/^(ready|diverged)$/);
}

/** Waits for the widget root to appear, then to settle. */
export async function ready(root: Locator): Promise<void> {
  await root.waitFor({ timeout: 60_000 });
  await settled(root);
}

/** Live tf tensors, as the engine badge reports them. */
export async function tensors(page: Page): Promise<number> {
  return Number(await page.locator('[data-engine-status]').getAttribute('data-tensors'));
}

/** Replaces the Markdown on the /playground/ page (it renders as you type). */
export async function playground(page: Page, source: string): Promise<void> {
  const box = page.getByLabel('마크다운');
  await box.waitFor();
  await box.fill(source);
}
