// The BN lane's running statistics, read from the engine's worker whenever the race has moved on
// (the newest answer wins). Null before the first step (the averages start at zero).
import { useEffect, useState } from 'react';
import { raceBatchNormStats, type BatchNormLayerStats } from '../../experiments/client';
import type { RaceView } from '../optimizer-mnist/race-session';

export interface BnStats {
  /** the race iteration the statistics were read at */
  iteration: number;
  layers: BatchNormLayerStats[];
}

/** The statistics of lane `lane` of the race the view shows (its id comes with every report). */
export function useBnStats(view: RaceView, lane: number): BnStats | null {
  const [stats, setStats] = useState<BnStats | null>(null);
  const iteration = view.progress?.iteration ?? -1;
  const live = view.status !== 'loading' && view.status !== 'idle' && view.status !== 'error';
  const gen = view.gen;
  const raceId = view.progress?.raceId ?? null;
  useEffect(() => {
    const id = raceId;
    if (!live || id === null || iteration <= 0) return; // before training: all zeros
    let stale = false;
    raceBatchNormStats({ id, lane }).then(
      (layers) => !stale && setStats({ iteration, layers }),
      () => undefined, // the race was replaced or reset meanwhile: the next progress asks again
    );
    return () => {
      stale = true;
    };
  }, [raceId, live, iteration, lane, gen]);
  return live && stats && stats.iteration <= iteration ? stats : null;
}
