// The engine call of policy-gradient (through the engine's worker, experiments/client), stamped
// for useReport. One call runs every update rule over the repeated seeds.
import { banditRun, engineBackend, type BanditResult } from '../../experiments/client';
import type { Stamped } from '../kit';

/** Seeds each rule is repeated over (the summary's mean ± std). */
export const BANDIT_RUNS = 32;

export interface BanditInput {
  alpha: number;
  episodes: number;
  noise: number;
  seed: number;
}

export async function computeBandit(
  o: BanditInput,
  signal: AbortSignal,
): Promise<Stamped & { result: BanditResult; input: BanditInput }> {
  const result = await banditRun({ ...o, runs: BANDIT_RUNS }, signal);
  const backend = await engineBackend();
  return { result, input: o, backend, doneAt: performance.now() };
}
