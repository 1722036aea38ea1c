// The page's side of the engine (DESIGN.md, "Runtime"): widgets and the badge import THIS module,
// never the experiments themselves. The engine runs in one module Web Worker (worker.ts), started
// lazily on first need, once per page, shared by every widget; this file is its typed Comlink
// proxy with the experiments' names and option shapes, all async. Callbacks (onProgress) are
// proxied here, so callers pass plain functions; an AbortSignal cannot cross a worker, so an
// abort is forwarded as a call with the call's token. Engine-free names and metadata (BOOK_LR,
// OPTIMIZER_NAMES, SURFACES, the perceptron's plain arithmetic, …) are re-exported from modules
// that never import tfjs: importing this file keeps tfjs out of the page's bundle.
import * as Comlink from 'comlink';
import { engine, startedEngine, withSignal, type Arg } from './client-engine';
import type { TrainProgress } from './train';
import type { IdxFiles, Mistake, TrainerOptions, TrainerProgress } from './trainer-types';
import type { RemoteTrainOptions, RemoteTrainResult } from './worker-api';

export {
  BACKEND_RECORD_KEY,
  engineBackend,
  engineStatus,
  onEngineStatus,
  startEngine,
  type PageEngineStatus,
} from './client-engine';
// The experiments of the chapter widgets, one client file per group (each calls the worker).
export * from './probabilities-client';
export * from './inference-client';
export * from './gradients-client';
export * from './backprop-client';
export * from './gradient-check-client';
export * from './race-client';
export * from './search-client';
export * from './convolution-client';
export * from './batch-norm-client';
export * from './cnn-client';
export * from './deep-convnet-client';
export * from './augmentation-client';
export * from './bandit-client';

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
export { downloadDone } from './trainer-types';

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
  const remote = startedEngine();
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
  const remote = startedEngine();
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
