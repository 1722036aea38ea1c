// `::optimizer-trajectories` in real Chromium on the production build: it renders from its
// directive in chapter 6, every slider (keyboard and pointer) and the draggable start point change
// the picture, "책 기본값" restores the book, the URL round-trips, SGD at lr 10 diverges visibly
// while the page stays usable, the drawn points equal the engine's optimizerTrajectory and the
// book's formulas, and 200 slider updates or an unmount leak no tensor.
import { describe, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { useBrowser } from './browser';
import { playground, ready, settled, tensors } from './widget-helpers';
import { bookRun } from '../shared/book-optimizers';

const { open } = useBrowser();
const CHAPTER = '/06-learning-techniques/';
const W = '[data-widget="optimizer-trajectories"]';
const OPTS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] as const;
type Opt = (typeof OPTS)[number];
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



const points = (root: Locator, o: Opt) =>
  root
    .locator(`g.optimizer-trajectories__run[data-optimizer="${o}"]`)
    .first()
    .getAttribute('data-points');

async function allPoints(root: Locator): Promise<Record<string, Array<[number, number]>>> {
  return root.evaluate((el) =>
    Object.fromEntries(
      [...el.querySelectorAll<SVGGElement>('g.optimizer-trajectories__run')].map((g) => [
        g.dataset.optimizer,
        JSON.parse(g.dataset.points!),
      ]),
    ),
  );
}


