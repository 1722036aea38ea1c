// The worker's side of the gradient-field and gradient-descent (ch4) experiments: what worker-api.ts exposes.
import * as Comlink from 'comlink';
import { gradientDescent, gradientField } from './gradients';
import type { Call } from './worker-api-util';

export function gradientsApi(call: Call) {
  return {
    async gradientField(o: Parameters<typeof gradientField>[0]) {
      const r = await call(() => gradientField(o));
      return Comlink.transfer(r, [r.grad.buffer, r.numeric32.buffer] as ArrayBuffer[]);
    },
    async gradientDescent(o: Parameters<typeof gradientDescent>[0]) {
      const r = await call(() => gradientDescent(o));
      return Comlink.transfer(r, [
        r.points.buffer,
        r.values.buffer,
        r.grads.buffer,
      ] as ArrayBuffer[]);
    },
  };
}
