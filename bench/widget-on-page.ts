// The benches' one way to reach a widget on a chapter page: scroll its island into view until it
// has mounted (far sections are laid out lazily, so their heights settle as they come near),
// then wait for the widget to settle (ready, or one of `states`), and for the service worker to
// have stored the site: a first visit's one-time precache (≈ 5 s of fetching and writing on this
// machine, its own thread) would otherwise share the CPU with the first measured changes; a
// returning reader never meets it; and for the widgets mounted around it to have drawn their first
// results. Returns the widget's root.
import type { Locator, Page } from 'playwright-core';

export async function widgetOnPage(
  page: Page,
  widget: string,
  states: string[] = ['ready', 'diverged'],
): Promise<Locator> {
  const island = page.locator(`[data-island="${widget}"]`).first();
  if (await island.count()) {
    const until = Date.now() + 60_000;
    while ((await island.getAttribute('data-island-state')) !== 'mounted') {
      if (Date.now() > until) throw new Error(`${widget}: its island never mounted`);
      await island.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(500);
    }
  }
  const root = page.locator(`[data-widget="${widget}"]`).first();
  await root.scrollIntoViewIfNeeded({ timeout: 60_000 });
  await page.waitForFunction(
    ([w, s]) =>
      s.includes(document.querySelector(`[data-widget="${w}"]`)?.getAttribute('data-state') ?? ''),
    [widget, states] as const,
    { timeout: 120_000 },
  );
  const stored = await page
    .waitForFunction(
      () => !('serviceWorker' in navigator) || localStorage.getItem('offline-ready') !== null,
      null,
      { timeout: 60_000, polling: 100 },
    )
    .then(() => true)
    .catch(() => false);
  if (!stored) console.warn(`${widget}: the service worker had not stored the site after 60 s`);
  // Widgets mounted nearby share the engine's worker: let their first results land too (a
  // neighbour's first computation would otherwise run in the middle of the measurement). Settled:
  // none running, and every widget's state unchanged for 1.5 s (one waiting to come nearer may
  // say "loading" for good).
  const widgetStates = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-widget]')]
        .map((el) => `${el.getAttribute('data-widget')}:${el.getAttribute('data-state')}`)
        .join(' '),
    );
  let last = '';
  let since = Date.now();
  for (const until = Date.now() + 30_000; Date.now() < until;) {
    const now = await widgetStates();
    if (now !== last) [last, since] = [now, Date.now()];
    if (!now.includes(':running') && Date.now() - since >= 1_500) break;
    await page.waitForTimeout(250);
  }
  return root;
}
