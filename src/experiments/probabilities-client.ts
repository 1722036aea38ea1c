// The page's side of the softmax and loss-functions (ch3, ch4) experiments (re-exported by client.ts).
import { engine, type Arg } from './client-engine';

export * from './probabilities-meta';
export type { LossResult, SoftmaxDemo, SoftmaxOverflow } from './probabilities';

export const softmaxDemo = async (o: Arg<'softmaxDemo'>) => (await engine()).softmaxDemo(o);
export const softmaxOverflow = async (o: Arg<'softmaxOverflow'>) =>
  (await engine()).softmaxOverflow(o);
export const lossFunctions = async (o: Arg<'lossFunctions'>) => (await engine()).lossFunctions(o);
