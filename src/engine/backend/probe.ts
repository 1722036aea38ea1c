// The backend chosen by measurement (DESIGN.md, "Runtime"): a short probe runs two workloads
// shaped like the site's (a TwoLayerNet step, 100×784 · 784×50, and the weight-init chain,
// 1000×100 · 100×100) on webgl and on wasm, and the faster wins. Software WebGL (SwiftShader,
// llvmpipe) is often 3–5× slower than wasm, a real GPU often faster. The decision is remembered
// per device by the page (a worker has no localStorage) and reused while the browser and the
// GPU stay the same. The decision logic is pure and tested in Node; the measurement needs a
// browser.
import * as tf from '@tensorflow/tfjs-core';
import { trySet } from './load';
import { enqueue, type BackendName } from './state';

/** The backends the probe compares (cpu is never faster than either). */
export type ProbedBackend = 'webgl' | 'wasm';

/** Milliseconds of one round of the probe's workload, best of a few; null: it could not run. */
export interface ProbeTimings {
  webgl: number | null;
  wasm: number | null;
}

/** What the page remembers (localStorage) between visits. */
export interface BackendRecord {
  choice: ProbedBackend;
  timings: ProbeTimings;
  userAgent: string;
  /** the WebGL renderer string (WEBGL_debug_renderer_info), null when WebGL is unavailable */
  gpu: string | null;
}

/** How the backend was chosen: forced by `?backend=`, a stored probe, or a probe just now. */
export type DecisionSource = 'forced' | 'stored' | 'probe';

export interface BackendDecision {
  source: DecisionSource;
  /** the backend asked for (the engine may still fall back, e.g. after a context loss) */
  choice: BackendName;
  timings: ProbeTimings | null;
  gpu: string | null;
  /** a Korean sentence for the badge: which backend and why */
  reason: string;
  /** wall time of the probe itself (warm-up included), ms; 0 when none ran */
  probeMs: number;
  /** what the page should store (source 'probe' only) */
  record?: BackendRecord;
}

const SOFTWARE = /swiftshader|llvmpipe|lavapipe|softpipe|software|basic render/i;

/** Whether a WebGL renderer string names a software rasteriser (slow, CPU-bound). */
export function isSoftwareRenderer(gpu: string | null): boolean {
  return gpu !== null && SOFTWARE.test(gpu);
}

/** Whether a stored record still describes this device: same browser build and same GPU. */
export function recordStillValid(
  stored: BackendRecord | null | undefined,
  userAgent: string,
  gpu: string | null,
): stored is BackendRecord {
  return (
    !!stored &&
    (stored.choice === 'webgl' || stored.choice === 'wasm') &&
    stored.userAgent === userAgent &&
    stored.gpu === gpu
  );
}

/** The faster of the measured backends; wasm when WebGL could not run (or nothing could). */
export function fasterBackend(t: ProbeTimings): ProbedBackend {
  if (t.webgl === null) return 'wasm';
  if (t.wasm === null) return 'webgl';
  return t.webgl < t.wasm ? 'webgl' : 'wasm';
}

/** The badge's sentence: which backend runs and why. */
export function decisionReason(choice: BackendName, t: ProbeTimings, gpu: string | null): string {
  if (choice === 'webgl') return 'WebGL — 이 기기에서는 WebGL이 WASM보다 빨라요';
  if (choice === 'cpu') return 'CPU — WebGL도 WASM도 쓸 수 없어요';
  if (gpu === null || t.webgl === null) return 'WASM — 이 기기에서는 WebGL을 쓸 수 없어요';
  if (isSoftwareRenderer(gpu)) return 'WASM — 이 기기의 WebGL은 소프트웨어 렌더러라 더 느려요';
  return 'WASM — 이 기기에서는 WASM이 WebGL보다 빨라요';
}

export interface DecisionInput {
  /** `?backend=` of the page, if any */
  forced?: BackendName;
  stored: BackendRecord | null | undefined;
  userAgent: string;
  gpu: string | null;
  /** the probe's measurements, once it has run (null before) */
  timings: ProbeTimings | null;
  probeMs?: number;
}

/**
 * The decision, or 'probe' when a measurement is needed first: a forced backend wins; then a
 * stored record that still matches the browser and the GPU; then the measured timings. Without
 * WebGL there is nothing to compare: wasm, no probe.
 */
