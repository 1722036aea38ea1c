// The engine call of gradient-descent (through the worker, experiments/client): the whole path
// (every step's x, f and ∇f from backward()) in one call and one readback.
import { gradientDescent } from '../../experiments/client';
import type { Stamped } from '../kit';
import { toPath, type Path } from './model';

export interface DescentInput {
  init: [number, number];
  lr: number;
  steps: number;
}

export interface DescentOutput extends Stamped {
  input: DescentInput;
  path: Path;
}

export async function computeDescent(input: DescentInput): Promise<DescentOutput> {
  const r = await gradientDescent(input);
  return { input, path: toPath(r), backend: r.backend, doneAt: performance.now() };
}
