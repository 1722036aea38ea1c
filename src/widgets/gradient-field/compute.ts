// The engine call of gradient-field (through the worker, experiments/client): ∇f from
// backward() and float32 central differences at the grid's 289 points plus the read-out point
// (always 290 points: fixed shapes), and the book's float64 central differences in plain JS.
import {
  fieldPoints,
  gradientField,
  numericalField64,
  type GradientFieldResult,
} from '../../experiments/client';
import type { Stamped } from '../kit';

export const GRID_POINTS = fieldPoints();
export const GRID_N = GRID_POINTS.length / 2;

export interface FieldOutput extends Stamped {
  /** the read-out point these numbers are for */
  point: [number, number];
  /** the grid's points, then the read-out point (x0, x1 pairs) */
  points: Float32Array;
  backward: Float32Array;
  numerical32: Float32Array;
  /** float64, plain JS like numpy (not the engine) */
  numerical: Float64Array;
}

export async function computeField(point: [number, number]): Promise<FieldOutput> {
  const points = new Float32Array(GRID_POINTS.length + 2);
  points.set(GRID_POINTS);
  points.set(point, GRID_POINTS.length);
  const r: GradientFieldResult = await gradientField({ points: points.slice() });
  // float64 from the point as typed (not its float32 copy), like numpy's float64 arrays.
  const exact = Float64Array.from(points);
  exact[exact.length - 2] = point[0];
  exact[exact.length - 1] = point[1];
  return {
    point,
    points,
    backward: r.grad,
    numerical32: r.numeric32,
    numerical: numericalField64(exact),
    backend: r.backend,
    doneAt: performance.now(),
  };
}
