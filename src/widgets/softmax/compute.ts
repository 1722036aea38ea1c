// The engine calls of the softmax widget (through the engine's worker, experiments/client),
// stamped for useReport: one call (one readback) per update of each part.
import {
  engineBackend,
  softmaxDemo,
  softmaxOverflow,
  type SoftmaxDemo,
  type SoftmaxOverflow,
} from '../../experiments/client';
import type { Stamped } from '../kit';

export interface MainInput {
  logits: number[];
  temperature: number;
  shift: number;
  label: number;
}

/** The result carries its input: what is drawn always matches the numbers (never a newer input). */
export async function computeMain(
  o: MainInput,
): Promise<Stamped & { out: SoftmaxDemo; input: MainInput }> {
  const out = await softmaxDemo(o);
  const backend = await engineBackend();
  return { out, input: o, backend, doneAt: performance.now() };
}

export async function computeOverflow(
  logits: number[],
): Promise<Stamped & { out: SoftmaxOverflow; logits: number[] }> {
  const out = await softmaxOverflow({ logits });
  const backend = await engineBackend();
  return { out, logits, backend, doneAt: performance.now() };
}
