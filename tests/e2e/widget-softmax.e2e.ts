// softmax in real Chromium on the production build: renders from its directive in chapter 3 with
// the engine's numbers for the book's a = (0.3, 2.9, 4.0), the bars sum to 1, the arg-max stays
// put under temperature and an added constant, the float32 overflow demo shows ∞ / NaN and the
// max-subtracted result, "책 기본값", URL state, a bad directive's error card, no tensor leaks,
// a 320 px phone (WCAG reflow) in dark mode; it stands as drawn while the engine computes.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { watchLayout } from './layout-watch';
import {
  engineBaseline,
  expectStoodAsDrawn,
  expectTensorsBack,
  atTextSize,
  misfits,
  widgetHarness,
  type Widget,
} from './widget-helpers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'softmax');
const CHAPTER = '/03-neural-network/';
const opts = { state: 'ready' };
/** Polls for up to 15 s: on a busy machine an update can take more than expect.poll's default 1 s. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/**
 * Guesses follow runs of any length in this page: the site guesses only after quick runs, and
 * how quick a run is depends on the machine and its load (unit tests cover that budget); these
 * tests are about what a guess does once made.
 */
const guessAlways = (w: Widget) =>
  w.page.evaluate(() => ((globalThis as { __kitAhead?: string }).__kitAhead = 'always'));

const probs = (w: Widget) =>
  w.root
    .locator('.softmax-bars tbody tr')
    .evaluateAll((rs) => rs.map((r) => Number((r as HTMLElement).dataset.y)));
const sum = (v: number[]) => v.reduce((s, x) => s + x, 0);
const argmax = (v: number[]) => v.indexOf(Math.max(...v));
const overflowY = async (w: Widget, kind: 'naive' | 'stable') =>
  (await w.root.locator(`table[data-kind="${kind}"]`).getAttribute('data-y'))!
    .split(' ')
    .map(Number);
const setBox = async (w: Widget, label: string, v: string) => {
  await w.numberBox(label).fill(v);
  await w.numberBox(label).blur();
};

test("renders from its directive with the book's numbers; T reshapes, C changes nothing, the arg-max stays", async () => {
  const w = await harness.open(CHAPTER, opts);
  const book = await probs(w);
  expect(book).toHaveLength(3);
  [0.0182, 0.2452, 0.7366].forEach((v, i) => expect(book[i]).toBeCloseTo(v, 4));
  expect(sum(book)).toBeCloseTo(1, 5);
  expect(await w.root.locator('.softmax-sum').textContent()).toContain('1.0000');
  expect(await w.root.locator('.widget-readout').textContent()).toMatch(/ms · (webgl|wasm|cpu)/);
  // The overflow demo: (1010, 1000, 990) naive → ∞ and NaN; max subtracted → the book's numbers.
  expect((await overflowY(w, 'naive')).every(Number.isNaN)).toBe(true);
  const naive = w.root.locator('table[data-kind="naive"]');
  expect(await naive.getAttribute('data-sum')).toBe('Infinity');
  expect(await naive.textContent()).toMatch(/∞.*NaN/s);
  const stable = await overflowY(w, 'stable');
  expect(stable[0]).toBeCloseTo(0.9999546, 6);
  expect(stable[1] / 4.53978686e-5).toBeCloseTo(1, 4);
  expect(stable[2] / 2.06106005e-9).toBeCloseTo(1, 4);
  expect(await w.root.locator('table[data-kind="stable"]').textContent()).toContain('0.9999546');
  // Temperature: flatter at 5, sharper at 0.2, the largest stays the third.
  await w.expectChange(() => setBox(w, '온도 T', '5'));
  const flat = await probs(w);
  expect(Math.max(...flat)).toBeLessThan(0.5);
  expect(argmax(flat)).toBe(2);
  expect(sum(flat)).toBeCloseTo(1, 5);
  await w.expectChange(() => setBox(w, '온도 T', '0.2'));
  const sharp = await probs(w);
  expect(Math.max(...sharp)).toBeGreaterThan(0.99);
  expect(argmax(sharp)).toBe(2);
  expect(await w.root.locator('.softmax-note').getAttribute('data-argmax-y')).toBe('3');
  await setBox(w, '온도 T', '1');
  await poll(async () => (await probs(w))[2]).toBeCloseTo(book[2], 5);
  // C = 2 from the keyboard: the note changes, the probabilities do not.
  await w.expectChange(
    () => w.press('모든 입력에 더할 상수 C', 'ArrowRight', 4),
    () => w.root.locator('.softmax-note').textContent(),
  );
  expect(await w.value('모든 입력에 더할 상수 C')).toBe(2);
  (await probs(w)).forEach((v, i) => expect(v).toBeCloseTo(book[i], 5));
});

