// layer-backprop in real Chromium on the production build: renders from its directive in
// chapter 5; the engine's gradients agree with the layer formulas computed here (∂L/∂W = Xᵀ·∂L/∂A,
// ∂L/∂X = ∂L/∂A·Wᵀ, ∂L/∂b = the column sums, (Y − T)/N), the notes' y − t = (0.2, 0.1, −0.3);
// the switches change the picture; 책 기본값 and URL state; a bad directive shows the error
// card; no tensor leaks; phone width in dark mode; it stands as drawn while the engine computes.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { watchLayout } from './layout-watch';
import {
  engineBaseline,
  expectStoodAsDrawn,
  expectTensorsBack,
  misfits,
  widgetHarness,
  type Widget,
} from './widget-helpers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'layer-backprop');
const CHAPTER = '/05-backpropagation/';
const opts = { state: 'ready' };

type M = number[][];
const matrix = async (w: Widget, id: string): Promise<M> =>
  JSON.parse((await w.root.locator(`[data-matrix="${id}"]`).getAttribute('data-values'))!) as M;
const shape = (w: Widget, id: string) =>
  w.root.locator(`[data-matrix="${id}"] .layer-backprop-shape`).textContent();
const matmul = (a: M, b: M) =>
  a.map((r) => b[0].map((_, j) => r.reduce((s, v, k) => s + v * b[k][j], 0)));
const transpose = (a: M) => a[0].map((_, j) => a.map((r) => r[j]));
const expectClose = (a: M, b: M) => {
  expect(a.length).toBe(b.length);
  a.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(b[i][j], 5)));
};

/** Every gradient on screen against the layer formulas, computed here from what is shown. */
async function checkGradients(w: Widget) {
  const [x, wt, y, t, dH, dA, dW, db, dX] = await Promise.all(
    ['x', 'w', 'y', 't', 'dH', 'dA', 'dW', 'db', 'dX'].map((id) => matrix(w, id)),
  );
  const n = x.length;
  expectClose(
    dH,
    y.map((r, i) => r.map((v, j) => (v - t[i][j]) / n)),
  );
  expectClose(dW, matmul(transpose(x), dA));
  expectClose(dX, matmul(dA, transpose(wt)));
  expectClose(db, [[0, 1, 2].map((j) => dA.reduce((s, r) => s + r[j], 0))]);
  return { n, dA };
}

test('the engine’s gradients follow the layer formulas; the switches redraw; no leaks', async () => {
  const w = await harness.open(CHAPTER, opts);
  const baseline = await engineBaseline(w.page);
  expect(await w.root.locator('.widget-readout').textContent()).toMatch(/ms · (webgl|wasm|cpu)/);
  const { n, dA } = await checkGradients(w);
  expect(n).toBe(2);
  expect(await shape(w, 'dW')).toBe('(2, 3)');
  expect(await shape(w, 'dX')).toBe('(2, 2)');
  // ReLU: the gradient is 0 exactly where the local derivative is 0.
  const local = await matrix(w, 'local');
  local.flat().forEach((v, k) => expect(v === 0 ? dA.flat()[k] : 1).toBe(v === 0 ? 0 : 1));
  expect(
    await w.root
      .locator('[data-layer]')
      .evaluateAll((ls) => ls.map((l) => (l as HTMLElement).dataset.layer)),
  ).toEqual(['softmaxWithLoss', 'activation', 'affine']);
  // The notes' example.
  const g = (await matrix(w, 'notes-grad'))[0];
  expect(g.map((v) => Number(v.toFixed(4)))).toEqual([0.2, 0.1, -0.3]);
  expect(await w.root.locator('[data-matrix="notes-grad"] tbody').textContent()).toBe('0.20.1−0.3');

  const read = (id: string) => () => matrix(w, id);
  await w.expectChange(() => w.root.getByRole('radio', { name: 'Sigmoid' }).check(), read('local'));
  expect((await matrix(w, 'local')).flat().every((v) => v > 0 && v <= 0.25)).toBe(true);
  await checkGradients(w);
  await w.expectChange(() => w.press('배치 크기 N', 'ArrowRight'), read('dX'));
  expect(await shape(w, 'dX')).toBe('(3, 2)');
  expect((await checkGradients(w)).n).toBe(3);
  await w.expectChange(() => w.press('데이터·가중치 시드', 'ArrowRight'), read('x'));
  await checkGradients(w);
  await w.expectChange(
    () => w.root.getByRole('radio', { name: '1번 부류' }).check(),
    read('notes-grad'),
  );
  expect((await matrix(w, 'notes-grad'))[0].map((v) => Number(v.toFixed(4)))).toEqual([
    -0.8, 0.1, 0.7,
  ]);
  await expect.poll(() => w.param('activation')).toBe('sigmoid');
  await expectTensorsBack(w.page, baseline);
});

