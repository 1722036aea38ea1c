// The worker's side of the cnn experiments (train-cnn, ch7): the filters and feature maps of a
// SimpleConvNet (a race's lane or the book's weights), handed over without copying, and its
// score on the official test set with progress through a proxied callback.
import * as Comlink from 'comlink';
import { cnnInitialFilters, cnnScore, cnnView } from './cnn';
import type { CnnScoreOptions, CnnScoreProgress, CnnViewOptions } from './cnn-meta';
import { relay, release, type Call, type RemoteCallback } from './worker-api-util';

export function cnnApi(call: Call) {
  return {
    cnnInitialFilters: async (seed: number) => {
      const f = cnnInitialFilters(seed);
      return Comlink.transfer(f, [f.buffer as ArrayBuffer]);
    },
    cnnView: (o: CnnViewOptions) =>
      call(async () => {
        const v = await cnnView(o);
        return Comlink.transfer(v, [v.filters.buffer, v.maps.buffer, v.image.buffer] as ArrayBuffer[]); // prettier-ignore
      }),
    async cnnScore(o: CnnScoreOptions, onProgress?: RemoteCallback<CnnScoreProgress>) {
      try {
        return await call(() => cnnScore(o, relay(onProgress)));
      } finally {
        release(onProgress);
      }
    },
  };
}
