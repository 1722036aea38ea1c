// The worker's side of the gradient-field and gradient-descent (ch4) experiments: what worker-api.ts exposes.
import type { Call } from './worker-api-util';

export function gradientsApi(call: Call) {
  void call;
  return {};
}