test('on cpu: a URL parameter is read; 책 기본값 restores the book', async () => {
  const w = await harness.open(
    `${CHAPTER}?layer-backprop.activation=sigmoid&layer-backprop.batch=4`,
    {
      ...opts,
      backend: 'cpu',
    },
  );
  expect(await w.root.locator('.widget-readout').textContent()).toContain('ms · cpu');
  expect(await shape(w, 'dX')).toBe('(4, 2)');
  expect(await w.root.locator('[data-layer="activation"] h5').textContent()).toBe('Sigmoid 계층');
  await w.resetToBook();
  await expect.poll(() => shape(w, 'dX')).toBe('(2, 2)');
  expect(await w.root.getByRole('radio', { name: 'ReLU' }).isChecked()).toBe(true);
  await checkGradients(w);
  await expect.poll(() => w.urlKeys()).toEqual([]);
  // What keeps a change of N cheap to draw (the sliders bench): every formula, in the prose and
  // in the widget, is a stacking context (replayed whole from Chromium's paint cache while
  // unchanged), and the blocks that N moves are layout islands — but not a layer's title, whose
  // first line carries the list's number.
  const css = await w.page.evaluate(() => {
    const root = document.querySelector('[data-widget="layer-backprop"]')!;
    const style = (el: Element | null) => getComputedStyle(el!);
    return {
      prose: style(document.querySelector('article.chapter .katex:not([data-widget] .katex)'))
        .zIndex,
      widget: style(root.querySelector('.katex')).zIndex,
      matrix: style(root.querySelector('[data-matrix="dX"]')).contain,
      aside: style(root.querySelector('.layer-backprop-aside')).contain,
      title: style(root.querySelector('.layer-backprop-layer > h5')).contain,
    };
  });
  expect(css).toEqual({
    prose: '0',
    widget: '0',
    matrix: 'layout style',
    aside: 'layout style',
    title: 'none',
  });
});

test('on webgl: fits a 390 px phone in dark mode', async () => {
  const w = await harness.open(`${CHAPTER}?layer-backprop.batch=4`, {
    ...opts,
    backend: 'webgl',
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
  });
  expect(await w.root.locator('.widget-readout').textContent()).toContain('ms · webgl');
  await checkGradients(w);
  await w.root.scrollIntoViewIfNeeded();
  expect(await misfits(w.root)).toEqual([]);
});

test('it stands as drawn while it computes: nothing in or under it moves when the numbers come (390 and 1280 px)', async () => {
  // it waited on one line, then grew by its ~20 matrices (≈ 3,500 px on a phone); now each table
  // waits in its shape with "…" in its cells, each cell in the room of its matrix's numbers
  for (const width of [390, 1280]) {
    const w = await harness.open(`${CHAPTER}#widget-layer-backprop`, {
      ...opts,
      viewport: { width, height: 900 },
      beforeGoto: (page) => page.addInitScript(watchLayout('layer-backprop', '[data-matrix], p')), // prettier-ignore
    });
    await expectStoodAsDrawn(w.page);
    await w.page.close();
  }
});
