// The page's side of the gradient-check (ch5) experiments (re-exported by client.ts), with the
// engine-free names, thresholds and helpers the widget needs.
import { engine, type Arg } from './client-engine';

export * from './gradient-check-meta';

/** The book's gradient check at h with a planted bug: see experiments/gradient-check.ts. */
export const gradientCheckRun = async (o: Arg<'gradientCheckRun'>) =>
  (await engine()).gradientCheckRun(o);