test('count, inputs, true class and b change the picture; overflow only above ≈ 88.7', async () => {
  const w = await harness.open(CHAPTER, opts);
  await w.expectChange(() => w.press('입력 개수 n', 'ArrowRight'));
  await poll(async () => (await probs(w)).length).toBe(4);
  expect(sum(await probs(w))).toBeCloseTo(1, 5);
  await w.expectChange(() => w.press('입력 a₁', 'ArrowRight'));
  expect(await w.value('입력 a₁')).toBe(0.4);
  await w.expectChange(() => setBox(w, '입력 a₁', '6.3'));
  expect(await w.root.locator('.softmax-note').getAttribute('data-argmax-y')).toBe('1');
  const loss = w.root.locator('.softmax-loss');
  await w.expectChange(
    () => w.press('정답 위치 k (학습할 때)', 'ArrowLeft', 2),
    () => loss.getAttribute('data-loss'),
  );
  // True class 1 is now the most likely one: its gradient entry y₁ − 1 is negative. Polled: the
  // loss changes with the first of the two presses, and the picture of the second can come later.
  const grad = async () =>
    ((await w.root.locator('.softmax-grad').getAttribute('data-grad')) ?? '')
      .split(' ')
      .map(Number);
  await poll(async () => (await grad())[0]).toBeLessThan(0);
  expect((await grad())[1]).toBeGreaterThan(0);
  // Overflow: b = 70 → a = (80, 70, 60) fits float32; b = 80 → exp(90) overflows.
  const verdict = w.root.locator('.softmax-overflow-verdict');
  expect(await verdict.getAttribute('data-naive-broken')).toBe('true');
  await setBox(w, '큰 입력의 가운데 값 b', '70');
  await poll(() => verdict.getAttribute('data-naive-broken')).toBe('false');
  const naive = await overflowY(w, 'naive');
  const stable = await overflowY(w, 'stable');
  naive.forEach((v, i) => expect(v).toBeCloseTo(stable[i], 6));
  await w.press('큰 입력의 가운데 값 b', 'ArrowRight');
  await poll(() => verdict.getAttribute('data-naive-broken')).toBe('true');
  expect((await overflowY(w, 'naive'))[0]).toBeNaN();
  expect((await overflowY(w, 'stable'))[0]).toBeCloseTo(0.9999546, 6);
  await w.ready('ready');
});

test('URL state is read; 책 기본값 restores the book', async () => {
  const w = await harness.open(
    `${CHAPTER}?softmax.count=5&softmax.a1=9&softmax.temperature=2&softmax.big=50`,
    { ...opts, backend: 'webgl' },
  );
  expect(await w.root.locator('.widget-readout').textContent()).toContain('ms · webgl');
  expect(await w.value('온도 T')).toBe(2);
  expect(await probs(w)).toHaveLength(5);
  expect(argmax(await probs(w))).toBe(0);
  expect(await w.root.locator('.softmax-overflow-verdict').getAttribute('data-naive-broken')).toBe(
    'false',
  );
  await w.resetToBook();
  await poll(async () => (await probs(w)).length).toBe(3);
  await poll(async () => (await probs(w))[2]).toBeCloseTo(0.7366, 4);
  expect(await w.value('온도 T')).toBe(1);
  await expect
    .poll(() => w.root.locator('.softmax-overflow-verdict').getAttribute('data-naive-broken'))
    .toBe('true');
  await poll(() => w.urlKeys()).toEqual([]);
});

