// The page's side of the computational-graph and layer-backprop (ch5) experiments (re-exported by client.ts).
import { engine, type Arg } from './client-engine';

export const shoppingGraph = async (o: Arg<'shoppingGraph'>) => (await engine()).shoppingGraph(o);
export const layerBackprop = async (o: Arg<'layerBackprop'>) => (await engine()).layerBackprop(o);
export const softmaxWithLoss = async (o: Arg<'softmaxWithLoss'>) =>
  (await engine()).softmaxWithLoss(o);

export { BOOK_SHOPPING, SHOPPING_GRAPHS } from './backprop-meta';
export type * from './backprop-meta';
