// The engine calls of layer-backprop (through the engine's worker), stamped for useReport.
import {
  engineBackend,
  layerBackprop,
  softmaxWithLoss,
  type LayerActivation,
  type LayerBackpropResult,
  type SoftmaxWithLossResult,
} from '../../experiments/client';
import type { Stamped } from '../kit';
import { NOTES_Y } from './model';

export interface ChainInput {
  activation: LayerActivation;
  batch: number;
  seed: number;
}

export async function computeChain(
  input: ChainInput,
): Promise<Stamped & { chain: LayerBackpropResult; input: ChainInput }> {
  const chain = await layerBackprop(input);
  const backend = await engineBackend();
  return { chain, input, backend, doneAt: performance.now() };
}

/** The notes' Softmax-with-Loss example: y = (0.2, 0.1, 0.7) and the correct class `label` (0–2). */
export async function computeNotes(
  label: number,
): Promise<SoftmaxWithLossResult & { label: number }> {
  const r = await softmaxWithLoss({ probs: [[...NOTES_Y]], labels: [label] });
  return { ...r, label };
}
