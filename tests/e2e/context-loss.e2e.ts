// Losing the WebGL context (a crashed or reset GPU driver) in a real browser: conv nets keep
// their im2col/pooling tables, readbacks of lost data fail at once, CPU-side work during the
// switch does not disturb it, and a training chunk redone on wasm repeats itself exactly; and in
// a widget: train-mnist losing its GPU mid-run carries on from the same weights to the same end.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { widgetHarness, type Widget } from './widget-helpers';

const { open } = useBrowser();
const LOST = [/context lost/i, /CONTEXT_LOST/];

async function openLab(backend: 'webgl' | 'wasm' | 'cpu', lossExpected = false): Promise<Page> {
  const page = await open('/lab.html', { backend, allowErrors: lossExpected ? LOST : [] });
  await page.waitForFunction(() => document.getElementById('lab-status')?.textContent === 'ready');
  return page;
}

const maxAbsDiff = (a: number[], b: number[]) =>
  a.length !== b.length || a.length === 0
    ? Infinity
    : a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);

describe('WebGL context loss', () => {
  it('SimpleConvNet: after the loss the conv and pooling tables are rebuilt on wasm (same losses as cpu)', async () => {
    const steps = { steps: 8, seed: 2, model: 'conv' as const, batch: 20 };
    const cpu = await (await openLab('cpu')).evaluate((o) => window.lab.trainSteps(o), steps);
    const page = await openLab('webgl', true);
    const lost = await page.evaluate(async (o) => {
      const lab = window.lab;
      const run = await lab.trainSteps({
        ...o,
        between: async (step) => {
          if (step !== 3) return;
          lab.loseWebGLContext();
          await lab.waitForBackend('wasm');
        },
      });
      return { ...run, status: lab.engine.engineStatus() };
    }, steps);
    expect(lost.status.backend).toBe('wasm');
    expect(lost.losses).toHaveLength(8);
    // with garbage index tables the losses after step 3 would be far from the cpu run's
    expect(maxAbsDiff(lost.losses, cpu.losses)).toBeLessThan(1e-3);
  });

  it('readbacks of data on the lost context fail at once with ContextLostError (no timeout)', async () => {
    const page = await openLab('webgl', true);
    const r = await page.evaluate(async () => {
      const { tf, engine } = window.lab;
      // big enough to run on the GPU (tfjs forwards tiny ops to the CPU): numbers in a texture
      const before = tf.add(tf.ones([256, 256]), 1);
      window.lab.loseWebGLContext();
      const after = tf.add(tf.ones([256, 256]), 2); // computed on the dying context
      const errors: string[] = [];
      for (const t of [before, after]) {
        try {
          await engine.readback(t, 120_000); // the old behaviour: wait the whole timeout
          errors.push('read');
        } catch (e) {
          errors.push((e as Error).name);
        }
      }
      await window.lab.waitForBackend('wasm');
      return errors;
    });
    expect(r).toEqual(['ContextLostError', 'ContextLostError']);
  });

  it('work on the CPU backend during the switch does not restart wasm (the switch ends on wasm)', async () => {
    const page = await openLab('webgl', true);
    const r = await page.evaluate(async () => {
      const { tf, engine } = window.lab;
      window.lab.loseWebGLContext();
      let calls = 0;
      // small synchronous work (optimizer paths, activation curves) keeps arriving meanwhile
      const timer = setInterval(() => {
        const t = engine.onCpu(() => tf.add(tf.scalar(1), tf.scalar(2)));
        t.dispose();
        calls++;
      }, 1);
      await window.lab.waitForBackend('wasm', 30_000).catch(() => undefined);
      clearInterval(timer);
      await engine.engineSettled();
      return { calls, status: engine.engineStatus() };
    });
    expect(r.calls).toBeGreaterThan(0);
    expect(r.status.backend).toBe('wasm');
    expect(r.status.notice).toMatch(/WASM으로 전환했어요/);
  });

  it('trainNet with Adam and dropout: the chunk redone on wasm repeats the same batches, masks and steps', async () => {
    const opts = {
      model: 'multi-layer' as const,
      hiddenSizes: [40, 40],
      dropout: 0.2,
      optimizer: 'adam' as const,
      lr: 0.001,
      batchSize: 50,
      iterations: 90,
      evalEvery: 90,
      evalSize: 200,
      seed: 5,
    };
    const reference = await (
      await openLab('wasm')
    ).evaluate(
      (o) => window.lab.experiments.trainNet(o).then((r) => ({ loss: r.loss, acc: r.testAcc })),
      opts,
    );
    const page = await openLab('webgl', true);
    const r = await page.evaluate(async (o) => {
      const lab = window.lab;
      let lostAt = -1;
      const res = await lab.experiments.trainNet({
        ...o,
        onProgress: (p) => {
          // early in the run: every step before the loss is on software WebGL here (≈ 0.1 s each alone)
          if (lostAt < 0 && p.iteration >= 10) {
            lostAt = p.iteration;
            lab.loseWebGLContext();
          }
        },
      });
      return { loss: res.loss, acc: res.testAcc, backend: res.backend, lostAt };
    }, opts);
    expect(r.backend).toBe('wasm');
    expect(r.lostAt).toBeGreaterThan(0);
    expect(r.loss).toHaveLength(90);
    // the same run as on wasm from the start, up to float32 differences between backends
    expect(maxAbsDiff(r.loss, reference.loss)).toBeLessThan(5e-3);
    // and the test accuracy measured after the switch, on wasm, is the reference's (a digit or
    // two of the 200 may fall the other way)
    expect(r.acc).toHaveLength(reference.acc.length);
    expect(maxAbsDiff(r.acc, reference.acc)).toBeLessThanOrEqual(0.01);
    expect(r.acc.at(-1)!).toBeGreaterThan(0.5);
  });
});