test('no tensor leaks after 20 updates; fits a 320 px phone in dark mode, a 390 px one with 24 px text, a laptop with wider text spacing', async () => {
  const w = await harness.open(CHAPTER, {
    ...opts,
    backend: 'cpu',
    viewport: { width: 320, height: 700 },
    colorScheme: 'dark',
  });
  const baseline = await engineBaseline(w.page, 'cpu');
  expect(await probs(w)).toHaveLength(3);
  expect((await probs(w))[2]).toBeCloseTo(0.7366, 4);
  await w.press('입력 a₂', 'ArrowRight', 8);
  await w.press('온도 T', 'ArrowLeft', 8);
  await w.press('큰 입력의 가운데 값 b', 'ArrowLeft', 4);
  await w.ready('ready', 30_000);
  await expectTensorsBack(w.page, baseline);
  await w.root.scrollIntoViewIfNeeded();
  expect(await misfits(w.root)).toEqual([]);
  // a 390 px phone with the browser's text at "Very large" (24 px)
  await w.page.setViewportSize({ width: 390, height: 844 });
  await atTextSize(w.page, 24, () => expect.poll(() => misfits(w.root)).toEqual([]));
  // a laptop with WCAG 1.4.12's text spacing (letters 0.12em, words 0.16em, lines 1.5)
  await w.page.setViewportSize({ width: 1280, height: 900 });
  await w.page.addStyleTag({
    content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; }`,
  });
  await expect.poll(() => misfits(w.root)).toEqual([]);
});

test("a drag's next value is computed ahead: a held arrow key's steps are drawn by their own event, with the right numbers", async () => {
  const w = await harness.open(CHAPTER, { ...opts, backend: 'wasm' });
  await guessAlways(w);
  // In the page, as a held key does: one step of T's slider (0.01 in log10 T) every 250 ms, and
  // whether the step's own input event committed the numbers (already computed ahead: no wait
  // for the worker). Each step's numbers must be softmax(a / T) for the T it reached.
  const steps = await w.root.evaluate(async (root) => {
    const slider = [...root.querySelectorAll('input[type=range]')].find(
      (el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() === '온도 T',
    ) as HTMLInputElement;
    const drawn = () => root.querySelector('[data-drawn]')?.getAttribute('data-drawn');
    const out: Array<{ atOnce: boolean; t: number; y: number[]; reused: string | null }> = [];
    for (let i = 0; i < 8; i++) {
      const before = drawn();
      slider.stepUp();
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const atOnce = drawn() !== before;
      await new Promise((r) => setTimeout(r, 250));
      const y = [...root.querySelectorAll('.softmax-bars tbody tr')].map((r) =>
        Number((r as HTMLElement).dataset.y),
      );
      const reused = root.getAttribute('data-reused');
      // the value the step stands for (the slider's position is log10 of it, rounded: 0.95)
      const box = slider.parentElement!.querySelector<HTMLInputElement>('.control-number-box')!;
      out.push({ atOnce, t: Number(box.value), y, reused });
    }
    return out;
  });
  const a = [0.3, 2.9, 4.0];
  for (const s of steps) {
    const e = a.map((v) => Math.exp(v / s.t));
    s.y.forEach((y, k) => expect(y).toBeCloseTo(e[k] / e.reduce((p, q) => p + q, 0), 4));
  }
  // the first step has nothing to go on; after it, a steady step is guessed (and computed
  // within the 250 ms before the next step, unless the machine stalls)
  expect(steps[0].atOnce).toBe(false);
  expect(steps.filter((s) => s.atOnce).length).toBeGreaterThanOrEqual(4);
  // and the readout says so: those numbers were computed ahead, not for the step itself
  for (const s of steps) expect(s.reused).toBe(s.atOnce ? 'ahead' : null);
  const readout = await w.root.locator('.widget-readout').textContent();
  expect(readout?.includes('예측해 미리 계산한 값')).toBe(steps.at(-1)!.atOnce);
});

test('a slider focused before it moves: its first arrow-key step was computed ahead, both ways', async () => {
  const w = await harness.open(CHAPTER, { ...opts, backend: 'wasm' });
  await guessAlways(w);
  const slider = w.slider('온도 T');
  // Each try: T typed far from anything seen (a jump: continuing it guesses nowhere near), then
  // the reader focuses the slider, waits and presses an arrow. Only the focus can have had that
  // step computed ahead.
  const tries: Array<[string, string]> = [['2.5', 'ArrowRight'], ['4.5', 'ArrowLeft'], ['6.5', 'ArrowRight'], ['8.5', 'ArrowLeft'], ['3.5', 'ArrowRight'], ['5.5', 'ArrowLeft']]; // prettier-ignore
  const seen: Array<string | null> = [];
  for (const [t, key] of tries) {
    await w.expectChange(() => setBox(w, '온도 T', t));
    await slider.focus();
    await w.page.waitForTimeout(500);
    await w.page.keyboard.press(key);
    await w.ready('ready', 30_000);
    seen.push(await w.root.getAttribute('data-reused'));
    await slider.blur();
  }
  expect(seen.filter((r) => r === 'ahead').length).toBeGreaterThanOrEqual(4);
  // the numbers drawn are T's own: softmax(a / T)
  const t = await w.value('온도 T');
  const e = [0.3, 2.9, 4.0].map((v) => Math.exp(v / t));
  (await probs(w)).forEach((y, k) => expect(y).toBeCloseTo(e[k] / e.reduce((p, q) => p + q, 0), 4));
});

test('it stands as drawn while it computes: nothing in or under it moves when the numbers come (390 and 1280 px)', async () => {
  // the notes appeared only with the numbers and the overflow demo waited on one line: it grew
  // by ~520 px on a phone; now every part waits in its shape with "…" where the numbers go
  for (const width of [390, 1280]) {
    const w = await harness.open(`${CHAPTER}#widget-softmax`, {
      ...opts,
      backend: 'wasm',
      viewport: { width, height: 900 },
      // every paragraph (the notes', the loss, the gradient, the verdict), table and row
      beforeGoto: (page) => page.addInitScript(watchLayout('softmax', 'p, table, tr')),
    });
    await expectStoodAsDrawn(w.page);
    await w.page.close();
  }
});
