// The page's side of the batch-norm experiments (re-exported by client.ts). Only type imports
// from the engine side, so tfjs stays out of the page bundle.
import { engine, type Arg } from './client-engine';

export type * from './batch-norm-meta';
export { BN_WEIGHT_SCALES } from './batch-norm-meta';

/** The BatchNorm layers' running mean and variance of one lane of a race (one readback). */
export const raceBatchNormStats = async (o: Arg<'raceBatchNormStats'>) =>
  (await engine()).raceBatchNormStats(o);
