// The worker's side of the softmax and loss-functions (ch3, ch4) experiments: what worker-api.ts exposes.
import type { Call } from './worker-api-util';

export function probabilitiesApi(call: Call) {
  void call;
  return {};
}
