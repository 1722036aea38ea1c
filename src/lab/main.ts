// The engine lab: a page that exposes the engine and the experiments API on `window.lab` so
// browser tests and benchmarks can drive the real engine on ?backend=webgl|wasm|cpu.
// Not linked from the site.
import * as tf from '@tensorflow/tfjs-core';
import * as engine from '../engine';
import * as experiments from '../experiments';
import { createRng } from '../data/rng';

/** Loses the WebGL context on purpose (WEBGL_lose_context), as a crashed GPU driver would. */
function loseWebGLContext(): boolean {
  const gl = engine.webglContext();
  const ext = gl?.getExtension('WEBGL_lose_context');
  if (!ext) return false;
  ext.loseContext();
  return true;
}

/** Resolves when the engine reports `backend` (after a fallback), or rejects after `ms`. */
async function waitForBackend(backend: engine.BackendName, ms = 20_000): Promise<void> {
  const t0 = performance.now();
  while (engine.engineStatus().backend !== backend) {
    if (performance.now() - t0 > ms)
      throw new Error(`backend is still ${engine.engineStatus().backend}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await engine.engineSettled();
}

/**
 * A small deterministic training run with the engine directly (TwoLayerNet, or a small
 * SimpleConvNet with `model: 'conv'`; SGD 0.1, fixed batches): returns the losses and the
 * parameters, for cross-backend comparison and for the context-loss tests (which pause it in
 * the middle through `between`).
 */
async function trainSteps(o: {
  steps: number;
  seed?: number;
  model?: 'two-layer' | 'conv';
  batch?: number;
  between?: (step: number) => Promise<void>;
}) {
  const data = await experiments.loadMnist();
  const xs = experiments.normalized(data.trainImages);
  const conv = o.model === 'conv';
  const n = o.batch ?? 100;
  const net = conv
    ? engine.SimpleConvNet({ seed: o.seed ?? 0, filterNum: 6, hiddenSize: 30, weightInitStd: 0.1 })
    : engine.TwoLayerNet({ seed: o.seed ?? 0 });
  const opt = engine.createOptimizer('sgd', 0.1);
  const rng = createRng(o.seed ?? 0);
  const losses: number[] = [];
  const snapshots: Float32Array[][] = [];
  /** parameters read right after a backend switch (they must equal the last snapshot) */
  let restored: number[][] | null = null;
  for (let s = 0; s < o.steps; s++) {
    const rows = rng.choice(data.nTrain, n);
    const buf = new Float32Array(n * 784);
    rows.forEach((r, i) => buf.set(xs.subarray(r * 784, (r + 1) * 784), i * 784));
    const labels = Int32Array.from(rows, (r) => data.trainLabels[r]);
    const loss = engine.scope(() => {
      const l = net.loss(
        engine.tensor(buf, { shape: conv ? [n, 1, 28, 28] : [n, 784] }),
        tf.tensor1d(labels, 'int32'),
      );
      l.backward();
      opt.step(net.params);
      net.zeroGrad();
      return l.value;
    });
    losses.push((await engine.readAll([loss]))[0][0]);
    loss.dispose();
    if (o.between) {
      await engine.snapshot(net.params);
      snapshots.push(net.params.map((p) => p.host.slice()));
      const backend = engine.engineStatus().backend;
      await o.between(s);
      if (engine.engineStatus().backend !== backend) {
        restored = (await engine.readAll(net.params.map((p) => p.value))).map((p) => Array.from(p));
      }
    }
  }
  const params = await engine.readAll(net.params.map((p) => p.value));
  const out = {
    losses,
    params: params.map((p) => Array.from(p)),
    snapshots: snapshots.map((s) => s.map((p) => Array.from(p))),
    restored,
    backend: engine.engineStatus().backend,
  };
  net.dispose();
  opt.dispose();
  return out;
}

const lab = {
  tf,
  engine,
  experiments,
  ready: engine.initEngine(),
  loseWebGLContext,
  waitForBackend,
  trainSteps,
  /** tfjs's autodiff, for benchmarks that compare against it (never used by the site). */
  enableOracle: () => import('@tensorflow/tfjs-core/dist/register_all_gradients'),
};
declare global {
  interface Window {
    lab: typeof lab;
  }
}
window.lab = lab;

const statusEl = document.getElementById('lab-status');
lab.ready.then(
  (backend) => {
    if (!statusEl) return;
    statusEl.dataset.backend = backend;
    statusEl.textContent = 'ready';
  },
  (e: unknown) => {
    if (statusEl) statusEl.textContent = `error: ${String(e)}`;
  },
);
