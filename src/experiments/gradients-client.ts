// The page's side of the gradient-field and gradient-descent (ch4) experiments (re-exported by
// client.ts), plus their engine-free facts (book defaults, the grid, float64 numerical gradients).
import { engine, type Arg } from './client-engine';

export * from './gradients-meta';
export type { GradientDescentResult, GradientFieldResult } from './gradients';

export const gradientField = async (o: Arg<'gradientField'>) => (await engine()).gradientField(o);
export const gradientDescent = async (o: Arg<'gradientDescent'>) =>
  (await engine()).gradientDescent(o);
