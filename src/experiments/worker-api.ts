// What the engine's worker exposes (worker.ts hands it to Comlink; client.ts is its page-side
// proxy): the experiments API, the engine's status, cancellation by token, and test hooks.
// Plain options in, plain numbers and typed arrays out; callbacks arrive as Comlink proxies.
import * as Comlink from 'comlink';
import {
  chooseBackend,
  engineStatus,
  onEngineStatus,
  webglContext,
  type BackendDecision,
  type BackendName,
  type BackendRecord,
  type EngineStatus,
} from '../engine/backend';
import { activationCurves, stackedLayers } from './activations';
import { optimizerRuns, optimizerTrajectory } from './optimizer-runs';
import { surfaceGrid } from './surfaces';
import { trainNet, type TrainOptions, type TrainProgress, type TrainResult } from './train';
import {
  abortToken,
  release,
  relay,
  reportsDelivered,
  withToken,
  type RemoteCallback,
} from './worker-api-util';
import { trainerApi } from './worker-trainer';
import { backpropApi } from './backprop-api';
import { gradientCheckApi } from './gradient-check-api';
import { gradientsApi } from './gradients-api';
import { inferenceApi } from './inference-api';
import { probabilitiesApi } from './probabilities-api';
import { convolutionApi } from './convolution-api';
import { raceApi } from './race-api';
import { searchApi } from './search-api';
import { batchNormApi } from './batch-norm-api';
import { cnnApi } from './cnn-api';
import { deepConvnetApi } from './deep-convnet-api';
import { augmentationApi } from './augmentation-api';
import { banditApi } from './bandit-api';
import { disposeWeightInitCache, weightInitActivations, weightInitHistograms } from './weight-init';

export interface StartConfig {
  /** `?backend=` of the page */
  forced?: BackendName;
  /** the probe's decision remembered by the page (localStorage) */
  stored?: BackendRecord | null;
}

/** trainNet's options as they cross the boundary: no signal, callback, data or kept network. */
export type RemoteTrainOptions = Omit<TrainOptions, 'signal' | 'onProgress' | 'data' | 'keep'>;
export type RemoteTrainResult = Omit<TrainResult, 'predict' | 'dispose'>;

// --- status: pushed to subscribers on every change (tensor counts are polled cheaply) ---------
let started: Promise<BackendDecision> | null = null;
const subscribers = new Set<RemoteCallback<EngineStatus>>();
let last = '';
function pushStatus(s: EngineStatus = engineStatus()): void {
  const key = JSON.stringify(s);
  if (key === last) return;
  last = key;
  for (const cb of subscribers) relay(cb)?.(s);
}
onEngineStatus((s) => pushStatus(s));
let poll: ReturnType<typeof setInterval> | undefined;

/** When each experiment now in flight started (performance.now()), by call number. */
const inFlight = new Map<number, number>();
let calls = 0;

/**
 * Runs an experiment, then tells subscribers the new tensor count, and answers only once the page
 * has handled every report sent so far (its progress and that status): the page sees them in order.
 */
async function call<T>(fn: () => Promise<T>): Promise<T> {
  const id = ++calls;
  inFlight.set(id, performance.now());
  try {
    return await fn();
  } finally {
    inFlight.delete(id);
    pushStatus();
    await reportsDelivered();
  }
}

export const workerApi = {
  /** Chooses and starts the backend (once; later calls get the same decision). */
  start(config: StartConfig = {}): Promise<BackendDecision> {
    started ??= chooseBackend({ forced: config.forced, stored: config.stored }).then((d) => {
      pushStatus();
      return d;
    });
    return started;
  },
  status: (): EngineStatus => engineStatus(),
  /** `cb` gets the status now and at every change (backend, tensor count, notice). */
  subscribe(cb: RemoteCallback<EngineStatus>): void {
    subscribers.add(cb);
    relay(cb)?.(engineStatus());
    poll ??= setInterval(() => pushStatus(), 250);
  },
  abort: abortToken,

  optimizerRuns: (o: Parameters<typeof optimizerRuns>[0]) => call(() => optimizerRuns(o)),
  optimizerTrajectory: (o: Parameters<typeof optimizerTrajectory>[0]) =>
    call(() => optimizerTrajectory(o)),
  activationCurves: (o: Parameters<typeof activationCurves>[0]) => call(() => activationCurves(o)),
  stackedLayers: (o: Parameters<typeof stackedLayers>[0]) => call(() => stackedLayers(o)),
  async surfaceGrid(o: Parameters<typeof surfaceGrid>[0]): Promise<Float32Array> {
    const values = await call(() => surfaceGrid(o));
    return Comlink.transfer(values, [values.buffer]);
  },
  weightInitHistograms: (o: Parameters<typeof weightInitHistograms>[0]) =>
    call(() => weightInitHistograms(o)),
  async weightInitActivations(
    o: Parameters<typeof weightInitActivations>[0],
  ): Promise<Float32Array[]> {
    const arrays = await call(() => weightInitActivations(o));
    return Comlink.transfer(
      arrays,
      arrays.map((a) => a.buffer as ArrayBuffer),
    );
  },
  disposeWeightInitCache(): void {
    disposeWeightInitCache();
    pushStatus();
  },
  async trainNet(
    o: RemoteTrainOptions,
    token?: number,
    onProgress?: RemoteCallback<TrainProgress>,
  ): Promise<RemoteTrainResult> {
    try {
      return await withToken(token, (signal) =>
        call(async () => {
          const {
            predict: _p,
            dispose: _d,
            ...result
          } = await trainNet({
            ...o,
            signal,
            onProgress: relay(onProgress),
          });
          return result;
        }),
      );
    } finally {
      release(onProgress);
    }
  },

  ...trainerApi(call),
  ...probabilitiesApi(call),
  ...inferenceApi(call),
  ...gradientsApi(call),
  ...backpropApi(call),
  ...gradientCheckApi(call),
  ...raceApi(call),
  ...convolutionApi(call),
  ...searchApi(call),
  ...batchNormApi(call),
  ...cnnApi(call),
  ...deepConvnetApi(call),
  ...augmentationApi(call),
  ...banditApi(call),

  /** TEST HOOK ONLY: a stall's diagnosis — how long each experiment now in flight has run, ms. */
  testOnlyInFlight(): number[] {
    const now = performance.now();
    return [...inFlight.values()].map((t) => Math.round(now - t));
  },
  /**
   * TEST HOOK ONLY: loses the worker's WebGL context on purpose (WEBGL_lose_context), as a
   * crashed GPU driver would; false when no WebGL context is active. Browser tests call it.
   */
  testOnlyLoseWebGLContext(): boolean {
    const ext = webglContext()?.getExtension('WEBGL_lose_context');
    if (!ext) return false;
    ext.loseContext();
    return true;
  },
};

export type WorkerApi = typeof workerApi;
