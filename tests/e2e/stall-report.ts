// When a widget never settles in a browser test, say why: what the widget and the engine badge
// show, whether the engine's worker still answers and which of its experiments are in flight (for
// how long), and the page's last console lines. A stall then reads differently from slowness.
import type { Locator, Page } from 'playwright-core';
import { recentLog } from './browser';

/** `wait`, with the diagnosis appended to its error when it fails. */
export async function diagnosed<T>(page: Page, root: Locator, wait: () => Promise<T>): Promise<T> {
  try {
    return await wait();
  } catch (e) {
    if (e instanceof Error) e.message += `\n--- diagnosis ---\n${await stallReport(page, root)}`;
    throw e;
  }
}

const within = <T>(p: Promise<T>, ms: number, late: string): Promise<T | string> =>
  Promise.race([p, new Promise<string>((r) => setTimeout(() => r(late), ms))]);

/** Attributes that tell a widget's state, of `root` and the elements inside it that carry one. */
async function stateAttributes(root: Locator): Promise<string[]> {
  return root
    .evaluate((el) =>
      [el, ...el.querySelectorAll('[data-state],[data-status],[data-finished],[data-done]')].map(
        (e) =>
          `${e.tagName.toLowerCase()}.${e.className}: ` +
          Object.entries((e as HTMLElement).dataset)
            .map(([k, v]) => `${k}=${(v ?? '').slice(0, 40)}`)
            .join(' '),
      ),
    )
    .catch((e: unknown) => [`(widget unreadable: ${String(e)})`]);
}

export async function stallReport(page: Page, root: Locator): Promise<string> {
  const badge = await page
    .locator('[data-engine-status]')
    .evaluate((el) => JSON.stringify((el as HTMLElement).dataset))
    .catch(() => '(no badge)');
  const inFlight = await within(
    page
      .evaluate(() =>
        (
          window as unknown as { __engineTestHooks?: { inFlight(): Promise<number[]> } }
        ).__engineTestHooks?.inFlight(),
      )
      .then((ages) => `experiments in flight for (ms): ${JSON.stringify(ages)}`)
      .catch((e: unknown) => `inFlight failed: ${String(e)}`),
    5000,
    'the worker did not answer within 5 s (busy or gone)',
  );
  const workers = await Promise.all(
    page
      .workers()
      .map((w) => within(w.evaluate(() => 'answers').catch(String), 5000, 'no answer in 5 s')),
  );
  return [
    ...(await stateAttributes(root)),
    `badge: ${badge}`,
    `engine: ${inFlight}`,
    `workers: ${workers.length ? workers.join(', ') : 'none'}`,
    'last console lines:',
    ...recentLog(page).lines,
  ].join('\n');
}
