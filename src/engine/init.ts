// Weight initialisation: N(0, σ²) with σ a number, Xavier √(1/n) or He √(2/n), n = fan-in.
import type { Rng } from '../data/rng';
import { Parameter } from './parameter';

export type Init = 'xavier' | 'he' | number;

/** σ for a layer with `fanIn` inputs: a number as is, 'xavier' √(1/n) (sigmoid, tanh), 'he' √(2/n) (ReLU). */
export function initStd(init: Init, fanIn: number): number {
  if (init === 'xavier') return Math.sqrt(1 / fanIn);
  if (init === 'he') return Math.sqrt(2 / fanIn);
  if (typeof init !== 'number' || !Number.isFinite(init) || init < 0) {
    throw new Error(`초기화 값은 'xavier', 'he' 또는 0 이상의 숫자여야 합니다: ${String(init)}`);
  }
  return init;
}

/**
 * Inputs feeding one output unit: an affine W [in, out] has `in`; a convolution's filters
 * [FN, C, FH, FW] have C·FH·FW (one output pixel sees C channels of an FH×FW window).
 */
export function fanIn(shape: readonly number[]): number {
  return shape.length === 4 ? shape[1] * shape[2] * shape[3] : shape[0];
}

/** Weights of `shape` (affine [in, out] or conv [FN, C, FH, FW]) drawn from N(0, σ²) with the seeded `rng`. */
export function initWeight(name: string, shape: number[], init: Init, rng: Rng): Parameter {
  const std = initStd(init, fanIn(shape));
  return new Parameter(
    name,
    rng.normalArray(
      shape.reduce((a, b) => a * b, 1),
      std,
    ),
    shape,
  );
}

/** A bias vector of zeros (the book starts every bias at 0). */
export function initBias(name: string, size: number): Parameter {
  return Parameter.zeros(name, [size], true);
}
