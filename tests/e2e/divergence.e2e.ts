// Divergence in the training widgets whose learning rate the reader sets (chapter 6, real Chromium,
// wasm, the production build): with η at the slider's maximum a lane whose loss turns NaN, ∞ or
// passes 100 stops alone with a Korean note while the others keep training; when every lane has
// blown up the widget is in the diverged state. 초기화 clears it (the same race from the start),
// 책 기본값 trains normally again, and the tensors come back. train-mnist, gradient-descent,
// optimizer-trajectories, perceptron-gates and weight-init-histograms test theirs in their own
// files; policy-gradient (a softmax policy: it saturates, never NaN) in its file.
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { engineBaseline, expectTensorsBack, widgetHarness, type Widget } from './widget-helpers';

const { open } = useBrowser();
const LR = '학습률 η (SGD)';

const race = (w: Widget) => w.root.locator('.race');
const status = (w: Widget) => race(w).getAttribute('data-status');
const iteration = async (w: Widget) => Number(await race(w).getAttribute('data-iteration'));
const note = (w: Widget) => w.root.locator('.race__diverged');
const button = (w: Widget, name: string) => w.root.getByRole('button', { name, exact: true });

/** Brings the race near the screen and waits until it can run. */
async function nearRace(w: Widget): Promise<void> {
  await w.root.scrollIntoViewIfNeeded();
  await expect.poll(() => status(w), { timeout: 60_000 }).toBe('ready');
}

/**
 * Runs the race at η = 10 to its end; the note names exactly the lanes in `blown` (in the
 * table's order); the frame is diverged only when every lane is. Then 초기화 (iteration 0, no
 * note, tensors back) and 책 기본값 (η 0.01: two steps, nothing diverges).
 */
async function divergesAndRecovers(w: Widget, blown: string[], all: boolean) {
  await nearRace(w);
  const baseline = await engineBaseline(w.page, 'wasm');
  expect(await w.value(LR)).toBe(10);
  await button(w, '▶ 실행').click();
  await expect.poll(() => status(w), { timeout: 60_000 }).toMatch(/^(done|diverged)$/);
  const text = (await note(w).textContent()) ?? '';
  expect(text).toMatch(/^발산해서 멈췄어요: /);
  const named = [...text.matchAll(/([^:,]+?)\(반복 \d+\)/g)].map((m) => m[1].trim());
  expect(named).toEqual(blown);
  await expect.poll(() => w.state()).toBe(all ? 'diverged' : 'ready');
  if (all) expect(await w.root.locator('.widget-message-diverged').textContent()).toMatch(/^발산해서 멈췄어요/); // prettier-ignore

  await button(w, '↺ 초기화').click();
  await expect.poll(() => iteration(w), { timeout: 20_000 }).toBe(0);
  expect(await note(w).count()).toBe(0);
  await expect.poll(() => w.state()).toBe('ready');
  await expectTensorsBack(w.page, baseline);

  await w.resetToBook();
  await expect.poll(() => w.param('lr')).toBeNull();
  await nearRace(w);
  for (const i of [1, 2]) {
    await button(w, '한 단계 ▸').click();
    await expect.poll(() => iteration(w), { timeout: 20_000 }).toBe(i);
  }
  expect(await note(w).count()).toBe(0);
  expect(await w.state()).toBe('ready');
}

test('weight-init-mnist at η 10: Xavier and He blow up, σ = 0.01 (stuck at ln 10) runs on', async () => {
  const w = await widgetHarness(open, 'weight-init-mnist').open(
    '/06-learning-techniques/?weight-init-mnist.lr=10&weight-init-mnist.iterations=20',
    { backend: 'wasm', state: 'ready' },
  );
  await divergesAndRecovers(w, ['Xavier', 'He'], false);
});

test('batch-norm at η 10: the plain network blows up, the one with BN keeps learning', async () => {
  const w = await widgetHarness(open, 'batch-norm').open(
    '/06-learning-techniques/?batch-norm.lr=10&batch-norm.epochs=1',
    { backend: 'wasm', state: 'ready' },
  );
  await divergesAndRecovers(w, ['BN 없음'], false);
});

test('overfitting at η 10: both networks blow up, the widget shows the diverged state', async () => {
  const w = await widgetHarness(open, 'overfitting').open(
    '/06-learning-techniques/?overfitting.lr=10&overfitting.epochs=5&overfitting.train-size=100',
    { backend: 'wasm', state: 'ready' },
  );
  await divergesAndRecovers(w, ['정규화 없음', '가중치 감소 λ = 0.1'], true);
});
