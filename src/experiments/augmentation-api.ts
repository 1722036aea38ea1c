// The worker's side of the augmentation (ch8) experiments: what worker-api.ts exposes.
import * as Comlink from 'comlink';
import { augmentDigit } from './augmentation';
import type { Call } from './worker-api-util';

export function augmentationApi(call: Call) {
  return {
    async augmentDigit(o: Parameters<typeof augmentDigit>[0]) {
      const r = await call(() => augmentDigit(o));
      return Comlink.transfer(r, [r.original.buffer, r.images.buffer] as ArrayBuffer[]);
    },
  };
}
