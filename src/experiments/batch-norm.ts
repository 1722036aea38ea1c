// Batch normalisation's test mode (book §6.3, Fig 6-18/6-19): the running mean and variance each
// BatchNorm layer has gathered while training (μ_run ← 0.9·μ_run + 0.1·μ_B, the same for σ²),
// which test mode normalises with instead of the batch's own statistics. Read from a network as
// it stands, or from a lane of a race (race.ts) between its rounds, with ONE readback.
import { BatchNorm, readAll, type Net } from '../engine';
import type { BatchNormLayerStats } from './batch-norm-meta';
import { raceLaneNet } from './race';

export type * from './batch-norm-meta';

/**
 * Every BatchNorm layer's running mean and variance, in layer order (none: an empty list).
 * The values are copied to the host in one readback; each array has its own buffer.
 */
export async function batchNormStats(net: Net): Promise<BatchNormLayerStats[]> {
  const layers = net.layers.filter((l): l is BatchNorm => l instanceof BatchNorm);
  const data = await readAll(layers.flatMap((l) => [l.runningMean.value, l.runningVar.value]));
  return layers.map((l, i) => ({
    name: l.name,
    mean: data[2 * i].slice(),
    variance: data[2 * i + 1].slice(),
  }));
}

/** The running statistics of lane `lane` of race `id` as it stands now. */
export async function raceBatchNormStats(o: {
  id: number;
  lane: number;
}): Promise<BatchNormLayerStats[]> {
  return batchNormStats(raceLaneNet(o.id, o.lane));
}
