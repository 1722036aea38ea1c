// The engine in a real browser (lab.html): backend forcing, the same training run on webgl,
// wasm and cpu, the widget experiments on every backend (one shared lab page per backend), and
// surviving a WebGL context loss (a fresh page each).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, type OpenOptions } from './browser';
import { useSharedPages } from './widget-helpers';

const { open } = useBrowser();
const { shared } = useSharedPages();
type Backend = 'webgl' | 'wasm' | 'cpu';
const BACKENDS: Backend[] = ['webgl', 'wasm', 'cpu'];

async function waitLab(page: Page): Promise<Page> {
  await page.waitForFunction(
    () => document.getElementById('lab-status')?.textContent === 'ready',
    null,
    { timeout: 60_000 },
  );
  return page;
}

/** A fresh lab page (for a test that loses its WebGL context). */
const openLab = async (backend: Backend, opts: OpenOptions = {}) =>
  waitLab(await open('/lab.html', { backend, ...opts }));

/**
 * The lab page on `backend`, shared by the tests that only run seeded experiments on it and
 * check that they free their tensors: one page load per backend instead of one per test.
 */
const sharedLab = async (backend: Backend) => waitLab(await shared('/lab.html', { backend }));

/** max |a_i − b_i|; arrays of different lengths (or empty ones) are infinitely far apart. */
const maxAbsDiff = (a: number[], b: number[]) =>
  a.length !== b.length || a.length === 0
    ? Infinity
    : a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);

describe('engine in the browser', () => {
  it('?backend= forces each backend', async () => {
    for (const backend of BACKENDS) {
      const page = await sharedLab(backend);
      const status = await page.evaluate(() => window.lab.engine.engineStatus());
      expect(status.backend).toBe(backend);
      expect(status.notice).toBeUndefined();
    }
  });

  it('the same small training run agrees on webgl, wasm and cpu (float32 tolerance), without leaks', async () => {
    const runs: Record<
      string,
      { losses: number[]; params: number[][]; tensors: [number, number] }
    > = {};
    for (const backend of BACKENDS) {
      const page = await sharedLab(backend);
      runs[backend] = await page.evaluate(async () => {
        const before = window.lab.engine.engineStatus().tensors;
        const r = await window.lab.trainSteps({ steps: 15, seed: 3 });
        return {
          losses: r.losses,
          params: r.params,
          tensors: [before, window.lab.engine.engineStatus().tensors] as [number, number],
        };
      });
    }
    for (const backend of BACKENDS) {
      const r = runs[backend];
      expect(r.tensors[1], `${backend}: tensors back to baseline`).toBe(r.tensors[0]);
      expect(r.losses[0]).toBeCloseTo(Math.log(10), 1);
      expect(r.losses.at(-1)!).toBeLessThan(r.losses[0]);
      expect(maxAbsDiff(r.losses, runs.cpu.losses), `${backend} vs cpu: losses`).toBeLessThan(1e-4);
      expect(r.params).toHaveLength(4);
      r.params.forEach((p, i) =>
        expect(maxAbsDiff(p, runs.cpu.params[i]), `${backend} vs cpu: param ${i}`).toBeLessThan(
          1e-5,
        ),
      );
    }
  });

  it('widget experiments give the same numbers on every backend and free their tensors', async () => {
    const results: Record<string, unknown> = {};
    for (const backend of BACKENDS) {
      const page = await sharedLab(backend);
      results[backend] = await page.evaluate(async () => {
        const x = window.lab.experiments;
        const before = window.lab.engine.engineStatus().tensors;
        const runs = await x.optimizerRuns({
          runs: (['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] as const).map(
            (optimizer) => ({ optimizer, lr: x.BOOK_LR[optimizer] }),
          ),
        });
        const hist = await x.weightInitHistograms({
          activation: 'tanh',
          init: 'xavier',
          gradients: true,
        });
        const hist2 = await x.weightInitHistograms({ activation: 'tanh', init: 0.5 });
        x.disposeWeightInitCache();
        const curves = await x.activationCurves({
          names: ['sigmoid', 'relu', 'tanh'],
          xs: [-3, -1, 0.5, 2],
        });
        const grid = await x.surfaceGrid({
          surface: 'rosenbrock',
          x: [-2, 2],
          y: [-1, 3],
          nx: 5,
          ny: 4,
        });
        const stacked = await x.stackedLayers({ activation: 'identity', xs: [-1, 0, 1] });
        return {
          end: runs.runs.map((r) => r.points.at(-1)),
          counts: hist.layers.map((l) => l.counts),
          std: hist2.layers.map((l) => l.std),
          curves,
          grid: Array.from(grid),
          stacked: stacked.y,
          leaked: window.lab.engine.engineStatus().tensors - before,
        };
      });
    }
    const cpu = results.cpu as {
      end: number[][];
      counts: number[][];
      std: number[];
      grid: number[];
      stacked: number[];
    };
    for (const backend of BACKENDS) {
      const r = results[backend] as typeof cpu & { leaked: number };
      expect(r.leaked, `${backend}: leaked tensors`).toBe(0);
      expect(
        maxAbsDiff(r.end.flat(), cpu.end.flat()),
        `${backend}: optimizer end points`,
      ).toBeLessThan(1e-3);
      expect(maxAbsDiff(r.std, cpu.std)).toBeLessThan(1e-4);
      expect(maxAbsDiff(r.grid, cpu.grid)).toBeLessThan(1e-3);
      expect(maxAbsDiff(r.stacked, cpu.stacked)).toBeLessThan(1e-4);
      // histograms: a value on a bin edge may land one bin over on another backend
      expect(r.counts).toHaveLength(5); // one histogram per layer
      r.counts.forEach((c, i) =>
        expect(maxAbsDiff(c, cpu.counts[i]), `${backend}: layer ${i} counts`).toBeLessThan(50),
      );
    }
  });

  it('WebGL context loss: falls back to wasm and carries on with the same parameters', async () => {
    const page = await openLab('webgl', { allowErrors: [/context lost/i, /CONTEXT_LOST/] });
    const r = await page.evaluate(async () => {
      const lab = window.lab;
      const run = await lab.trainSteps({
        steps: 10,
        between: async (step) => {
          if (step !== 4) return;
          lab.loseWebGLContext();
          await lab.waitForBackend('wasm');
        },
      });
      return { ...run, status: lab.engine.engineStatus() };
    });
    expect(r.status.backend).toBe('wasm');
    expect(r.status.notice).toMatch(/WebGL 컨텍스트를 잃어 WASM으로 전환했어요/);
    expect(r.restored).toHaveLength(4); // W1, b1, W2, b2
    r.restored!.forEach((p, i) =>
      expect(maxAbsDiff(p, r.snapshots[4][i]), `param ${i} restored`).toBe(0),
    );
    expect(r.losses).toHaveLength(10);
    expect(r.losses.every(Number.isFinite)).toBe(true);
    expect(r.losses.at(-1)!).toBeLessThan(r.losses[0]);
  });
  // a context lost in the middle of trainNet: context-loss.e2e.ts (the run redone exactly on wasm)
});
