// `::optimizer-trajectories` in real Chromium on the production build: it renders from its
// directive in chapter 6, every slider (keyboard and pointer) and the draggable start point change
// the picture, "책 기본값" restores the book, the URL round-trips, SGD at lr 10 diverges visibly
// while the page stays usable, the drawn points equal the engine's optimizerTrajectory and the
// book's formulas, and rapid slider updates or an unmount leak no tensor.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import {
  engineBaseline,
  expectTensorsBack,
  misfits,
  playground,
  widgetHarness,
  type Widget,
  shownTextPx,
} from './widget-helpers';
import { bookRun, type Opt } from '../shared/book-optimizers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'optimizer-trajectories');
const CHAPTER = '/06-learning-techniques/';
/**
 * The chapter's directive alone on the playground: the same widget with the same (book) defaults,
 * without chapter 6's other widgets computing on the same engine meanwhile. The chapter itself is
 * opened where it matters: the first render, the URL round trip and the phone layout.
 */
const DIRECTIVE = '::optimizer-trajectories\n';
const OPTS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] as const;
/** The book's learning rates (figure 6-8), and ours for Nesterov and RMSProp. */
const BOOK_LR: Record<Opt, number> = {
  sgd: 0.95,
  momentum: 0.1,
  nesterov: 0.1,
  adagrad: 1.5,
  rmsprop: 0.2,
  adam: 0.3,
};
const LABEL: Record<Opt, string> = {
  sgd: 'SGD',
  momentum: '모멘텀',
  nesterov: '네스테로프',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
};

type Points = Array<[number, number]>;
const points = (w: Widget, o: Opt) =>
  w.root
    .locator(`g.optimizer-trajectories__run[data-optimizer="${o}"]`)
    .first()
    .getAttribute('data-points');
const start = async (w: Widget, o: Opt) => (JSON.parse((await points(w, o))!) as Points)[0];
const allPoints = (w: Widget): Promise<Record<string, Points>> =>
  w.root.evaluate((el) =>
    Object.fromEntries(
      [...el.querySelectorAll<SVGGElement>('g.optimizer-trajectories__run')].map((g) => [
        g.dataset.optimizer,
        JSON.parse(g.dataset.points!),
      ]),
    ),
  );

function expectClose(a: Points, b: Points, tol = 1e-3) {
  expect(a).toHaveLength(b.length);
  a.forEach(([x, y], i) => {
    expect(Math.abs(x - b[i][0]), `x at step ${i}`).toBeLessThanOrEqual(
      tol * Math.max(1, Math.abs(b[i][0])),
    );
    expect(Math.abs(y - b[i][1]), `y at step ${i}`).toBeLessThanOrEqual(
      tol * Math.max(1, Math.abs(b[i][1])),
    );
  });
}

test('renders from its chapter-6 directive with the book’s figure 6-8, contours, readout and the engine’s numbers (webgl)', async () => {
  const w = await harness.open(CHAPTER, { backend: 'webgl', state: 'ready' });
  expect(await w.updateMs()).toBeGreaterThan(0);
  await expect.poll(() => w.root.locator('.widget-readout').textContent()).toMatch(/ms · webgl/);
  expect(await w.root.locator('figure.optimizer-trajectories__panel').count()).toBe(6);
  expect(await w.root.locator('.optimizer-trajectories__contours path').count()).toBeGreaterThan(5);
  const pts = await allPoints(w);
  for (const o of OPTS) {
    // Float32 on the GPU vs float64 here: the same path to ~1e-4.
    expectClose(pts[o], bookRun(o, BOOK_LR[o]).pts);
    // Every drawn vertex is a point of the run, mapped into the panel.
    const d = await w.root
      .locator(`g.optimizer-trajectories__run[data-optimizer="${o}"] path`)
      .getAttribute('d');
    expect(d!.match(/[ML]/g)).toHaveLength(31);
    // The book's learning rates are visible next to each slider.
    expect(await w.value(`${LABEL[o]} 학습률`)).toBe(BOOK_LR[o]);
  }
});

