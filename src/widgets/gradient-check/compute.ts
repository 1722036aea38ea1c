// The engine call of gradient-check (through the engine's worker, experiments/client), stamped
// for useReport.
import {
  gradientCheckRun,
  type GradientBug,
  type GradientCheckResult,
} from '../../experiments/client';
import type { Stamped } from '../kit';

export interface CheckInput {
  h: number;
  bug: GradientBug;
  seed: number;
}

export async function computeCheck(
  o: CheckInput,
): Promise<Stamped & { result: GradientCheckResult; input: CheckInput }> {
  const result = await gradientCheckRun(o);
  return { result, input: o, backend: result.backend, doneAt: performance.now() };
}
