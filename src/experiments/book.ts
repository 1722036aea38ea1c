// The book's numbers that widgets need before the engine has loaded (their schemas are part of
// the page's first bundle). Nothing here imports the engine's code, only its types.
import type { OptimizerName } from '../engine';

/** Learning rates of the book's Fig 6-8 (f = x²/20 + y², 30 steps); Nesterov and RMSProp are ours. */
export const BOOK_LR: Record<OptimizerName, number> = {
  sgd: 0.95,
  momentum: 0.1,
  nesterov: 0.1,
  adagrad: 1.5,
  rmsprop: 0.2,
  adam: 0.3,
};
