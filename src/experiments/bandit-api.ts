// The worker's side of the bandit (policy-gradient, ch8) experiments: what worker-api.ts exposes.
import * as Comlink from 'comlink';
import { banditRun, logPolicyGradient, type BanditOptions } from './bandit';
import { withToken, type Call } from './worker-api-util';

export function banditApi(call: Call) {
  return {
    async banditRun(o: Omit<BanditOptions, 'signal'>, token?: number) {
      const r = await call(() => withToken(token, (signal) => banditRun({ ...o, signal })));
      const bufs = Object.values(r.traces).flatMap((t) => [
        t.probs.buffer,
        t.actions.buffer,
        t.rewards.buffer,
        t.baselines.buffer,
        t.grads.buffer,
        t.bestMean.buffer,
        t.bestStd.buffer,
      ]);
      return Comlink.transfer(r, bufs as ArrayBuffer[]);
    },
    logPolicyGradient: (o: Parameters<typeof logPolicyGradient>[0]) =>
      call(() => logPolicyGradient(o)),
  };
}
