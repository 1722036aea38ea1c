// The worker of bench/gpu-readback.ts: times `await t.data()` on tfjs-webgl inside a worker for
// the weight-init experiment's shape (x 1000×100 through five σ·W 100×100 layers with sigmoid,
// 100 column sums read back) and for a trivial tensor (the readback pipeline alone). `mode`:
//   timeout  tfjs's default: the fence is polled with setTimeout(0), clamped to 4 ms once nested
//   message  polled through a MessageChannel (no clamp) for the first 20 ms of a wait, by
//            setTimeout after it (tried for the site on a hardware GPU, not kept: README)
//   sync     dataSync(): the worker blocks until the GPU is done (a reference, not a site path)
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import { initEngine } from '../src/engine';
import { summary } from '../src/engine/histogram';
import { weightInitHistograms } from '../src/experiments/weight-init';

type Mode = 'timeout' | 'message' | 'sync';

/** How long into one wait the fence is still polled without the clamp, ms. */
const POLL_FAST_MS = 20;

type Schedule = (fn: () => void, delay: number) => void;

/** A setTimeoutCustom that skips the clamp for the first POLL_FAST_MS of each polling loop. */
function unclampedSchedule(now: () => number = () => performance.now()): Schedule {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  let lastRun = -Infinity; // when a scheduled poll last ran
  let waitStart = 0; // when the current polling loop began
  const run = (fn: () => void) => {
    lastRun = now();
    fn();
  };
  channel.port1.onmessage = () => run(queue.shift()!);
  return (fn, delay) => {
    const t = now();
    // a poll scheduled right after the last one ran belongs to the same wait
    if (t - lastRun > 1) waitStart = t;
    if (delay > 0 || t - waitStart > POLL_FAST_MS) setTimeout(() => run(fn), delay);
    else {
      queue.push(fn);
      channel.port2.postMessage(null);
    }
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

async function timeReads(mode: Mode, n: number, make: () => tf.Tensor) {
  const dispatch: number[] = [];
  const read: number[] = [];
  for (let i = 0; i < n + 5; i++) {
    const t0 = performance.now();
    const out = make();
    const t1 = performance.now();
    if (mode === 'sync') out.dataSync();
    else await out.data();
    const t2 = performance.now();
    out.dispose();
    if (i >= 5) {
      dispatch.push(t1 - t0);
      read.push(t2 - t1);
    }
  }
  return {
    dispatchMs: median(dispatch),
    readMs: median(read),
    p95ReadMs: p95(read),
  };
}

self.onmessage = async (e: MessageEvent<{ mode: Mode; n: number }>) => {
  const { mode, n } = e.data;
  await tf.setBackend('webgl');
  await tf.ready();
  const platform = tf.env().platform as unknown as { setTimeoutCustom?: unknown };
  if (mode === 'message') platform.setTimeoutCustom = unclampedSchedule();
  const x = tf.randomNormal([1000, 100]);
  const ws = Array.from({ length: 5 }, () => tf.randomNormal([100, 100]));
  let sigma = 1;
  const layers = () =>
    tf.tidy(() => {
      sigma = sigma === 1 ? 0.01 : 1;
      let a: tf.Tensor = x;
      for (const w of ws) a = tf.sigmoid(tf.matMul(a, tf.mul(w, sigma)));
      return tf.sum(a, 0);
    });
  // a sum over 10,000 numbers: computed on the GPU (tfjs forwards ops on tiny inputs to the CPU)
  const tiny = () => tf.tidy(() => tf.sum(tf.add(ws[0], 1)));
  const weightInit = await timeReads(mode, n, layers);
  // the five layers' summaries alone (summary()'s shader + its sum over chunks), on kept values
  const acts = ws.map((w) => tf.sigmoid(tf.matMul(x, w)));
  const summaries = await timeReads(mode, n, () =>
    tf.tidy(() => tf.stack(acts.map((a) => summary(a, 0, 1, 30, 'sigmoid')))),
  );
  const trivial = await timeReads(mode, n, tiny);
  // the site's own slider path (widget defaults), as its worker runs it: kernels, then the wait
  await initEngine({ prefer: 'webgl' });
  const kernels: number[] = [];
  const reads: number[] = [];
  for (let i = 0; i < n + 5; i++) {
    const o = { activation: 'sigmoid', layers: 5, nodes: 100, samples: 1000, seed: 0, bins: 30 };
    const r = await weightInitHistograms({ ...o, init: i % 2 ? 1 : 0.01, range: [0, 1] } as never);
    if (i >= 5) {
      kernels.push(r.timing.kernelsMs);
      reads.push(r.timing.readbackMs);
    }
  }
  const site = {
    kernelsMs: median(kernels),
    readMs: median(reads),
    p95ReadMs: p95(reads),
  };
  postMessage({ mode, weightInit, trivial, site, summaries });
};
