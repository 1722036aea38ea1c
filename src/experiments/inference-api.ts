// The worker's side of the mnist-inference (ch3) experiments: what worker-api.ts exposes.
// Progress arrives at the page through proxied callbacks; a run is stopped by its token
// (the shared abort(token)), and the big typed arrays are transferred, not copied.
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
import { release, relay, withToken, type Call, type RemoteCallback } from './worker-api-util';

/** runInference's options as they cross the boundary (no signal or callback). */
export type RemoteInferenceRunOptions = Omit<InferenceRunOptions, 'signal' | 'onProgress'>;

export function inferenceApi(call: Call) {
  return {
    async loadInference(onProgress?: RemoteCallback<LoadProgress>): Promise<InferenceInfo> {
      try {
        const info = await call(() => loadInference({ onProgress: relay(onProgress) }));
        return Comlink.transfer(info, [info.images.buffer, info.labels.buffer] as ArrayBuffer[]);
      } finally {
        release(onProgress);
      }
    },
    /** An abort of `token` stops the run after its current group (it returns what it has). */
    async runInference(
      o: RemoteInferenceRunOptions,
      token?: number,
      onProgress?: RemoteCallback<InferenceProgress>,
    ): Promise<InferenceRunResult> {
      try {
        const r = await withToken(token, (signal) =>
          call(() => runInference({ ...o, signal, onProgress: relay(onProgress) })),
        );
        return Comlink.transfer(r, [r.predictions.buffer as ArrayBuffer]);
      } finally {
        release(onProgress);
      }
    },
    async inferenceProbabilities(): Promise<Float32Array> {
      const p = await call(() => inferenceProbabilities());
      return Comlink.transfer(p, [p.buffer as ArrayBuffer]);
    },
    disposeInference: () => call(async () => disposeInference()),
  };
}