export function decideBackend(i: DecisionInput): BackendDecision | 'probe' {
  const base = { gpu: i.gpu, probeMs: 0 };
  if (i.forced) {
    return {
      ...base,
      source: 'forced',
      choice: i.forced,
      timings: null,
      reason: forcedReason(i.forced),
    };
  }
  if (recordStillValid(i.stored, i.userAgent, i.gpu)) {
    const { choice, timings } = i.stored;
    return {
      ...base,
      source: 'stored',
      choice,
      timings,
      reason: decisionReason(choice, timings, i.gpu),
    };
  }
  const timings = i.timings ?? (i.gpu === null ? { webgl: null, wasm: null } : null);
  if (!timings) return 'probe';
  const choice = fasterBackend(timings);
  const record: BackendRecord = { choice, timings, userAgent: i.userAgent, gpu: i.gpu };
  return {
    ...base,
    source: 'probe',
    choice,
    timings,
    probeMs: i.probeMs ?? 0,
    reason: decisionReason(choice, timings, i.gpu),
    record,
  };
}

const LABEL: Record<BackendName, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };
function forcedReason(b: BackendName): string {
  return `${LABEL[b]} — 주소의 ?backend=${b} 설정으로 골랐어요`;
}

// --- the measurement (browser) ----------------------------------------------------------------

// Cost: the timed rounds stay well under 150 ms (a round: wasm ≈ 8 ms, SwiftShader WebGL
// ≈ 50 ms here). Each backend's one-time start and the warm-up round come on top — on software
// WebGL mostly shader compilation, ≈ 0.3 s for the probe's three programs — once per device
// (then the stored decision is reused), in the worker, never on the page thread.
/** Timed rounds per backend after the warm-up: at most this many, and no more after this budget. */
const MAX_ROUNDS = 3;
const ROUNDS_BUDGET_MS = 30;

/** Deterministic host data (no random kernels: they would compile shaders of their own). */
function hostData(n: number, scale: number, seed: number): Float32Array {
  const a = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = (s / 2 ** 32 - 0.5) * scale;
  }
  return a;
}

/** One backend: the workload once to warm up (shaders, wasm memory), then its best timed round. */
async function timeActiveBackend(): Promise<number> {
  const x = tf.tensor2d(hostData(100 * 784, 1, 1), [100, 784]);
  const w1 = tf.tensor2d(hostData(784 * 50, 0.02, 2), [784, 50]);
  const a = tf.tensor2d(hostData(1000 * 100, 2, 3), [1000, 100]);
  const w2 = tf.tensor2d(hostData(100 * 100, 0.2, 4), [100, 100]);
  // Few distinct programs (each costs a shader compile on WebGL): two matmuls and tanh.
  const round = async () => {
    const out = tf.tidy(() => {
      const h = tf.matMul(x, w1); // a TwoLayerNet layer on a batch of 100
      let z = a;
      for (let i = 0; i < 3; i++) z = tf.tanh(tf.matMul(z, w2)); // the weight-init chain
      return [h, z];
    });
    try {
      await Promise.all(out.map((t) => t.data()));
    } finally {
      tf.dispose(out);
    }
  };
  try {
    await round();
    let best = Infinity;
    const t0 = performance.now();
    for (let i = 0; i < MAX_ROUNDS && (i === 0 || performance.now() - t0 < ROUNDS_BUDGET_MS); i++) {
      const s = performance.now();
      await round();
      best = Math.min(best, performance.now() - s);
    }
    return best;
  } finally {
    tf.dispose([x, w1, a, w2]);
  }
}

/**
 * Measures wasm, then webgl, one after the other in the engine's queue (backends never
 * initialise concurrently). Call it before initEngine: it leaves no backend adopted.
 */
export function measureBackends(): Promise<{ timings: ProbeTimings; ms: number }> {
  return enqueue(async () => {
    const t0 = performance.now();
    const timings: ProbeTimings = { webgl: null, wasm: null };
    for (const name of ['wasm', 'webgl'] as const) {
      try {
        if (await trySet(name)) timings[name] = round2(await timeActiveBackend());
      } catch {
        timings[name] = null; // it runs, but not this workload: not a candidate
      }
    }
    return { timings, ms: round2(performance.now() - t0) };
  });
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The WebGL renderer string of this device, from a throwaway 1×1 OffscreenCanvas (the one
 * tfjs would use in a worker is WebGL2 on an OffscreenCanvas too); null without WebGL2.
 */
export function webglRenderer(): string | null {
  try {
    if (typeof OffscreenCanvas === 'undefined') return null;
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return null;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const r: unknown = gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    return typeof r === 'string' ? r : null;
  } catch {
    return null;
  }
}