test('the drawn trajectories equal the engine’s optimizerTrajectory (lab page), point for point', async () => {
  const w = await harness.playground(DIRECTIVE, { backend: 'wasm' });
  const drawn = await allPoints(w);
  const lab = await open('/lab.html', { backend: 'wasm' });
  type Lab = {
    ready: Promise<string>;
    experiments: { optimizerTrajectory: (o: object) => Promise<Points> };
  };
  await lab.waitForFunction(
    () => (window as unknown as { lab?: Lab }).lab?.experiments?.optimizerTrajectory,
    null,
    {
      timeout: 60_000,
    },
  );
  expect(await lab.evaluate(() => (window as unknown as { lab: Lab }).lab.ready)).toBe('wasm');
  for (const o of OPTS) {
    const expected = await lab.evaluate(
      ([optimizer, lr]) =>
        (window as unknown as { lab: Lab }).lab.experiments.optimizerTrajectory({ optimizer, lr }),
      [o, BOOK_LR[o]] as const,
    );
    expect(drawn[o]).toEqual(expected);
  }
});

test('every learning-rate slider, the steps and start sliders change the picture, by keyboard and by pointer', async () => {
  const w = await harness.playground(DIRECTIVE, { backend: 'wasm' });
  for (const o of OPTS) {
    const label = `${LABEL[o]} 학습률`;
    await w.expectChange(
      () => w.press(label, 'ArrowLeft'),
      () => points(w, o),
    );
    // Pointer: click the track near its left end (a small learning rate).
    await w.expectChange(
      () => w.clickTrack(label, 0.15),
      () => points(w, o),
    );
    expect(await w.value(label)).toBeLessThan(0.1);
  }
  for (const label of ['갱신 횟수', '시작점 x', '시작점 y']) {
    await w.expectChange(() => w.press(label, 'ArrowLeft'));
    await w.expectChange(() => w.clickTrack(label, 0.8));
  }
});

test('the start point can be dragged on the plot and moved with the arrow keys; runs are recomputed while dragging', async () => {
  const w = await harness.playground(DIRECTIVE, { backend: 'wasm' });
  const handle = w.root.locator('.optimizer-trajectories__handle[tabindex="0"]');
  expect(await handle.getAttribute('aria-label')).toBe('시작점 (−7, 2)');
  await handle.focus();
  await w.page.keyboard.press('ArrowRight');
  await w.page.keyboard.press('ArrowDown');
  await expect.poll(() => w.value('시작점 x')).toBe(-6.5);
  expect(await w.value('시작점 y')).toBe(1.75);
  await expect.poll(() => start(w, 'sgd')).toEqual([-6.5, 1.75]);
  await w.ready();

  const box = (await handle.locator('.optimizer-trajectories__handle-dot').boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const seen = new Set<string>();
  await w.page.mouse.move(cx, cy);
  await w.page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await w.page.mouse.move(cx + i * 6, cy - i * 2);
    seen.add((await points(w, 'sgd'))!);
    await w.page.waitForTimeout(50);
  }
  await w.page.mouse.up();
  await w.ready();
  const [x, y] = await start(w, 'sgd');
  expect(x).toBeGreaterThan(-6.5);
  expect(y).toBeGreaterThan(1.75);
  expect(seen.size, 'the picture followed the pointer during the drag').toBeGreaterThan(1);
});

test('"책 기본값" restores the book’s values, and the URL state round-trips', async () => {
  const w = await harness.open(CHAPTER, { backend: 'wasm' });
  const book = await allPoints(w);
  await w.numberBox('SGD 학습률').fill('0.5');
  await w.numberBox('갱신 횟수').fill('12');
  await w.control('보기 방식').selectOption('overlaid');
  await w.control('Adam 보이기').uncheck();
  await expect
    .poll(async () => JSON.parse((await points(w, 'sgd'))!).length, { timeout: 60_000 })
    .toBe(13);
  await w.ready();
  expect(await w.root.locator('figure.optimizer-trajectories__panel').count()).toBe(1);
  const changed = await allPoints(w);
  // The URL is written at most every 200 ms (a drag must not flood history.replaceState).
  await expect
    .poll(() => Promise.all(['lr-sgd', 'steps', 'layout', 'show-adam'].map((k) => w.param(k))))
    .toEqual(['0.5', '12', 'overlaid', 'false']);

  const url = new URL(w.page.url());

  await w.resetToBook();
  await expect
    .poll(async () => JSON.parse((await points(w, 'sgd'))!).length, { timeout: 60_000 })
    .toBe(31);
  await w.ready();
  expect(await allPoints(w)).toEqual(book);
  expect(await w.root.locator('figure.optimizer-trajectories__panel').count()).toBe(6);
  await expect.poll(() => w.urlKeys()).toEqual([]);

  // The changed link in a fresh page shows the changed picture (this page closed first, so that
  // two copies of chapter 6 do not compute at once).
  await w.page.context().close();
  const again = await harness.open(url.pathname + url.search);
  expect(await allPoints(again)).toEqual(changed);
  expect(await again.numberBox('SGD 학습률').inputValue()).toBe('0.5');
  expect(await again.control('Adam 보이기').isChecked()).toBe(false);
});

