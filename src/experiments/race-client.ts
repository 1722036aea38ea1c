// The page's side of the optimizer-mnist and weight-init-mnist (ch6): several networks trained on
// the same batches (re-exported by client.ts). Only type imports from the engine side.
import * as Comlink from 'comlink';
import { engine } from './client-engine';
import type { RaceOptions, RaceProgress } from './race-meta';

export type * from './race-meta';
export { RACE_EVAL_SIZE } from './race-meta';

/** A new race on the official MNIST; `onProgress` gets every report (loading, then per round). */
export async function createRace(
  o: RaceOptions,
  onProgress: (p: RaceProgress) => void,
): Promise<number> {
  return (await engine()).createRace(o, Comlink.proxy(onProgress));
}
export const raceRun = async (id: number) => (await engine()).raceRun(id);
export const racePause = async (id: number) => (await engine()).racePause(id);
export const raceStep = async (id: number) => (await engine()).raceStep(id);
export const raceReset = async (id: number) => (await engine()).raceReset(id);
export const disposeRace = async (id: number) => (await engine()).disposeRace(id);
