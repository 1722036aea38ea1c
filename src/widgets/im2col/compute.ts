// The engine call of the im2col widget (through the worker, experiments/client), stamped for
// useReport: the engine's im2col matrix, its convolution, and a plain direct loop to compare.
import { engineBackend, im2colDemo, type Im2colResult } from '../../experiments/client';
import type { Stamped } from '../kit';
import { outSize } from './model';

export interface Im2colInput {
  N: number;
  C: number;
  H: number;
  FH: number;
  FN: number;
  S: number;
  P: number;
}

export async function computeIm2col(
  i: Im2colInput,
): Promise<Stamped & { res: Im2colResult | null }> {
  const res =
    outSize(i.H, i.FH, i.S, i.P) < 1
      ? null
      : await im2colDemo({ N: i.N, C: i.C, H: i.H, FH: i.FH, FN: i.FN, stride: i.S, pad: i.P });
  const backend = await engineBackend();
  return { res, backend, doneAt: performance.now() };
}
