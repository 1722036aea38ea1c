// The engine's worker as the page starts it (once per page, lazily) and reaches it: the typed
// Comlink proxy, the status listeners and cancellation by token. client.ts and the
// per-experiment *-client.ts files call the worker through `engine()` and `withSignal()`.
import * as Comlink from 'comlink';
import type { BackendDecision, BackendName, BackendRecord, EngineStatus } from '../engine/backend';
import type { WorkerApi } from './worker-api';

export type Api = Comlink.Remote<WorkerApi>;
export type Arg<K extends keyof WorkerApi> = Parameters<WorkerApi[K]>[0];

// --- the one worker ----------------------------------------------------------------------------

/** Where the page remembers the probe's decision (a worker has no localStorage). */
export const BACKEND_RECORD_KEY = 'mitbadak.engine-backend';

export interface PageEngineStatus extends EngineStatus {
  /** how the backend was chosen and why (after the worker has started) */
  decision?: BackendDecision;
}

let remote: Api | null = null;
let starting: Promise<BackendDecision> | null = null;
let current: PageEngineStatus | null = null;
const listeners = new Set<(s: PageEngineStatus) => void>();

function notify(s: PageEngineStatus): void {
  current = s;
  for (const cb of listeners) cb(s);
}

function forcedBackend(): BackendName | undefined {
  const v = new URLSearchParams(globalThis.location?.search ?? '').get('backend');
  return v === 'webgl' || v === 'wasm' || v === 'cpu' ? v : undefined;
}

function readRecord(): BackendRecord | null {
  try {
    const raw = localStorage.getItem(BACKEND_RECORD_KEY);
    return raw ? (JSON.parse(raw) as BackendRecord) : null;
  } catch {
    return null; // storage blocked or a broken entry: probe again
  }
}

function writeRecord(r: BackendRecord): void {
  try {
    localStorage.setItem(BACKEND_RECORD_KEY, JSON.stringify(r));
  } catch {
    // storage blocked: the probe runs again next time
  }
}

/**
 * Starts the engine's worker (once per page; every later call gets the same promise): the
 * backend forced by `?backend=`, else the one remembered for this device, else a short probe.
 */
export function startEngine(): Promise<BackendDecision> {
  if (starting) return starting;
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<WorkerApi>(worker);
  remote = api;
  let decision: BackendDecision | undefined;
  // Until start() answers, a status is kept but not shown: a backend without the reason it was
  // chosen would reach the badge first (its tooltip then told no reason for a moment).
  void api.subscribe(
    Comlink.proxy((s: EngineStatus) => (decision ? notify({ ...s, decision }) : (current = s))),
  );
  // A worker that fails to load (a missing chunk, a syntax error) would never answer.
  const failed = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (e) => reject(new Error(e.message || '엔진 워커 오류')), {
      once: true,
    }),
  );
  failed.catch(() => undefined);
  const start = api.start({ forced: forcedBackend(), stored: readRecord() });
  starting = Promise.race([start, failed]).then((d) => {
    decision = d;
    if (d.record) writeRecord(d.record);
    if (current) notify({ ...current, decision: d });
    return d;
  });
  (globalThis as { __engineTestHooks?: unknown }).__engineTestHooks = {
    loseWebGLContext: async () => (await engine()).testOnlyLoseWebGLContext(),
    inFlight: async () => (await engine()).testOnlyInFlight(),
  };
  return starting;
}

export async function engine(): Promise<Api> {
  await startEngine();
  return remote!;
}

/** `cb` gets the worker's status now (if known) and at every change. Returns an unsubscribe. */
export function onEngineStatus(cb: (s: PageEngineStatus) => void): () => void {
  listeners.add(cb);
  if (current?.decision) cb(current); // shown once start() has answered, as above
  return () => listeners.delete(cb);
}

/** The worker's status now (starts the engine if needed). */
export async function engineStatus(): Promise<EngineStatus> {
  return (await engine()).status();
}

/**
 * The backend the engine runs on, from the page's copy of the status when it has one: the worker
 * pushes every change before it answers the call that caused it, so after a call's answer the
 * copy is current (no second round trip to the worker).
 */
export async function engineBackend(): Promise<BackendName | ''> {
  await startEngine();
  return (current ?? (await engineStatus())).backend ?? '';
}

// --- cancellation --------------------------------------------------------------------------------

let nextToken = 1;
/** Runs a call with a token the worker aborts when `signal` does. */
export async function withSignal<T>(
  signal: AbortSignal | undefined,
  run: (api: Api, token?: number) => Promise<T>,
): Promise<T> {
  const api = await engine();
  if (!signal) return run(api);
  signal.throwIfAborted();
  const token = nextToken++;
  const onAbort = () => void api.abort(token);
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await run(api, token);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** The worker's proxy if the engine has started, else null (for fire-and-forget cleanups). */
export function startedEngine(): Api | null {
  return remote;
}
