// The worker's side of the mnist-inference (ch3) experiments: what worker-api.ts exposes.
// Progress arrives at the page through proxied callbacks; a run is stopped by its token
// (stopInference), and the big typed arrays are transferred, not copied.
import * as Comlink from 'comlink';
import {
  disposeInference,
  inferenceProbabilities,
  loadInference,
  runInference,
  type InferenceInfo,
  type InferenceProgress,
  type InferenceRunOptions,
  type InferenceRunResult,
  type LoadProgress,
} from './inference';
import { release, relay, type Call, type RemoteCallback } from './worker-api-util';

/** runInference's options as they cross the boundary (no signal or callback). */
export type RemoteInferenceRunOptions = Omit<InferenceRunOptions, 'signal' | 'onProgress'>;

export function inferenceApi(call: Call) {
  const runs = new Map<number, AbortController>();
  return {
    async loadInference(onProgress?: RemoteCallback<LoadProgress>): Promise<InferenceInfo> {
      try {
        const info = await call(() => loadInference({ onProgress: relay(onProgress) }));
        return Comlink.transfer(info, [info.images.buffer, info.labels.buffer] as ArrayBuffer[]);
      } finally {
        release(onProgress);
      }
    },
    async runInference(
      o: RemoteInferenceRunOptions,
      token: number,
      onProgress?: RemoteCallback<InferenceProgress>,
    ): Promise<InferenceRunResult> {
      const ctrl = new AbortController();
      runs.set(token, ctrl);
      try {
        const r = await call(() =>
          runInference({ ...o, signal: ctrl.signal, onProgress: relay(onProgress) }),
        );
        return Comlink.transfer(r, [r.predictions.buffer as ArrayBuffer]);
      } finally {
        runs.delete(token);
        release(onProgress);
      }
    },
    /** Stops the run with this token after its current group (it returns what it has). */
    stopInference(token: number): void {
      runs.get(token)?.abort();
    },
    async inferenceProbabilities(): Promise<Float32Array> {
      const p = await call(() => inferenceProbabilities());
      return Comlink.transfer(p, [p.buffer as ArrayBuffer]);
    },
    disposeInference: () => call(async () => disposeInference()),
  };
}
