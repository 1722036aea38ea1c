// The page's side of the mnist-inference (ch3) experiments (re-exported by client.ts). Only
// type imports from the worker's modules: tfjs stays out of the page's bundle.
import * as Comlink from 'comlink';
import { engine, startedEngine, withSignal } from './client-engine';
import type {
  InferenceInfo,
  InferenceProgress,
  InferenceRunResult,
  LoadProgress,
} from './inference';
import type { RemoteInferenceRunOptions } from './inference-api';

export {
  BOOK_INFERENCE_BATCH,
  BOOK_INFERENCE_LAYERS,
  INFERENCE_BATCH_SIZES,
} from './inference-meta';
export type { InferenceInfo, InferenceProgress, InferenceRunResult };
export type { LoadProgress as InferenceLoadProgress };

/** The book's weights and the 10,000 test digits, loaded in the worker; progress as bytes arrive. */
export async function loadInference(
  onProgress?: (p: LoadProgress) => void,
): Promise<InferenceInfo> {
  const api = await engine();
  return api.loadInference(onProgress ? Comlink.proxy(onProgress) : undefined);
}

export interface ClientInferenceRunOptions extends RemoteInferenceRunOptions {
  /** stops the run after its current group; it resolves with the numbers so far (stopped) */
  signal?: AbortSignal;
  onProgress?: (p: InferenceProgress) => void;
}

/** The book's accuracy loop in the worker, timed there (batchSize 1: one image at a time). */
export async function runInference(o: ClientInferenceRunOptions): Promise<InferenceRunResult> {
  const { signal, onProgress, ...rest } = o;
  return withSignal(signal, (api, token) =>
    api.runInference(rest, token, onProgress ? Comlink.proxy(onProgress) : undefined),
  );
}

/** Every test digit's ten probabilities (row i = digit i), not timed. */
export const inferenceProbabilities = async () => (await engine()).inferenceProbabilities();

/** Frees the network's device copies (a widget's unmount; fire and forget, like a cleanup). */
export function disposeInference(): void {
  const remote = startedEngine();
  if (remote) void remote.disposeInference();
}
