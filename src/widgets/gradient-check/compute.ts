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
): Promise<Stamped & { result: GradientCheckResult }> {
  const result = await gradientCheckRun(o);
  return { result, backend: result.backend, doneAt: performance.now() };
}
