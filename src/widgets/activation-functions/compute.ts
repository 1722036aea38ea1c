// The engine calls of activation-functions (through the engine's worker, experiments/client),
// stamped for useReport.
import {
  ACTIVATION_NAMES,
  activationCurves,
  engineBackend,
  stackedLayers,
  type ActivationName,
} from '../../experiments/client';
import type { Stamped } from '../kit';
import { GRID, STACK_XS } from './model';

export type Curves = Record<ActivationName, { y: number[]; dy: number[] }>;

export interface StackResult {
  linear: { y: number[]; collapsed: { w: number; b: number } | null; weights: number[][][] };
  relu: { y: number[]; weights: number[][][] };
}

/** All six curves on the fixed grid: one engine call, made once (the grid never changes). */
export async function computeGrid(): Promise<Stamped & { curves: Curves }> {
  const curves = await activationCurves({ names: [...ACTIVATION_NAMES], xs: [...GRID] });
  const backend = await engineBackend();
  return { curves, backend, doneAt: performance.now() };
}

/** All six at the marked x (h and the engine's h′): one engine call per x, always one point. */
export async function computePoint(x: number): Promise<Stamped & { curves: Curves; x: number }> {
  const curves = await activationCurves({ names: [...ACTIVATION_NAMES], xs: [x] });
  const backend = await engineBackend();
  return { curves, x, backend, doneAt: performance.now() };
}

/** The stacked-layers demo for one seed (null: the demo is closed). */
export async function computeStack(seed: number | null): Promise<StackResult | null> {
  if (seed === null) return null;
  // One after the other: the engine's work is queued on one device anyway.
  const linear = await stackedLayers({ activation: 'identity', xs: [...STACK_XS], seed });
  const relu = await stackedLayers({ activation: 'relu', xs: [...STACK_XS], seed });
  return { linear, relu };
}
