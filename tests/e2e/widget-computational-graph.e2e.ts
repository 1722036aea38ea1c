// computational-graph in real Chromium on the production build: renders from its directive in
// chapter 5 with the engine's numbers (the book's 220 / 2.2 / 110 / 200 and 715 / 3.3 / 165 /
// 650), steps forward and backward from buttons and keys, edited inputs recompute, the quiz
// marks a wrong blank kindly and accepts a right one, 책 기본값 and URL state, a bad directive
// shows the error card, no tensor leaks, phone width in dark mode, and it stands as drawn while
// the engine computes, on a phone and a laptop, down to the lines of its note.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import {
  engineBaseline,
  expectStoodAsDrawn,
  expectTensorsBack,
  misfits,
  widgetHarness,
  type Widget,
} from './widget-helpers';
import { watchLayout } from './layout-watch';

const { open } = useBrowser();
const harness = widgetHarness(open, 'computational-graph');
const CHAPTER = '/05-backpropagation/';
const opts = { state: 'ready' };

const edgeValue = async (w: Widget, edge: string, pass: 'fwd' | 'bwd') => {
  const raw = await w.root.locator(`[data-edge="${edge}"]`).getAttribute(`data-${pass}`);
  return raw === null ? null : Number(raw);
};
/** The float32 numbers rounded like a reader reads them (4 decimals). */
const grads = async (w: Widget, edges: string[]) => {
  const out: Record<string, number | null> = {};
  for (const e of edges) {
    const v = await edgeValue(w, e, 'bwd');
    out[e] = v === null ? null : Number(v.toFixed(4));
  }
  return out;
};
const step = (w: Widget) => w.root.locator('.computational-graph').getAttribute('data-step');

test("the book's numbers from the engine; stepping; edited inputs; the quiz; no leaks", async () => {
  const w = await harness.open(CHAPTER, opts);
  const baseline = await engineBaseline(w.page);
  expect(await grads(w, ['applePrice', 'appleCount', 'tax', 'appleTotal', 'total'])).toEqual({
    applePrice: 2.2,
    appleCount: 110,
    tax: 200,
    appleTotal: 1.1,
    total: 1,
  });
  expect((await edgeValue(w, 'total', 'fwd'))!.toFixed(4)).toBe('220.0000');
  expect(await w.root.locator('.widget-readout').textContent()).toMatch(/ms · (webgl|wasm|cpu)/);

  // Apples and oranges.
  await w.expectChange(() => w.root.getByRole('radio', { name: '사과 + 귤' }).check());
  expect((await edgeValue(w, 'total', 'fwd'))!.toFixed(3)).toBe('715.000');
  expect(
    await grads(w, ['applePrice', 'appleCount', 'orangePrice', 'orangeCount', 'tax', 'subtotal']),
  ).toEqual({
    applePrice: 2.2,
    appleCount: 110,
    orangePrice: 3.3,
    orangeCount: 165,
    tax: 650,
    subtotal: 1.1,
  });

  // Stepping: back to the start, forward with the keyboard, backward in the engine's order.
  await w.expectChange(() => w.root.getByRole('button', { name: '처음으로' }).click());
  expect(await step(w)).toBe('0');
  expect(await w.root.locator('[data-bwd]').count()).toBe(0);
  expect(await edgeValue(w, 'subtotal', 'fwd')).toBeNull();
  const figure = w.root.getByRole('group', { name: /계산 그래프/ });
  await figure.focus();
  for (let i = 0; i < 5; i++) await w.page.keyboard.press('ArrowRight');
  expect(await step(w)).toBe('5');
  expect(await edgeValue(w, 'subtotal', 'fwd')).toBeCloseTo(650, 3);
  expect(await grads(w, ['tax', 'subtotal', 'appleTotal'])).toEqual({
    tax: 650,
    subtotal: 1.1,
    appleTotal: null,
  });
  expect(await w.root.locator('.computational-graph-note').textContent()).toContain(
    '1 × 650 = 650',
  );
  await w.root.getByRole('button', { name: '다음 ▶' }).click();
  expect(await grads(w, ['appleTotal', 'orangeTotal'])).toEqual({
    appleTotal: 1.1,
    orangeTotal: 1.1,
  });
  // Play from here to the end.
  await w.root.getByRole('button', { name: '재생' }).click();
  await expect.poll(() => step(w), { timeout: 10_000 }).toBe('8');
  await w.ready('ready');

  // An edited input recomputes everything.
  await w.expectChange(() => w.press('귤 개수', 'ArrowRight'));
  expect(await w.value('귤 개수')).toBe(4);
  expect((await grads(w, ['tax', 'orangePrice'])).tax).toBe(800);
  expect((await grads(w, ['orangePrice'])).orangePrice).toBe(4.4);

  // The quiz: a wrong blank gets a hint, a right one is accepted.
  await w.root.getByRole('radio', { name: '빈칸 채우기' }).check();
  const box = (name: RegExp) => w.root.getByRole('textbox', { name });
  await box(/⑤ 사과 가격/).fill('2');
  await box(/⑦ 귤 가격/).fill('4.4');
  await w.root.getByRole('button', { name: '채점하기' }).click();
  await expect.poll(() => box(/⑤ 사과 가격/).getAttribute('aria-invalid')).toBe('true');
  expect(await w.root.locator('[data-blank="applePrice"]').textContent()).toContain('반대쪽 입력');
  expect(await box(/⑦ 귤 가격/).getAttribute('aria-invalid')).toBe('false');
  await box(/⑤ 사과 가격/).fill('2.2');
  await box(/⑤ 사과 가격/).press('Enter');
  await expect.poll(() => box(/⑤ 사과 가격/).getAttribute('aria-invalid')).toBe('false');
  expect(await w.root.getByRole('status').textContent()).toBe('8칸 중 2칸 맞혔어요.');
  await expect.poll(() => w.param('mode')).toBe('quiz');
  await expectTensorsBack(w.page, baseline);
});

