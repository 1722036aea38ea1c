// The engine call of the loss-functions widget (through the engine's worker, experiments/client):
// every loss, the −log y curve, the mini-batch and BCE in one call (one readback), stamped.
import { engineBackend, lossFunctions, type LossResult } from '../../experiments/client';
import type { Stamped } from '../kit';

export interface LossInput {
  y: number[];
  target: number;
  batch: number;
  bce: { p: number; t: 0 | 1 };
}

/** The result carries its input: what is drawn always matches the numbers (never a newer input). */
export async function computeLosses(
  o: LossInput,
): Promise<Stamped & { out: LossResult; input: LossInput }> {
  const out = await lossFunctions(o);
  const backend = await engineBackend();
  return { out, input: o, backend, doneAt: performance.now() };
}
