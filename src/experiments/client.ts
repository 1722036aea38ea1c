// The page's side of the engine (DESIGN.md, "Runtime"): widgets and the badge import THIS module,
// never the experiments themselves. The engine runs in one module Web Worker (worker.ts), started
// lazily on first need, once per page, shared by every widget; this file is its typed Comlink
// proxy with the experiments' names and option shapes, all async. Callbacks (onProgress) are
// proxied here, so callers pass plain functions; an AbortSignal cannot cross a worker, so an
// abort is forwarded as a call with the call's token. Engine-free names and metadata (BOOK_LR,
// OPTIMIZER_NAMES, SURFACES, the perceptron's plain arithmetic, …) are re-exported from modules
// that never import tfjs: importing this file keeps tfjs out of the page's bundle.
import * as Comlink from 'comlink';
import type { BackendDecision, BackendName, BackendRecord, EngineStatus } from '../engine/backend';
import type { TrainProgress } from './train';
import type { IdxFiles, Mistake, TrainerOptions, TrainerProgress } from './trainer-types';
import type { RemoteTrainOptions, RemoteTrainResult, WorkerApi } from './worker-api';

export { BOOK_LR } from './book';
export { ACTIVATION_NAMES, DEFAULT_RANGE, OPTIMIZER_NAMES, SURFACES } from './meta';
export type { ActivationName, SurfaceInfo, SurfaceName, WeightInitActivation } from './meta';
export {
  BOOK_GATE_WEIGHTS,
  classifiesAll,
  GATE_INPUTS,
  gateTargets,
  learningStep,
  perceptron,
  perceptronLearnStep,
  perceptronOutput,
  startLearning,
  trainPerceptron,
} from './perceptron';
export type {
  Bit,
  Gate,
  LearningState,
  LearningStatus,
  LearnStep,
  PerceptronParams,
} from './perceptron';
export type { OptimizerRun, OptimizerRunsResult } from './optimizer-runs';
export type { WeightInitHistograms } from './weight-init';
export type { TrainProgress } from './train';
export type { BackendDecision, BackendName, EngineStatus } from '../engine/backend';
export type { OptimizerName } from '../engine';
export type * from './trainer-types';

type Api = Comlink.Remote<WorkerApi>;
type Arg<K extends keyof WorkerApi> = Parameters<WorkerApi[K]>[0];

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
  void api.subscribe(Comlink.proxy((s: EngineStatus) => notify(decision ? { ...s, decision } : s)));
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
    loseWebGLContext: testOnlyLoseWebGLContext,
  };
  return starting;
}

async function engine(): Promise<Api> {
  await startEngine();
  return remote!;
}

/** `cb` gets the worker's status now (if known) and at every change. Returns an unsubscribe. */
export function onEngineStatus(cb: (s: PageEngineStatus) => void): () => void {
  listeners.add(cb);
  if (current) cb(current);
  return () => listeners.delete(cb);
}

/** The worker's status now (starts the engine if needed). */
export async function engineStatus(): Promise<EngineStatus> {
  return (await engine()).status();
}

// --- cancellation --------------------------------------------------------------------------------

let nextToken = 1;
/** Runs a call with a token the worker aborts when `signal` does. */
async function withSignal<T>(
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

// --- the experiments -------------------------------------------------------------------------

export const optimizerRuns = async (o: Arg<'optimizerRuns'>) => (await engine()).optimizerRuns(o);
export const optimizerTrajectory = async (o: Arg<'optimizerTrajectory'>) =>
  (await engine()).optimizerTrajectory(o);
export const activationCurves = async (o: Arg<'activationCurves'>) =>
  (await engine()).activationCurves(o);
export const stackedLayers = async (o: Arg<'stackedLayers'>) => (await engine()).stackedLayers(o);
export const surfaceGrid = async (o: Arg<'surfaceGrid'>) => (await engine()).surfaceGrid(o);
export const weightInitHistograms = async (o: Arg<'weightInitHistograms'>) =>
  (await engine()).weightInitHistograms(o);
export const weightInitActivations = async (o: Arg<'weightInitActivations'>) =>
  (await engine()).weightInitActivations(o);

/** Frees the worker's cached draws (a widget's unmount; fire and forget, like a cleanup). */
export function disposeWeightInitCache(): void {
  if (remote) void remote.disposeWeightInitCache();
}

export interface ClientTrainOptions extends RemoteTrainOptions {
  signal?: AbortSignal;
  onProgress?: (p: TrainProgress) => void;
}

/** trainNet in the worker (no `data` or `keep`: use the trainer API for a network to keep). */
export function trainNet(o: ClientTrainOptions = {}): Promise<RemoteTrainResult> {
  const { signal, onProgress, ...rest } = o;
  return withSignal(signal, (api, token) =>
    api.trainNet(rest, token, onProgress ? Comlink.proxy(onProgress) : undefined),
  );
}

// --- the interactive trainer (trainer.ts): sessions by id ------------------------------------

/** A training session on the official MNIST, or on a reader's own idx `files` (bytes handed over). */
export async function createTrainer(
  o: TrainerOptions,
  onProgress: (p: TrainerProgress) => void,
  files?: IdxFiles,
): Promise<number> {
  const api = await engine();
  if (!files) return api.createTrainer(o, Comlink.proxy(onProgress));
  const buffers = Object.values(files).map((b) => b.buffer as ArrayBuffer);
  return api.createTrainer(o, Comlink.proxy(onProgress), Comlink.transfer(files, buffers));
}
export const trainerRun = async (id: number) => (await engine()).trainerRun(id);
export const trainerPause = async (id: number) => (await engine()).trainerPause(id);
export const trainerStep = async (id: number) => (await engine()).trainerStep(id);
export async function trainerPredict(id: number, pixels: Float32Array): Promise<Float32Array> {
  return (await engine()).trainerPredict(id, pixels);
}
export async function trainerMistakes(id: number, limit: number): Promise<Mistake[]> {
  return (await engine()).trainerMistakes(id, limit);
}
/** Frees a session (fire and forget, like a cleanup). */
export function disposeTrainer(id: number): void {
  if (remote) void remote.disposeTrainer(id);
}

/**
 * TEST HOOK ONLY (browser tests): loses the worker's WebGL context on purpose, as a crashed GPU
 * driver would. Resolves false when the engine does not run on WebGL. Also reachable from a
 * test as `window.__engineTestHooks.loseWebGLContext()` once the engine has started.
 */
export async function testOnlyLoseWebGLContext(): Promise<boolean> {
  return (await engine()).testOnlyLoseWebGLContext();
}
