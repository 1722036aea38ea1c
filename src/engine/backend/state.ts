// The engine's backend state, shared by selection, context-loss recovery and readback: which
// backend runs, why (a notice for the reader), how often it changed, and one queue so that
// backends are never initialised concurrently.
import * as tf from '@tensorflow/tfjs-core';

export type BackendName = 'webgl' | 'wasm' | 'cpu';
export const BACKENDS: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

export interface EngineStatus {
  /** the backend our tensors live on now (null before initEngine has finished) */
  backend: BackendName | null;
  /** live tf.Tensor count, tf.memory().numTensors */
  tensors: number;
  /** bytes held by those tensors, tf.memory().numBytes */
  bytes?: number;
  /** bytes of GPU textures WebGL has allocated, free ones in its pool included (webgl only) */
  gpuBytes?: number;
  /** a Korean sentence for the reader when something unusual happened (fallback, context loss) */
  notice?: string;
}

export class ContextLostError extends Error {
  constructor() {
    super('WebGL 컨텍스트를 잃었어요: 계산을 다른 백엔드에서 다시 해요.');
    this.name = 'ContextLostError';
  }
}

export const state = {
  /** the active backend (null before the first initialisation, or when none is left) */
  current: null as BackendName | null,
  /** the reader's explanation of an unusual backend (fallback, context loss) */
  notice: undefined as string | undefined,
  /** bumped at every backend switch: long-running work compares it to notice a context loss */
  generation: 0,
  /** set once the WebGL context has been lost: WebGL is not offered again in this page */
  webglLost: false,
  /** true from a context loss until the replacement backend is ready */
  switching: false,
};

/** the names with their Korean particles: 'WebGL을', 'WASM으로', … */
export const OBJ: Record<BackendName, string> = { webgl: 'WebGL을', wasm: 'WASM을', cpu: 'CPU를' };
export const TO: Record<BackendName, string> = { webgl: 'WebGL로', wasm: 'WASM으로', cpu: 'CPU로' };

let chain: Promise<unknown> = Promise.resolve();
/** Runs `task` after every queued backend task (initialisations and switches, one at a time). */
export function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = chain.then(task);
  chain = run.catch(() => undefined);
  return run;
}

/** Resolves once any backend initialisation or switch in progress has finished. */
export async function engineSettled(): Promise<void> {
  await chain;
}

let last: Pick<EngineStatus, 'tensors' | 'bytes' | 'gpuBytes'> = { tensors: 0 };
/**
 * Live tensors and their bytes; while a backend initialises tfjs refuses to answer, so the last
 * answer is kept. Only once a backend is adopted and still the one tfjs runs: with none yet,
 * tf.memory() would start tfjs's highest-priority backend itself — the wasm backend before its
 * binaries' paths were set, fetching a file that does not exist (a status request in the worker
 * during the first initialisation printed "wasm streaming compile failed … Aborted" now and then).
 */
function memorySnapshot(): typeof last {
  if (state.current === null || tf.getBackend() !== state.current) return last;
  try {
    const m = tf.memory() as tf.MemoryInfo & { numBytesInGPUAllocated?: number };
    last = { tensors: m.numTensors, bytes: m.numBytes };
    if (m.numBytesInGPUAllocated !== undefined) last.gpuBytes = m.numBytesInGPUAllocated;
  } catch {
    // a backend switch is in progress
  }
  return last;
}

export function engineStatus(): EngineStatus {
  const s: EngineStatus = { backend: state.current, ...memorySnapshot() };
  if (state.notice) s.notice = state.notice;
  return s;
}

const listeners = new Set<(s: EngineStatus) => void>();
export function onEngineStatus(cb: (s: EngineStatus) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}
export function emit(): void {
  const s = engineStatus();
  for (const cb of listeners) cb(s);
}

/** How many times the backend has changed; compare before and after awaiting device work. */
export function engineGeneration(): number {
  return state.generation;
}

/**
 * Whether `e` (thrown by device work) means "the backend went away under you: redo this on the
 * new one": a ContextLostError, or any error thrown while a switch is in progress.
 */
export function isBackendLoss(e: unknown): boolean {
  return e instanceof ContextLostError || state.switching;
}