function expectClose(a: Array<[number, number]>, b: Array<[number, number]>, tol = 1e-3) {
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

describe('optimizer-trajectories', () => {
  test('renders from its chapter-6 directive with the book’s figure 6-8, contours, readout and the engine’s numbers (webgl)', async () => {
    const page = await open(CHAPTER);
    const root = page.locator(W).first();
    await ready(root);
    expect(await root.getAttribute('data-state')).toBe('ready');
    expect(Number(await root.getAttribute('data-update-ms'))).toBeGreaterThan(0);
    await expect.poll(() => root.locator('.widget-readout').textContent()).toMatch(/ms · webgl/);
    expect(await root.locator('figure.optimizer-trajectories__panel').count()).toBe(6);
    expect(await root.locator('.optimizer-trajectories__contours path').count()).toBeGreaterThan(5);
    const pts = await allPoints(root);
    for (const o of OPTS) {
      // Float32 on the GPU vs float64 here: the same path to ~1e-4.
      expectClose(pts[o], bookRun(o, BOOK_LR[o]).pts);
      // Every drawn vertex is a point of the run, mapped into the panel.
      const d = await root
        .locator(`g.optimizer-trajectories__run[data-optimizer="${o}"] path`)
        .getAttribute('d');
      expect(d!.match(/[ML]/g)).toHaveLength(31);
    }
    // The values and book learning rates are visible next to each slider.
    for (const o of OPTS)
      expect(Number(await page.getByLabel(`${LABEL[o]} 학습률 값`).inputValue())).toBe(BOOK_LR[o]);
  });

  test('the drawn trajectories equal the engine’s optimizerTrajectory (lab page), point for point', async () => {
    const page = await open(CHAPTER, { backend: 'wasm' });
    const root = page.locator(W).first();
    await ready(root);
    const drawn = await allPoints(root);
    const lab = await open('/lab.html', { backend: 'wasm' });
    type Lab = {
      ready: Promise<string>;
      experiments: { optimizerTrajectory: (o: object) => Promise<Array<[number, number]>> };
    };
    await lab.waitForFunction(
      () => (window as unknown as { lab?: Lab }).lab?.experiments?.optimizerTrajectory,
      null,
      { timeout: 60_000 },
    );
    expect(await lab.evaluate(() => (window as unknown as { lab: Lab }).lab.ready)).toBe('wasm');
    for (const o of OPTS) {
      const expected = await lab.evaluate(
        ([optimizer, lr]) =>
          (window as unknown as { lab: Lab }).lab.experiments.optimizerTrajectory({
            optimizer,
            lr,
          }),
        [o, BOOK_LR[o]] as const,
      );
      expect(drawn[o]).toEqual(expected);
    }
  });

  test('every learning-rate slider, the steps and start sliders change the picture, by keyboard and by pointer', async () => {
    const page = await open(CHAPTER, { backend: 'wasm' });
    const root = page.locator(W).first();
    await ready(root);
    for (const o of OPTS) {
      const before = await points(root, o);
      const slider = page.getByRole('slider', { name: `${LABEL[o]} 학습률`, exact: true });
      await slider.focus();
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => points(root, o), { timeout: 60_000 }).not.toBe(before);
      await settled(root);
      // Pointer: click the track near its left end (a small learning rate).
      const afterKey = await points(root, o);
      const box = (await slider.boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.15, box.y + box.height / 2);
      await expect.poll(() => points(root, o), { timeout: 60_000 }).not.toBe(afterKey);
      await settled(root);
      expect(Number(await page.getByLabel(`${LABEL[o]} 학습률 값`).inputValue())).toBeLessThan(0.1);
    }
    for (const name of ['갱신 횟수', '시작점 x', '시작점 y']) {
      const before = await points(root, 'adam');
      const slider = page.getByRole('slider', { name, exact: true });
      await slider.focus();
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => points(root, 'adam'), { timeout: 60_000 }).not.toBe(before);
      await settled(root);
      const mid = await points(root, 'adam');
      const box = (await slider.boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
      await expect.poll(() => points(root, 'adam'), { timeout: 60_000 }).not.toBe(mid);
      await settled(root);
    }
  });

  test('the start point can be dragged on the plot and moved with the arrow keys; runs are recomputed while dragging', async () => {
    const page = await open(CHAPTER, { backend: 'wasm' });
    const root = page.locator(W).first();
    await ready(root);
    const handle = root.locator('.optimizer-trajectories__handle[tabindex="0"]');
    expect(await handle.getAttribute('aria-label')).toBe('시작점 (−7, 2)');
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('시작점 x 값').inputValue()).toBe('-6.5');
    expect(await page.getByLabel('시작점 y 값').inputValue()).toBe('1.75');
    await expect
      .poll(async () => JSON.parse((await points(root, 'sgd'))!)[0])
      .toEqual([-6.5, 1.75]);
    await settled(root);

    const box = (await handle.locator('.optimizer-trajectories__handle-dot').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const seen = new Set<string>();
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(cx + i * 6, cy - i * 2);
      seen.add((await points(root, 'sgd'))!);
      await page.waitForTimeout(50);
    }
    await page.mouse.up();
    await settled(root);
    const start = JSON.parse((await points(root, 'sgd'))!)[0];
    expect(start[0]).toBeGreaterThan(-6.5);
    expect(start[1]).toBeGreaterThan(1.75);
    expect(seen.size, 'the picture followed the pointer during the drag').toBeGreaterThan(1);
  });

  test('"책 기본값" restores the book’s values, and the URL state round-trips', async () => {
    const page = await open(CHAPTER, { backend: 'wasm' });
    const root = page.locator(W).first();
    await ready(root);
    const book = await allPoints(root);
    await root.getByLabel('SGD 학습률 값').fill('0.5');
    await root.getByLabel('갱신 횟수 값').fill('12');
    await root.getByLabel('배치', { exact: true }).selectOption('overlaid');
    await root.getByLabel('Adam 보이기').uncheck();
    await expect
      .poll(async () => JSON.parse((await points(root, 'sgd'))!).length, { timeout: 60_000 })
      .toBe(13);
    await settled(root);
    expect(await root.locator('figure.optimizer-trajectories__panel').count()).toBe(1);
    const changed = await allPoints(root);
    // The URL is written at most every 200 ms (a drag must not flood history.replaceState).
    const keys = ['lr-sgd', 'steps', 'layout', 'show-adam'].map((k) => `optimizer-trajectories.${k}`);
    await expect
      .poll(() => keys.map((k) => new URL(page.url()).searchParams.get(k)))
      .toEqual(['0.5', '12', 'overlaid', 'false']);
    const url = new URL(page.url());

    // The same link in a fresh page shows the same picture.
    const again = await open(url.pathname + url.search);
    const root2 = again.locator(W).first();
    await ready(root2);
    expect(await allPoints(root2)).toEqual(changed);
    expect(await again.getByLabel('SGD 학습률 값').inputValue()).toBe('0.5');
    expect(await again.getByLabel('Adam 보이기').isChecked()).toBe(false);

    await root.getByRole('button', { name: '책 기본값' }).click();
    await expect
      .poll(async () => JSON.parse((await points(root, 'sgd'))!).length, { timeout: 60_000 })
      .toBe(31);
    await settled(root);
    expect(await allPoints(root)).toEqual(book);
    expect(await root.locator('figure.optimizer-trajectories__panel').count()).toBe(6);
    await expect.poll(() => new URL(page.url()).search).not.toContain('optimizer-trajectories.');
  });

  test('a bad directive parameter shows the error card in place; the rest of the page renders', async () => {
    const page = await open('/playground/');
    await playground(page, '앞 문단\n\n::optimizer-trajectories{lr-sgd=abc speed=3}\n\n뒤 문단\n');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    const text = await alert.textContent();
    expect(text).toContain('lr-sgd=abc');
    expect(text).toContain('speed=3');
    expect(await page.getByRole('region', { name: '미리보기' }).getByText('뒤 문단').count()).toBe(
      1,
    );
    expect(await page.locator(W).count()).toBe(0);
  });

  test('SGD at lr 10 shows the diverged state; the rest keeps working and a smaller lr recovers', async () => {
    const page = await open('/playground/', { backend: 'wasm' });
    await playground(page, '::optimizer-trajectories{lr-sgd=10}\n');
    const root = page.locator(W).first();
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 90_000 }).toBe('diverged');
    await expect
      .poll(() => root.locator('.widget-message').textContent())
      .toContain('SGD가 발산했어요 (학습률 10)');
    const sgd = root.locator('figure[data-optimizer="sgd"]');
    expect(await sgd.getAttribute('data-diverged')).toBe('true');
    expect(await sgd.textContent()).toContain('발산');
    expect(await root.locator('figure[data-diverged]').count()).toBe(1);
    // The page stays usable: the other optimizers still respond.
    const before = await points(root, 'adam');
    await page.getByLabel('Adam 학습률 값').fill('0.5');
    await expect.poll(() => points(root, 'adam'), { timeout: 60_000 }).not.toBe(before);
    expect(await root.getAttribute('data-state')).toBe('diverged');
    await page.getByLabel('SGD 학습률 값').fill('0.5');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
    expect(await root.locator('figure[data-diverged]').count()).toBe(0);
  });

  test('200 slider updates and an unmount leave the tensor count at its baseline', async () => {
    const page = await open('/playground/', { backend: 'wasm' });
    await expect
      .poll(() => page.locator('[data-engine-status]').getAttribute('data-backend'), {
        timeout: 60_000,
      })
      .toBe('wasm');
    await page.waitForTimeout(700);
    const empty = await tensors(page);
    await playground(page, '::optimizer-trajectories\n');
    const root = page.locator(W).first();
    await ready(root);
    await page.waitForTimeout(700);
    const baseline = await tensors(page);
    const slider = page.getByRole('slider', { name: 'SGD 학습률', exact: true });
    await slider.focus();
    for (let i = 0; i < 200; i++)
      await page.keyboard.press(i % 40 < 20 ? 'ArrowLeft' : 'ArrowRight');
    await settled(root);
    await expect.poll(() => tensors(page), { timeout: 10_000 }).toBe(baseline);
    await playground(page, '위젯 없음\n');
    await expect.poll(() => page.locator(W).count()).toBe(0);
    await expect.poll(() => tensors(page), { timeout: 10_000 }).toBe(empty);
  });

  test('works at phone width in dark mode, with every optimizer in its own series colour', async () => {
    const page = await open(CHAPTER, {
      backend: 'wasm',
      viewport: { width: 360, height: 740 },
      colorScheme: 'dark',
    });
    const root = page.locator(W).first();
    await ready(root);
    await root.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const widget = (await root.boundingBox())!;
    expect(widget.width).toBeLessThanOrEqual(360);
    for (const fig of await root.locator('figure.optimizer-trajectories__panel').all()) {
      const b = (await fig.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(360);
    }
    const colours = await root.evaluate((el) =>
      [...el.querySelectorAll<SVGPathElement>('figure .optimizer-trajectories__path')].map(
        (p) => getComputedStyle(p).stroke,
      ),
    );
    expect(new Set(colours).size).toBe(6);
    // Dark theme: the plot background is the dark surface, not white.
    const bg = await root
      .locator('.optimizer-trajectories__bg')
      .first()
      .evaluate((r) => getComputedStyle(r).fill);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    expect(bg).not.toBe('rgb(244, 246, 248)');
  });
});
