// `::train-mnist` in real Chromium on the production build (wasm, a short run from the URL):
// Run trains the book's TwoLayerNet on the official MNIST past chance, Pause stops the counter,
// 초기화 gives the same first loss for the same seed and frees what it made, the pad's strokes
// (mouse) and a picked test digit change the ten probabilities, an empty pad says so, and a
// learning rate at the slider's maximum shows the diverged state that 초기화 leaves; a changed
// parameter starts a new session (and goes to the URL); the reader's own idx files: a bad one
// shows its Korean message and changes nothing, a good set trains, and the official MNIST comes back;
// nothing in or under it moves when the download ends (its line stays, saying what came).
import { expect, test } from 'vitest';
import { useBrowser } from './browser';
import { watchLayout } from './layout-watch';
import {
  engineBaseline,
  expectStoodAsDrawn,
  expectTensorsBack,
  widgetHarness,
  type Widget,
} from './widget-helpers';

const { open } = useBrowser();
const harness = widgetHarness(open, 'train-mnist');
const SHORT =
  '/04-neural-network-learning/?train-mnist.activation=relu&train-mnist.iterations=600' +
  '&train-mnist.eval-every=300&train-mnist.eval-size=1000';

const attr = (w: Widget, name: string) => w.root.locator('.train-mnist').getAttribute(name);
const status = (w: Widget) => attr(w, 'data-status');
const iteration = async (w: Widget) => Number(await attr(w, 'data-iteration'));
const button = (w: Widget, name: string) => w.root.getByRole('button', { name, exact: true });

test('Run learns past chance, Pause stops the counter, 초기화 repeats the first loss and frees its tensors; drawing predicts', async () => {
  const w = await harness.open(SHORT, { backend: 'wasm', state: 'ready' });
  const baseline = await engineBaseline(w.page, 'wasm');
  const predict = w.root.locator('.train-mnist__predict');
  expect(await predict.getAttribute('data-empty')).toBe('true');
  expect(await predict.textContent()).toContain('숫자를 그려 보세요');

  await button(w, '한 단계 ▸').click();
  await expect.poll(() => iteration(w)).toBe(1);
  const firstLoss = Number(await attr(w, 'data-first-loss'));
  expect(firstLoss).toBeCloseTo(Math.log(10), 1);

  await button(w, '▶ 실행').click();
  await expect.poll(() => iteration(w), { timeout: 30_000 }).toBeGreaterThan(1);
  await button(w, '⏸ 일시정지').click();
  await expect.poll(() => status(w), { timeout: 10_000 }).toBe('paused');
  const stopped = await iteration(w);
  await w.page.waitForTimeout(400);
  expect(await iteration(w)).toBe(stopped);

  await button(w, '▶ 실행').click();
  await expect.poll(() => status(w), { timeout: 60_000 }).toBe('done');
  expect(await iteration(w)).toBe(600);
  const final = w.root.locator('.train-mnist__final');
  expect(Number(await final.getAttribute('data-test-acc'))).toBeGreaterThan(0.3);
  expect(await final.textContent()).toContain('공식 시험 데이터 앞 1,000장 기준');

  // Draw a stroke with the mouse: the ten probabilities appear, and change with the next one.
  const pad = w.root.locator('.train-mnist__pad-canvas');
  await pad.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const b = (await pad.boundingBox())!;
  const stroke = async (pts: Array<[number, number]>) => {
    await w.page.mouse.move(b.x + b.width * pts[0][0], b.y + b.height * pts[0][1]);
    await w.page.mouse.down();
    for (const [x, y] of pts.slice(1))
      await w.page.mouse.move(b.x + b.width * x, b.y + b.height * y, { steps: 6 });
    await w.page.mouse.up();
  };
  await stroke([
    [0.5, 0.15],
    [0.5, 0.85],
  ]); // a "1"
  await expect.poll(() => predict.getAttribute('data-probs')).not.toBeNull();
  const one = await predict.getAttribute('data-probs');
  expect((one ?? '').split(',')).toHaveLength(10);
  await stroke([
    [0.5, 0.15],
    [0.8, 0.15],
    [0.8, 0.5],
    [0.2, 0.85],
    [0.85, 0.85],
  ]); // more ink
  await expect.poll(() => predict.getAttribute('data-probs')).not.toBe(one);
  await button(w, '지우기').click();
  await expect.poll(() => predict.getAttribute('data-empty')).toBe('true');

  // The keyboard's way to the pad: a misclassified test digit, picked with Enter.
  const mistake = w.root.locator('.train-mnist__mistake-grid button').first();
  await mistake.waitFor({ timeout: 30_000 });
  await mistake.focus();
  await w.page.keyboard.press('Enter');
  await expect.poll(() => predict.getAttribute('data-guess')).not.toBeNull();

  await button(w, '↺ 초기화').click();
  await expect.poll(() => status(w), { timeout: 30_000 }).toBe('ready');
  expect(await iteration(w)).toBe(0);
  await expectTensorsBack(w.page, baseline);
  await button(w, '한 단계 ▸').click();
  await expect.poll(() => iteration(w)).toBe(1);
  expect(Number(await attr(w, 'data-first-loss'))).toBe(firstLoss);
});

