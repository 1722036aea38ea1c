// The worker's side of the batch-norm experiments: a race lane's BatchNorm running statistics,
// their typed arrays handed over (not copied) to the page.
import * as Comlink from 'comlink';
import { raceBatchNormStats } from './batch-norm';
import type { BatchNormLayerStats } from './batch-norm-meta';
import type { Call } from './worker-api-util';

const handOver = (layers: BatchNormLayerStats[]) =>
  Comlink.transfer(
    layers,
    layers.flatMap((l) => [l.mean.buffer as ArrayBuffer, l.variance.buffer as ArrayBuffer]),
  );

export function batchNormApi(call: Call) {
  return {
    raceBatchNormStats: async (o: { id: number; lane: number }) =>
      handOver(await call(() => raceBatchNormStats(o))),
  };
}
