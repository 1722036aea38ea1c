// The worker's side of the computational-graph and layer-backprop (ch5) experiments: what worker-api.ts exposes.
import { shoppingGraph } from './backprop';
import { layerBackprop, softmaxWithLoss } from './backprop-layers';
import type { Call } from './worker-api-util';

export function backpropApi(call: Call) {
  return {
    shoppingGraph: (o: Parameters<typeof shoppingGraph>[0]) => call(() => shoppingGraph(o)),
    layerBackprop: (o: Parameters<typeof layerBackprop>[0]) => call(() => layerBackprop(o)),
    softmaxWithLoss: (o: Parameters<typeof softmaxWithLoss>[0]) => call(() => softmaxWithLoss(o)),
  };
}