test('a learning rate at the slider’s maximum diverges (in Korean); 초기화 recovers', async () => {
  const w = await harness.open(`${SHORT}&train-mnist.lr=10`, { backend: 'wasm', state: 'ready' });
  expect(await w.value('학습률 η')).toBe(10);
  await button(w, '▶ 실행').click();
  await w.ready('diverged', 60_000);
  expect(await w.root.locator('.train-mnist__diverged').textContent()).toMatch(/발산했어요/);
  expect(await button(w, '▶ 실행').isDisabled()).toBe(true);
  await button(w, '↺ 초기화').click();
  await w.ready('ready', 30_000);
  expect(await iteration(w)).toBe(0);
  expect(await w.root.locator('.train-mnist__diverged').count()).toBe(0);
  // Changing a parameter starts a new session too.
  const session = await attr(w, 'data-session');
  await w.numberBox('학습률 η').fill('0.5');
  await expect.poll(() => attr(w, 'data-session')).not.toBe(session);
  await w.ready('ready', 30_000);
  await expect.poll(() => w.param('lr'), { timeout: 10_000 }).toBe('0.5');
});

/** An idx file: magic, big-endian sizes, then the bytes. */
function idx(magic: number, dims: number[], body: Uint8Array): Buffer {
  const head = Buffer.alloc(4 + 4 * dims.length);
  head.writeUInt32BE(magic, 0);
  dims.forEach((d, i) => head.writeUInt32BE(d, 4 + 4 * i));
  return Buffer.concat([head, body]);
}
const images = (n: number) =>
  idx(
    2051,
    [n, 28, 28],
    Uint8Array.from({ length: n * 784 }, (_, i) => (i * 131 + (i >> 9)) & 255),
  );
const labels = (n: number) =>
  idx(
    2049,
    [n],
    Uint8Array.from({ length: n }, (_, i) => i % 10),
  );

test('the reader’s own MNIST-format files: a bad one is explained and changes nothing; a good set trains', async () => {
  const w = await harness.open(SHORT, { backend: 'wasm', state: 'ready' });
  const source = w.root.locator('.train-mnist__final-data');
  const official = await source.textContent();
  expect(official).toContain('공식 MNIST');
  await w.root.getByText('내 MNIST 형식 파일로 학습하기').click();
  const pick = async (files: Buffer[]) => {
    const names = ['train-images', 'train-labels', 'test-images', 'test-labels'];
    for (const [i, label] of ['훈련 이미지', '훈련 레이블', '시험 이미지', '시험 레이블'].entries())
      await w.control(label).setInputFiles({ name: `${names[i]}-idx-ubyte`, mimeType: 'application/octet-stream', buffer: files[i] }); // prettier-ignore
    await button(w, '이 파일로 학습 준비').click();
  };

  await button(w, '한 단계 ▸').click(); // progress that a bad file must not lose
  await expect.poll(() => iteration(w)).toBe(1);
  const [session, before] = [await attr(w, 'data-session'), await status(w)];
  const junk = Buffer.from(Uint8Array.from({ length: 100 }, (_, i) => (i * 37 + 5) & 255));
  await pick([junk, labels(300), images(100), labels(100)]);
  const alert = w.root.getByRole('alert');
  await expect
    .poll(() => alert.textContent(), { timeout: 15_000 })
    .toMatch(/이미지 파일.*매직 넘버/);
  expect(await status(w)).toBe(before);
  expect(await iteration(w)).toBe(1);
  expect(await attr(w, 'data-session')).toBe(session);
  expect(await source.textContent()).toBe(official);

  await pick([images(300), labels(300), images(100), labels(100)]);
  await expect.poll(() => source.textContent(), { timeout: 15_000 }).toBe('내 파일 · 훈련 300장 / 시험 100장'); // prettier-ignore
  expect(await alert.count()).toBe(0);
  await w.ready('ready', 15_000);
  await button(w, '한 단계 ▸').click();
  await expect.poll(() => iteration(w)).toBe(1);
  expect(Number(await attr(w, 'data-first-loss'))).toBeCloseTo(Math.log(10), 0);
  // A changed parameter trains on the same files again.
  const onFiles = await attr(w, 'data-session');
  await w.numberBox('학습률 η').fill('0.5');
  await expect.poll(() => attr(w, 'data-session')).not.toBe(onFiles);
  await w.ready('ready', 15_000);
  // the new session reads the same files again ('불러오는 중…' meanwhile; a CI run read it here)
  await expect.poll(() => source.textContent(), { timeout: 15_000 }).toBe('내 파일 · 훈련 300장 / 시험 100장'); // prettier-ignore

  await button(w, '공식 MNIST로 돌아가기').click();
  await expect.poll(() => source.textContent(), { timeout: 15_000 }).toBe(official);
  await w.ready('ready', 15_000);
  expect(await iteration(w)).toBe(0);
});

test('nothing in or under it moves when MNIST is in: the download line stays and says what came (390 and 1280 px)', async () => {
  for (const width of [390, 1280]) {
    const w = await harness.open('/04-neural-network-learning/#widget-train-mnist', {
      state: 'ready',
      viewport: { width, height: 800 },
      beforeGoto: (page) => page.addInitScript(watchLayout('train-mnist', 'p, figure')),
    });
    // the widget is ready while the digits still come; wait for them (the line said so and went away
    // once: the buttons, the summary and the charts under it rose 48 px)
    const line = w.root.locator('.train-mnist__data');
    await expect
      .poll(async () => (await line.count()) === 0 || (await line.getAttribute('data-done')), {
        timeout: 30_000,
      })
      .toBeTruthy();
    await expectStoodAsDrawn(w.page);
    expect(await line.getAttribute('data-done')).toBe('true');
    expect(await line.locator('.train-mnist__data-text').textContent()).toMatch(/^MNIST 준비 완료 · [\d.]+ MB$/); // prettier-ignore
    expect(await line.locator('.train-mnist__data-digits').textContent()).toBe('70,000 / 70,000장');
    await w.page.close();
  }
});
