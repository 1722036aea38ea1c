// The engine call of weight-init-histograms (through the engine's worker, experiments/client):
// every layer's histogram, binned on the device, stamped for useReport.
import { weightInitHistograms, type WeightInitActivation } from '../../experiments/client';
import type { Stamped } from '../kit';

/** The book's 30 bins. */
export const BINS = 30;

export interface HistInput {
  activation: WeightInitActivation;
  init: 'xavier' | 'he' | number;
  layers: number;
  nodes: number;
  samples: number;
  seed: number;
  bins: number;
  range: [number, number];
  gradients: boolean;
}

export type HistOutput = Awaited<ReturnType<typeof weightInitHistograms>> &
  Stamped & {
    input: HistInput;
    /** the call as the page saw it (the worker's `ms` plus the messages there and back) */
    callMs: number;
  };

export async function computeHistograms(input: HistInput): Promise<HistOutput> {
  const t0 = performance.now();
  const out = await weightInitHistograms(input);
  const doneAt = performance.now();
  return { ...out, input, doneAt, callMs: doneAt - t0 };
}
