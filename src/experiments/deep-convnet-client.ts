// The page's side of the deep-convnet experiments (re-exported by client.ts). Only type imports
// from the worker's modules: tfjs stays out of the page's bundle.
import * as Comlink from 'comlink';
import { engine, startedEngine, withSignal } from './client-engine';
import type {
  DeepConvnetInfo,
  DeepConvnetLayer,
  DeepConvnetLoadProgress,
  DeepConvnetMistake,
  DeepConvnetPrediction,
  DeepConvnetProgress,
  DeepConvnetRunResult,
  FeatureMaps,
} from './deep-convnet';
import type { RemoteDeepConvnetRunOptions } from './deep-convnet-api';

export type {
  DeepConvnetInfo,
  DeepConvnetLayer,
  DeepConvnetLoadProgress,
  DeepConvnetMistake,
  DeepConvnetPrediction,
  DeepConvnetProgress,
  DeepConvnetRunResult,
  FeatureMaps,
};

/** The book's DeepConvNet weights and the 10,000 test digits, loaded in the worker. */
export async function loadDeepConvnet(
  onProgress?: (p: DeepConvnetLoadProgress) => void,
): Promise<DeepConvnetInfo> {
  const api = await engine();
  return api.loadDeepConvnet(onProgress ? Comlink.proxy(onProgress) : undefined);
}

export interface ClientDeepConvnetRunOptions extends RemoteDeepConvnetRunOptions {
  /** stops the run after its current batch; it resolves with the numbers so far (stopped) */
  signal?: AbortSignal;
  onProgress?: (p: DeepConvnetProgress) => void;
}

/** The accuracy loop over the official test digits, in the worker. */
export async function runDeepConvnet(
  o: ClientDeepConvnetRunOptions,
): Promise<DeepConvnetRunResult> {
  const { signal, onProgress, ...rest } = o;
  return withSignal(signal, (api, token) =>
    api.runDeepConvnet(rest, token, onProgress ? Comlink.proxy(onProgress) : undefined),
  );
}

/** A drawn digit (784 values in 0..1): its ten probabilities and, if asked, its feature maps. */
export const predictDeepConvnet = async (o: { pixels: Float32Array; maps?: boolean }) =>
  (await engine()).predictDeepConvnet(o);

/** Frees the network's device copy (a widget's unmount; fire and forget, like a cleanup). */
export function disposeDeepConvnet(): void {
  const remote = startedEngine();
  if (remote) void remote.disposeDeepConvnet();
}
