// The worker's side of the deep-convnet experiments (chapter 8): what worker-api.ts exposes.
// Progress reaches the page through proxied callbacks; a run is stopped by its token (the shared
// abort(token)); typed arrays are transferred, not copied.
import * as Comlink from 'comlink';
import {
  disposeDeepConvnet,
  loadDeepConvnet,
  predictDeepConvnet,
  runDeepConvnet,
  type DeepConvnetInfo,
  type DeepConvnetLoadProgress,
  type DeepConvnetPrediction,
  type DeepConvnetProgress,
  type DeepConvnetRunOptions,
  type DeepConvnetRunResult,
} from './deep-convnet';
import { release, relay, withToken, type Call, type RemoteCallback } from './worker-api-util';

/** runDeepConvnet's options as they cross the boundary (no signal or callback). */
export type RemoteDeepConvnetRunOptions = Omit<DeepConvnetRunOptions, 'signal' | 'onProgress'>;

export function deepConvnetApi(call: Call) {
  return {
    async loadDeepConvnet(
      onProgress?: RemoteCallback<DeepConvnetLoadProgress>,
    ): Promise<DeepConvnetInfo> {
      try {
        return await call(() => loadDeepConvnet({ onProgress: relay(onProgress) }));
      } finally {
        release(onProgress);
      }
    },
    /** An abort of `token` stops the run after its current batch (it returns what it has). */
    async runDeepConvnet(
      o: RemoteDeepConvnetRunOptions,
      token?: number,
      onProgress?: RemoteCallback<DeepConvnetProgress>,
    ): Promise<DeepConvnetRunResult> {
      try {
        const r = await withToken(token, (signal) =>
          call(() => runDeepConvnet({ ...o, signal, onProgress: relay(onProgress) })),
        );
        return Comlink.transfer(r, [r.pixels.buffer as ArrayBuffer]);
      } finally {
        release(onProgress);
      }
    },
    async predictDeepConvnet(o: {
      pixels: Float32Array;
      maps?: boolean;
    }): Promise<DeepConvnetPrediction> {
      const r = await call(() => predictDeepConvnet(o));
      return Comlink.transfer(r, [r.probs, ...r.maps.map((m) => m.data)].map((a) => a.buffer as ArrayBuffer)); // prettier-ignore
    },
    disposeDeepConvnet: () => call(async () => disposeDeepConvnet()),
  };
}
