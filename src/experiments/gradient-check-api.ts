// The worker's side of the gradient-check (ch5) experiments: what worker-api.ts exposes.
import { gradientCheckRun } from './gradient-check';
import type { Call } from './worker-api-util';

export function gradientCheckApi(call: Call) {
  return {
    gradientCheckRun: (o: Parameters<typeof gradientCheckRun>[0]) =>
      call(() => gradientCheckRun(o)),
  };
}
