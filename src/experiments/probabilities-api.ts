// The worker's side of the softmax and loss-functions (ch3, ch4) experiments: what worker-api.ts exposes.
import { lossFunctions, softmaxDemo, softmaxOverflow } from './probabilities';
import type { Call } from './worker-api-util';

export function probabilitiesApi(call: Call) {
  return {
    softmaxDemo: (o: Parameters<typeof softmaxDemo>[0]) => call(() => softmaxDemo(o)),
    softmaxOverflow: (o: Parameters<typeof softmaxOverflow>[0]) => call(() => softmaxOverflow(o)),
    lossFunctions: (o: Parameters<typeof lossFunctions>[0]) => call(() => lossFunctions(o)),
  };
}
