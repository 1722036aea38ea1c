// The worker's side of the gradient-check (ch5) experiments: what worker-api.ts exposes.
import type { Call } from './worker-api-util';

export function gradientCheckApi(call: Call) {
  void call;
  return {};
}
