// policy-gradient in real Chromium on the production build: renders from its directive in
// chapter 8 with the engine's REINFORCE run (the best arm's probability rises from 0.2), the
// baseline and comparison switches and every slider change the picture, 책 기본값 restores the
// defaults, URL state is read, α at its maximum stays a probability distribution, a bad
// directive shows the error card, no tensor leaks, 390 px; it stands as drawn while the engine
// runs its first episodes.
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
const harness = widgetHarness(open, 'policy-gradient');
const CHAPTER = '/08-deep-learning/';
const opts = { state: 'ready' };

const row = (w: Widget, method: string, attr: string) =>
  w.root.locator(`tr[data-method="${method}"]`).getAttribute(attr).then(Number);
const radio = (w: Widget, name: string) => w.root.getByRole('radio', { name, exact: true });

test('chapter 8: URL state, every control, 책 기본값 → the best arm rises from 0.2, no leaks, 390 px', async () => {
  // URL state first (short runs), then the defaults through 책 기본값: one page, one engine start
  const w = await harness.open(
    `${CHAPTER}?policy-gradient.episodes=60&policy-gradient.alpha=0.3`,
    opts,
  );
  const baseline = await engineBaseline(w.page);
  expect(await w.value('에피소드 수')).toBe(60);
  expect(await w.value('학습률 α')).toBe(0.3);
  expect(await w.root.locator('.policy-gradient-scrub output').textContent()).toBe('60 / 60');
  for (const label of ['학습률 α', '에피소드 수', '보상의 잡음 σ', '난수 시드'])
    await w.expectChange(() => w.press(label, 'ArrowRight'));
  expect(await w.value('에피소드 수')).toBe(70);
  // the switches redraw the charts (the run already holds every rule)
  const rlChart = w.root.locator('[data-kind="rl"]');
  await w.expectChange(
    () => radio(w, '지금까지 받은 보상의 평균').check(),
    () => rlChart.innerHTML(),
  );
  await expect.poll(() => w.param('baseline')).toBe('mean');
  const lossChart = w.root.locator('[data-kind="loss"]');
  await w.expectChange(
    () => radio(w, '교사가 정답(최선의 팔)을 알려 줌').check(),
    () => lossChart.innerHTML(),
  );
  expect(Number(await lossChart.getAttribute('data-best-end'))).toBeGreaterThan(0.5);

  // α at its maximum: the policy is a softmax of its logits, so a big step saturates the
  // probabilities (a run may lock onto a worse arm) but never makes them NaN — no diverged state
  await w.expectChange(() => w.press('학습률 α', 'End'));
  expect(await w.value('학습률 α')).toBe(1);
  expect(await w.state()).toBe('ready');
  for (const m of ['reinforce', 'baseline', 'imitate', 'teacher']) {
    const end = await row(w, m, 'data-best-end');
    expect(end, m).toBeGreaterThanOrEqual(0);
    expect(end, m).toBeLessThanOrEqual(1);
  }

  await w.resetToBook();
  await expect.poll(() => w.urlKeys()).toEqual([]);
  await expect.poll(() => w.value('에피소드 수')).toBe(300);
  expect(await radio(w, '없음 (R 그대로)').isChecked()).toBe(true);
  await expect
    .poll(() => w.root.locator('.policy-gradient-scrub output').textContent(), { timeout: 30_000 })
    .toBe('300 / 300');
  await w.ready('ready');
  // with the defaults (α 0.1, 300 episodes, seed 0) the best arm (π₀ = 0.2) ends above 0.9
  expect(await row(w, 'reinforce', 'data-best-end')).toBeGreaterThan(0.9);
  expect(await row(w, 'baseline', 'data-best-end')).toBeGreaterThan(0.9);
  // over 32 seeds the baseline is far steadier and its gradient variance far smaller
  expect(await row(w, 'baseline', 'data-best-std')).toBeLessThan(
    (await row(w, 'reinforce', 'data-best-std')) / 4,
  );
  expect(await row(w, 'baseline', 'data-grad-var')).toBeLessThan(
    (await row(w, 'reinforce', 'data-grad-var')) / 3,
  );
  expect(Math.abs((await row(w, 'imitate', 'data-best-mean')) - 0.2)).toBeLessThan(0.15);
  // scrubbing to episode 0 shows the chapter's start π = (0.2, 0.5, 0.3)
  await w.slider('보는 에피소드').focus();
  await w.page.keyboard.press('Home');
  const p = (k: number) => w.root.locator(`[data-arm="${k}"]`).getAttribute('data-p');
  await expect.poll(() => p(0)).toBe('0.2000');
  expect(await p(1)).toBe('0.5000');
  await w.page.keyboard.press('ArrowRight');
  await expect.poll(() => w.root.locator('[data-episode]').getAttribute('data-episode')).toBe('1');
  await expectTensorsBack(w.page, baseline);

  // a phone in dark mode: nothing sticks out sideways
  await w.page.emulateMedia({ colorScheme: 'dark' });
  await w.page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => misfits(w.root)).toEqual([]);
});

test('it stands as drawn while the engine runs: nothing in or under it moves when the numbers come (390 and 1280 px)', async () => {
  // it waited on one line, then grew by its charts, its episode and its two tables (394 px on a
  // phone: CLS 0.08 for a reader who opened its link); now every part waits in its shape
  for (const width of [390, 1280]) {
    const w = await harness.open(`${CHAPTER}#widget-policy-gradient`, {
      ...opts,
      viewport: { width, height: 900 },
      beforeGoto: (page) =>
        page.addInitScript(watchLayout('policy-gradient', 'figure, p, table, tr, .policy-gradient-scrub')), // prettier-ignore
    });
    await expectStoodAsDrawn(w.page);
    await w.page.close();
  }
});
