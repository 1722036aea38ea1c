// The page's side of the bandit (policy-gradient, ch8) experiments (re-exported by client.ts),
// plus their engine-free facts.
import { engine, withSignal, type Arg } from './client-engine';

export * from './bandit-meta';
export type { BanditResult, BanditTrace } from './bandit';

export const banditRun = (o: Arg<'banditRun'>, signal?: AbortSignal) =>
  withSignal(signal, (api, token) => api.banditRun(o, token));
export const logPolicyGradient = async (o: Arg<'logPolicyGradient'>) =>
  (await engine()).logPolicyGradient(o);
