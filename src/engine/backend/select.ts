// Which tfjs backend runs our engine: webgl first, then wasm (SIMD), then cpu; `?backend=`
// forces one. Initialisations go through one queue (never two at once).
import * as tf from '@tensorflow/tfjs-core';
import { watchContextLoss } from './context-loss';
import { isBrowser, prepareCpu, trySet } from './load';
import { decideBackend, measureBackends, webglRenderer } from './probe';
import type { BackendDecision, BackendRecord } from './probe';
import { BACKENDS, emit, enqueue, OBJ, state, TO, type BackendName } from './state';
import { activeWebGLContext, withCpuBackend } from './tfjs-internals';

/** `?backend=webgl|wasm|cpu` from a location.search string; undefined when absent or unknown. */
export function backendFromSearch(search: string): BackendName | undefined {
  const v = new URLSearchParams(search).get('backend');
  return v === 'webgl' || v === 'wasm' || v === 'cpu' ? v : undefined;
}

export interface InitOptions {
  /** Try this backend first (the others remain fallbacks). Default: `?backend=` of the page. */
  prefer?: BackendName;
  /** Node only: a directory prefix where the tfjs-backend-wasm `.wasm` files live. */
  wasmPrefix?: string;
}

/**
 * Picks and initialises a backend. Idempotent: calls are queued one after another (backends
 * must never initialise concurrently) and a call that asks for nothing new returns at once;
 * it also waits for a context-loss switch in progress, so work started after it runs on the
 * new backend.
 */
export function initEngine(opts: InitOptions = {}): Promise<BackendName> {
  return enqueue(() => {
    // The page's ?backend= counts only for the first initialisation (not after a fallback).
    const prefer =
      opts.prefer ??
      (state.current === null && isBrowser ? backendFromSearch(location.search) : undefined);
    return ensure(prefer, opts.wasmPrefix);
  });
}

export interface ChooseOptions {
  /** `?backend=` of the page: no probe, this backend first */
  forced?: BackendName;
  /** the decision remembered from an earlier visit (reused while the browser and GPU match) */
  stored?: BackendRecord | null;
}

/**
 * The site's start (in its worker): the forced backend, else the remembered one, else the faster
 * of webgl and wasm by a short probe (probe.ts); then initEngine on it. Returns the decision
 * with its reason for the badge, and (after a probe) the record to remember.
 */
export async function chooseBackend(o: ChooseOptions = {}): Promise<BackendDecision> {
  const userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  const gpu = o.forced ? null : webglRenderer();
  const input = { forced: o.forced, stored: o.stored, userAgent, gpu, timings: null };
  let d = decideBackend(input);
  if (d === 'probe') {
    const { timings, ms } = await measureBackends();
    d = decideBackend({ ...input, timings, probeMs: ms }) as BackendDecision;
  }
  await initEngine({ prefer: d.choice });
  return d;
}

async function ensure(prefer: BackendName | undefined, wasmPrefix?: string): Promise<BackendName> {
  const { current } = state;
  if (current && (!prefer || prefer === current)) return current;
  if (!isBrowser && !prefer && !current) {
    // Node: tests and benchmarks run on whatever was set up (cpu unless told otherwise).
    const name = tf.getBackend();
    if (name === 'cpu' || name === 'wasm') return adopt(name);
  }
  const order = prefer ? [prefer, ...BACKENDS.filter((b) => b !== prefer)] : [...BACKENDS];
  // A lost WebGL context is not reused; Node has no WebGL.
  const candidates = order.filter((b) => b !== 'webgl' || (isBrowser && !state.webglLost));
  for (const name of candidates) {
    if (await trySet(name, wasmPrefix)) {
      if (prefer && name !== prefer)
        state.notice = `${OBJ[prefer]} 쓸 수 없어 ${TO[name]} 실행해요`;
      return adopt(name);
    }
  }
  throw new Error('사용할 수 있는 tfjs 백엔드가 없어요 (webgl, wasm, cpu 모두 실패).');
}

async function adopt(name: BackendName): Promise<BackendName> {
  if (state.current !== name) state.generation++;
  state.current = name;
  if (name === 'webgl') watchContextLoss(webglContext()?.canvas);
  await prepareCpu();
  emit();
  return name;
}

/** The WebGL context of the current backend (tests use it to lose the context on purpose). */
export function webglContext(): WebGLRenderingContext | WebGL2RenderingContext | null {
  return state.current === 'webgl' ? activeWebGLContext() : null;
}

/**
 * Runs small synchronous engine work (a 2-D optimizer path, a few activation curves) on
 * tfjs's CPU backend, whatever backend is active. On WebGL every op is a GPU dispatch, and for
 * tensors of 2 numbers that costs a thousand times the arithmetic; tfjs itself makes the same
 * trade when it forwards small tensors to the CPU. Being synchronous, nothing else can run in
 * between; the tensors it creates live on the CPU backend (read them with readAll(…, { cpu:
 * true }) and dispose them as usual). Safe during a backend switch: the switch is not disturbed.
 */
export function onCpu<T>(fn: () => T): T {
  return withCpuBackend(fn);
}

/**
 * onCpu() only where it pays: on WebGL, tiny tensors go to tfjs's CPU backend; on wasm they stay
 * there, whose kernels cost far less per call than tfjs-cpu's at this size (policy-gradient's 300
 * sequential episodes of 128 × 3: 122 → 49 ms in Node). Read the results with
 * readAll(…, { cpu: smallOnCpu() }).
 */
export function onSmall<T>(fn: () => T): T {
  return smallOnCpu() ? withCpuBackend(fn) : fn();
}

/** Whether onSmall() runs on tfjs's CPU backend (every backend but wasm). */
export function smallOnCpu(): boolean {
  return state.current !== 'wasm';
}
