// Which tfjs backend runs our engine: webgl first, then wasm (SIMD), then cpu; `?backend=` forces
// one. On WebGL context loss we switch to the next backend, put every live parameter back from
// its host copy (see parameter.ts) and let pending readbacks fail fast instead of hanging.
import * as tf from '@tensorflow/tfjs-core';

export type BackendName = 'webgl' | 'wasm' | 'cpu';
export const BACKENDS: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

export interface EngineStatus {
  /** the backend our tensors live on now (null before initEngine has finished) */
  backend: BackendName | null;
  /** live tf.Tensor count, tf.memory().numTensors */
  tensors: number;
  /** a Korean sentence for the reader when something unusual happened (fallback, context loss) */
  notice?: string;
}

/** the names with their Korean particles: 'WebGL을', 'WASM으로', … */
const OBJ: Record<BackendName, string> = { webgl: 'WebGL을', wasm: 'WASM을', cpu: 'CPU를' };
const TO: Record<BackendName, string> = { webgl: 'WebGL로', wasm: 'WASM으로', cpu: 'CPU로' };

/** `?backend=webgl|wasm|cpu` from a location.search string; undefined when absent or unknown. */
export function backendFromSearch(search: string): BackendName | undefined {
  const v = new URLSearchParams(search).get('backend');
  return v === 'webgl' || v === 'wasm' || v === 'cpu' ? v : undefined;
}

const isBrowser = typeof document !== 'undefined';

let current: BackendName | null = null;
let notice: string | undefined;
/** Bumped at every backend switch: long-running work compares it to notice a context loss. */
let generation = 0;
let chain: Promise<unknown> = Promise.resolve();
let lossHandled = false;
/** set once the WebGL context has been lost: WebGL is not offered again in this page */
let webglLost = false;
const listeners = new Set<(s: EngineStatus) => void>();

/** Something that lives across calls and must be rebuilt on a new backend (parameters, caches). */
export interface Restorable {
  /** Re-create the device value on the now-current backend (from a host copy) or drop it. */
  restore(): void;
}
const restorables = new Set<Restorable>();
export function trackRestorable(r: Restorable): () => void {
  restorables.add(r);
  return () => restorables.delete(r);
}

/** Readbacks waiting on the device: rejected at once when the WebGL context is lost. */
const pending = new Set<(e: Error) => void>();

export class ContextLostError extends Error {
  constructor() {
    super('WebGL 컨텍스트를 잃었습니다: 계산을 다른 백엔드에서 다시 합니다.');
    this.name = 'ContextLostError';
  }
}

let lastCount = 0;
/** Live tensor count; while a backend initialises tfjs refuses to answer, so the last count is kept. */
function tensorCount(): number {
  try {
    lastCount = tf.memory().numTensors;
  } catch {
    // a backend switch is in progress
  }
  return lastCount;
}

export function engineStatus(): EngineStatus {
  const s: EngineStatus = { backend: current, tensors: tensorCount() };
  if (notice) s.notice = notice;
  return s;
}