test('on cpu: a URL parameter is read; 책 기본값 restores the book', async () => {
  const w = await harness.open(
    `${CHAPTER}?computational-graph.example=apple-orange&computational-graph.apple-price=200`,
    { ...opts, backend: 'cpu' },
  );
  expect(await w.root.locator('.widget-readout').textContent()).toContain('ms · cpu');
  expect(await w.value('사과 가격')).toBe(200);
  expect((await grads(w, ['tax'])).tax).toBe(850);
  await w.resetToBook();
  await expect.poll(async () => (await grads(w, ['tax'])).tax).toBe(200);
  expect(await w.root.getByRole('radio', { name: '사과만' }).isChecked()).toBe(true);
  expect(await w.value('사과 가격')).toBe(100);
  await expect.poll(() => w.urlKeys()).toEqual([]);
});

test('on webgl: fits a 390 px phone in dark mode', async () => {
  const w = await harness.open(`${CHAPTER}?computational-graph.example=apple-orange`, {
    ...opts,
    backend: 'webgl',
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
  });
  expect(await w.root.locator('.widget-readout').textContent()).toContain('ms · webgl');
  expect(await grads(w, ['orangePrice', 'tax'])).toEqual({ orangePrice: 3.3, tax: 650 });
  await w.root.scrollIntoViewIfNeeded();
  expect(await misfits(w.root)).toEqual([]);
  const svg = (await w.root.locator('svg.computational-graph-svg').boundingBox())!;
  expect(svg.width).toBeLessThanOrEqual((await w.root.boundingBox())!.width);
  expect(svg.height).toBeGreaterThan(150);
});

test('it stands as drawn while it computes: nothing in or under it moves when the numbers come, not even a line of the note (390 and 1280 px)', async () => {
  for (const width of [390, 1280]) {
    const w = await harness.open(`${CHAPTER}#widget-computational-graph`, {
      ...opts,
      viewport: { width, height: 800 },
      // the note's bold numbers and its own lines too: the note once kept its height while its
      // lines broke elsewhere when the numbers replaced the "…" (" — 역전파 끝: …" went up a line)
      beforeGoto: (page) => page.addInitScript(watchLayout('computational-graph', 'p, .computational-graph-note strong, .computational-graph-line')), // prettier-ignore
    });
    // first drawn while computing (a one-line note once: the frame grew 760 → 968 px and the text
    // under it dropped as the reader looked), then the same boxes with the numbers in them
    await expectStoodAsDrawn(w.page);
    await w.page.close();
  }
});
