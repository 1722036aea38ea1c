// The page's side of the augmentation (ch8) experiments (re-exported by client.ts), plus their
// engine-free facts (the lattice count, the seeded draws).
import { engine, type Arg } from './client-engine';

export * from './augmentation-meta';
export type { AugmentResult } from './augmentation';

export const augmentDigit = async (o: Arg<'augmentDigit'>) => (await engine()).augmentDigit(o);