export function onEngineStatus(cb: (s: EngineStatus) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

function emit(): void {
  const s = engineStatus();
  for (const cb of listeners) cb(s);
}

/** How many times the backend has changed; compare before and after awaiting device work. */
export function engineGeneration(): number {
  return generation;
}

/** The active backend; throws if initEngine has not run (experiments always await it first). */
export function activeBackend(): BackendName {
  if (!current)
    throw new Error('엔진이 아직 초기화되지 않았습니다 (initEngine을 먼저 호출하세요).');
  return current;
}

export interface InitOptions {
  /** Try this backend first (the others remain fallbacks). Default: `?backend=` of the page. */
  prefer?: BackendName;
  /** Node only: a directory prefix where the tfjs-backend-wasm `.wasm` files live. */
  wasmPrefix?: string;
}

/**
 * Picks and initialises a backend. Idempotent: calls are queued one after another (backends
 * must never initialise concurrently) and a call that asks for nothing new returns at once.
 */
export function initEngine(opts: InitOptions = {}): Promise<BackendName> {
  const run = chain.then(() => {
    // The page's ?backend= counts only for the first initialisation (not after a fallback).
    const prefer =
      opts.prefer ??
      (current === null && isBrowser ? backendFromSearch(location.search) : undefined);
    return ensure(prefer, opts.wasmPrefix);
  });
  chain = run.catch(() => undefined);
  return run;
}

async function ensure(prefer: BackendName | undefined, wasmPrefix?: string): Promise<BackendName> {
  if (current && (!prefer || prefer === current)) return current;
  if (!isBrowser && !prefer && !current) {
    // Node: tests and benchmarks run on whatever was set up (cpu unless told otherwise).
    const name = tf.getBackend();
    if (name === 'cpu' || name === 'wasm') return adopt(name);
  }
  const order = prefer ? [prefer, ...BACKENDS.filter((b) => b !== prefer)] : [...BACKENDS];
  // A lost WebGL context is not reused; Node has no WebGL.
  const candidates = order.filter((b) => b !== 'webgl' || (isBrowser && !webglLost));
  for (const name of candidates) {
    if (await trySet(name, wasmPrefix)) {
      if (prefer && name !== prefer) notice = `${OBJ[prefer]} 쓸 수 없어 ${TO[name]} 실행합니다`;
      return adopt(name);
    }
  }
  throw new Error('사용할 수 있는 tfjs 백엔드가 없습니다 (webgl, wasm, cpu 모두 실패).');
}

function adopt(name: BackendName): BackendName {
  if (current !== name) generation++;
  current = name;
  if (name === 'webgl') watchContextLoss();
  void prepareCpu();
  emit();
  return name;
}

async function trySet(name: BackendName, wasmPrefix?: string): Promise<boolean> {
  try {
    if (!tf.findBackendFactory(name)) await register(name, wasmPrefix);
    const ok = await tf.setBackend(name);
    if (ok) await tf.ready();
    return ok && tf.getBackend() === name;
  } catch {
    return false;
  }
}

/** Loads a backend's code only when it is needed (keeps the engine chunk small). */
async function register(name: BackendName, wasmPrefix?: string): Promise<void> {
  if (name === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
  if (name === 'webgl') await import('@tensorflow/tfjs-backend-webgl');
  if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    if (wasmPrefix) wasm.setWasmPaths(wasmPrefix);
    else if (isBrowser) wasm.setWasmPaths((await import('./wasm-paths')).WASM_PATHS);
  }
}

/** Registers and initialises the CPU backend next to the active one, for onCpu(). */
async function prepareCpu(): Promise<void> {
  try {
    if (!tf.findBackendFactory('cpu')) await import('@tensorflow/tfjs-backend-cpu');
    tf.findBackend('cpu'); // initialises it (synchronously) without making it active
  } catch {
    // onCpu() then simply runs on the active backend
  }
}

/**
 * Runs small synchronous engine work (a 2-D optimizer path, a few activation curves) on
 * tfjs's CPU backend, whatever backend is active. On WebGL every op is a GPU dispatch, and for
 * tensors of 2 numbers that costs a thousand times the arithmetic; tfjs itself makes the same
 * trade when it forwards small tensors to the CPU. Being synchronous, nothing else can run in
 * between; the tensors it creates live on the CPU backend (read and dispose them as usual).
 */
export function onCpu<T>(fn: () => T): T {
  const engine = tf.engine();
  const prev = engine.backendName;
  if (prev === 'cpu' || !engine.registry.cpu) return fn();
  // setBackend is async, but for an initialised backend it switches before its first await.
  void tf.setBackend('cpu');
  if (engine.backendName !== 'cpu') return fn();
  try {
    return fn();
  } finally {
    void tf.setBackend(prev);
  }
}

interface WebGLBackendLike {
  gpgpu: { gl: WebGLRenderingContext | WebGL2RenderingContext };
}

/** The WebGL context of the current backend (tests use it to lose the context on purpose). */
export function webglContext(): WebGLRenderingContext | WebGL2RenderingContext | null {
  if (current !== 'webgl') return null;
  return (tf.backend() as unknown as WebGLBackendLike).gpgpu?.gl ?? null;
}

function watchContextLoss(): void {
  const gl = webglContext();
  const canvas = gl?.canvas as HTMLCanvasElement | OffscreenCanvas | undefined;
  if (!canvas || !('addEventListener' in canvas)) return;
  lossHandled = false;
  canvas.addEventListener('webglcontextlost', () => void onContextLost(), { once: true });
}

async function onContextLost(): Promise<void> {
  if (lossHandled || current !== 'webgl') return;
  lossHandled = true;
  webglLost = true;
  for (const reject of pending) reject(new ContextLostError());
  pending.clear();
  const switched = chain.then(async () => {
    for (const name of ['wasm', 'cpu'] as const) {
      if (await trySet(name)) {
        notice = `WebGL 컨텍스트를 잃어 ${TO[name]} 전환했습니다`;
        current = name;
        generation++;
        for (const r of [...restorables]) r.restore();
        emit();
        return name;
      }
    }
    current = null;
    notice = 'WebGL 컨텍스트를 잃었고 대신 쓸 백엔드가 없습니다';
    emit();
    return null;
  });
  chain = switched.catch(() => undefined);
  await switched;
}

/** Resolves once any backend switch in progress has finished. */
export async function engineSettled(): Promise<void> {
  await chain;
}

export const READBACK_TIMEOUT_MS = 20_000;

/**
 * `await t.data()` that never hangs: it fails with ContextLostError when the WebGL context goes
 * away and with a timeout error after `timeoutMs`. The caller still owns (and disposes) `t`.
 */
export async function readback<D extends tf.DataType = 'float32'>(
  t: tf.Tensor,
  timeoutMs = READBACK_TIMEOUT_MS,
): Promise<tf.DataTypeMap[D]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fail: (e: Error) => void = () => undefined;
  const guard = new Promise<never>((_, reject) => {
    fail = reject;
    pending.add(fail);
    timer = setTimeout(
      () => reject(new Error(`장치에서 값을 읽는 데 ${timeoutMs} ms가 넘게 걸렸습니다.`)),
      timeoutMs,
    );
  });
  try {
    return (await Promise.race([t.data<D>(), guard])) as tf.DataTypeMap[D];
  } finally {
    clearTimeout(timer);
    pending.delete(fail);
  }
}

/**
 * Reads many tensors with ONE readback: flattened and concatenated on the device, read once,
 * split on the host. The caller still owns (and disposes) the inputs.
 */
export async function readAll(
  tensors: tf.Tensor[],
  opts: { timeoutMs?: number; cpu?: boolean } = {},
): Promise<Float32Array[]> {
  if (tensors.length === 0) return [];
  const concat = () =>
    tf.tidy(() => tf.concat(tensors.map((t) => tf.reshape(tf.cast(t, 'float32'), [-1]))));
  const timeoutMs = opts.timeoutMs ?? READBACK_TIMEOUT_MS;
  const flat = opts.cpu ? onCpu(concat) : concat(); // cpu: the tensors were made by onCpu()
  try {
    const data = await readback(flat, timeoutMs);
    let offset = 0;
    return tensors.map((t) => data.subarray(offset, (offset += t.size)));
  } finally {
    flat.dispose();
  }
}