describe('WebGL context loss in a widget', () => {
  const trainMnist = widgetHarness(open, 'train-mnist');
  const RUN =
    '/04-neural-network-learning/?train-mnist.iterations=20&train-mnist.eval-every=20' +
    '&train-mnist.eval-size=500&train-mnist.seed=7';
  const attr = (w: Widget, name: string) => w.root.locator('.train-mnist').getAttribute(name);
  const iteration = async (w: Widget) => Number(await attr(w, 'data-iteration'));
  const run = (w: Widget) => w.root.getByRole('button', { name: '▶ 실행', exact: true }).click();

  it('train-mnist: the GPU lost mid-run, training goes on on wasm from the same weights and ends where a wasm run ends', async () => {
    const w = await trainMnist.open(RUN, { backend: 'webgl', state: 'ready', allowErrors: LOST });
    const page = w.page;
    const badge = page.locator('[data-engine-status]');
    expect(await badge.getAttribute('data-backend')).toBe('webgl');
    await run(w);
    await expect.poll(() => iteration(w), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    const lostAt = await iteration(w);
    const lost = await page.evaluate(() =>
      (
        window as unknown as { __engineTestHooks: { loseWebGLContext(): Promise<boolean> } }
      ).__engineTestHooks.loseWebGLContext(),
    );
    expect(lost).toBe(true);
    await expect.poll(() => badge.getAttribute('data-backend'), { timeout: 30_000 }).toBe('wasm');
    expect(await badge.locator('.engine-notice').textContent()).toContain('WebGL 컨텍스트를 잃어');
    // no promise hangs: the run reaches its end, it did not start over
    await expect.poll(() => attr(w, 'data-status'), { timeout: 60_000 }).toBe('done');
    expect(await iteration(w)).toBe(20);
    expect(lostAt).toBeLessThan(20);
    const [first, last] = [await attr(w, 'data-first-loss'), await attr(w, 'data-last-loss')];

    // the reference: 초기화 and the same run again, now on wasm from its first step
    await w.root.getByRole('button', { name: '↺ 초기화', exact: true }).click();
    await expect.poll(() => iteration(w), { timeout: 30_000 }).toBe(0);
    await run(w);
    await expect.poll(() => attr(w, 'data-status'), { timeout: 60_000 }).toBe('done');
    // the same weights carried over: the first and the last loss are the wasm run's (a restart
    // from fresh weights, or a step lost or done twice, would end elsewhere)
    expect(Number(first)).toBeCloseTo(Number(await attr(w, 'data-first-loss')), 3);
    expect(Math.abs(Number(last) - Number(await attr(w, 'data-last-loss')))).toBeLessThan(5e-3);
  });
});