test('SGD at lr 10 shows the diverged state; the rest keeps working and a smaller lr recovers', async () => {
  const w = await harness.playground('::optimizer-trajectories{lr-sgd=10}\n', {
    backend: 'wasm',
    state: 'diverged',
  });
  await expect
    .poll(() => w.root.locator('.widget-message').textContent())
    .toContain('SGD가 발산했어요 (학습률 10)');
  const sgd = w.root.locator('figure[data-optimizer="sgd"]');
  expect(await sgd.getAttribute('data-diverged')).toBe('true');
  expect(await sgd.textContent()).toContain('발산');
  expect(await w.root.locator('figure[data-diverged]').count()).toBe(1);
  // The page stays usable: the other optimizers still respond.
  await w.expectChange(
    () => w.numberBox('Adam 학습률').fill('0.5'),
    () => points(w, 'adam'),
  );
  expect(await w.state()).toBe('diverged');
  await w.numberBox('SGD 학습률').fill('0.5');
  await w.ready('ready', 60_000);
  expect(await w.root.locator('figure[data-diverged]').count()).toBe(0);
});

test('60 rapid slider updates and an unmount leave the tensor count at its baseline', async () => {
  const page = await open('/playground/', { backend: 'wasm' });
  const empty = await engineBaseline(page, 'wasm');
  await playground(page, DIRECTIVE);
  const w = await harness.on(page);
  const baseline = await engineBaseline(page);
  // Faster than the runs: most updates cancel one in flight (a leak per update would show at once).
  await w.slider('SGD 학습률').focus();
  for (let i = 0; i < 60; i++) await page.keyboard.press(i % 20 < 10 ? 'ArrowLeft' : 'ArrowRight');
  await w.ready();
  await expectTensorsBack(page, baseline);
  await playground(page, '위젯 없음\n');
  await expect.poll(() => w.root.count()).toBe(0);
  await expectTensorsBack(page, empty);
});

test('works at phone width in dark mode, with every optimizer in its own series colour', async () => {
  const w = await harness.open(CHAPTER, {
    backend: 'wasm',
    viewport: { width: 360, height: 740 },
    colorScheme: 'dark',
  });
  await w.root.scrollIntoViewIfNeeded();
  expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    360,
  );
  expect((await w.root.boundingBox())!.width).toBeLessThanOrEqual(360);
  for (const fig of await w.root.locator('figure.optimizer-trajectories__panel').all()) {
    const b = (await fig.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(360);
  }
  const colours = await w.root.evaluate((el) =>
    [...el.querySelectorAll<SVGPathElement>('figure .optimizer-trajectories__path')].map(
      (p) => getComputedStyle(p).stroke,
    ),
  );
  expect(new Set(colours).size).toBe(6);
  // Dark theme: the plot background is the dark surface, not white.
  const bg = await w.root
    .locator('.optimizer-trajectories__bg')
    .first()
    .evaluate((r) => getComputedStyle(r).fill);
  expect(bg).not.toBe('rgb(255, 255, 255)');
  expect(bg).not.toBe('rgb(244, 246, 248)');
  // the step table scrolls sideways here: a region the keyboard can reach
  const table = w.root.locator('.optimizer-trajectories__table-wrap');
  expect(await table.getAttribute('tabindex')).toBe('0');
  expect(await table.getAttribute('aria-label')).toContain('옆으로 스크롤');
  expect(await misfits(w.root)).toEqual([]);
  // the panels are drawn at ~55 % of their viewBox here: their ticks still read at 11 px
  const ticks = await shownTextPx(w.root, '.optimizer-trajectories__axes text');
  expect(ticks.length).toBeGreaterThan(0);
  expect(Math.min(...ticks)).toBeGreaterThanOrEqual(10.5);
});
