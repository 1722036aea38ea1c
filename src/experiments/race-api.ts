// The worker's side of the optimizer-mnist and weight-init-mnist (ch6): several networks trained
// on the same batches (race.ts), by id, progress to the page through a proxied callback
// (released with the race), every lane's loss transferred.
import * as Comlink from 'comlink';
import { createRace, disposeRace, racePause, raceReset, raceRun, raceStep } from './race';
import type { RaceOptions, RaceProgress } from './race-meta';
import { release, relay, type Call, type RemoteCallback } from './worker-api-util';

/** Each progress report is a fresh object (its arrays are copies): hand its losses over. */
const handOver = (p: RaceProgress) =>
  Comlink.transfer(
    p,
    p.lanes.map((l) => l.loss.buffer as ArrayBuffer),
  );

export function raceApi(call: Call) {
  const callbacks = new Map<number, RemoteCallback<RaceProgress>>();
  return {
    async createRace(o: RaceOptions, onProgress: RemoteCallback<RaceProgress>): Promise<number> {
      const send = relay(onProgress)!;
      try {
        const id = await call(() => createRace(o, (p) => send(handOver(p))));
        callbacks.set(id, onProgress);
        return id;
      } catch (e) {
        release(onProgress);
        throw e;
      }
    },
    raceRun: (id: number) => call(() => raceRun(id)),
    racePause: (id: number) => racePause(id),
    raceStep: (id: number) => call(() => raceStep(id)),
    raceReset: (id: number) => call(() => raceReset(id)),
    disposeRace(id: number): void {
      disposeRace(id);
      release(callbacks.get(id)); // a round in flight may still report: relay() ignores it
      callbacks.delete(id);
    },
  };
}
