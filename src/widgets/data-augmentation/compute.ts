// The engine call of data-augmentation (through the engine's worker, experiments/client),
// stamped for useReport: one test digit under the seeded transforms, one readback.
import {
  augmentDigit,
  drawTransforms,
  engineBackend,
  type AffineTransform,
  type AugmentResult,
} from '../../experiments/client';
import type { Stamped } from '../kit';

/** How many random variants the grid shows. */
export const VARIANTS = 12;

export interface AugmentInput {
  digit: number;
  rotate: number;
  shift: number;
  scale: number;
  seed: number;
}

/** The digit under its transforms, and the input they were drawn for. */
export type AugmentOutput = Stamped & {
  result: AugmentResult;
  transforms: AffineTransform[];
  input: AugmentInput;
};

export async function computeAugment(o: AugmentInput): Promise<AugmentOutput> {
  const transforms = drawTransforms(VARIANTS, o, o.seed);
  const result = await augmentDigit({ digit: o.digit, transforms });
  const backend = await engineBackend();
  return { result, transforms, input: o, backend, doneAt: performance.now() };
}
