// The worker's side of the computational-graph and layer-backprop (ch5) experiments: what worker-api.ts exposes.
import type { Call } from './worker-api-util';

export function backpropApi(call: Call) {
  void call;
  return {};
}
