// The worker's side of the convolution and im2col (ch7) experiments: what worker-api.ts exposes.
import * as Comlink from 'comlink';
import { convolve, im2colDemo } from './convolution';
import type { Call } from './worker-api-util';

export function convolutionApi(call: Call) {
  return {
    async convolve(o: Parameters<typeof convolve>[0]) {
      const r = await call(() => convolve(o));
      const bufs = [r.input.buffer, r.out.buffer];
      if (r.pooled) bufs.push(r.pooled.buffer);
      return Comlink.transfer(r, bufs as ArrayBuffer[]);
    },
    async im2colDemo(o: Parameters<typeof im2colDemo>[0]) {
      const r = await call(() => im2colDemo(o));
      return Comlink.transfer(r, [
        r.x.buffer,
        r.w.buffer,
        r.col.buffer,
        r.out.buffer,
        r.direct.buffer,
      ] as ArrayBuffer[]);
    },
  };
}
