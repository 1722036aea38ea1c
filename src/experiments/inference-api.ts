// The worker's side of the mnist-inference (ch3) experiments: what worker-api.ts exposes.
import type { Call } from './worker-api-util';

export function inferenceApi(call: Call) {
  void call;
  return {};
}
