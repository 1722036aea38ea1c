// The interactive trainer (trainer.ts) as the worker exposes it: sessions by id, progress to the
// page through a proxied callback (released with the session), typed arrays transferred.
import * as Comlink from 'comlink';
import {
  createTrainer,
  disposeTrainer,
  trainerMistakes,
  trainerPause,
  trainerPredict,
  trainerRun,
  trainerStep,
} from './trainer';
import type { IdxFiles, Mistake, TrainerOptions, TrainerProgress } from './trainer-types';
import { release, relay, type Call, type RemoteCallback } from './worker-api-util';

/** Each progress report is a fresh object (its arrays are copies): hand its loss over. */
const handOver = (p: TrainerProgress) => Comlink.transfer(p, [p.loss.buffer as ArrayBuffer]);

export function trainerApi(call: Call) {
  const callbacks = new Map<number, RemoteCallback<TrainerProgress>>();
  return {
    async createTrainer(
      o: TrainerOptions,
      onProgress: RemoteCallback<TrainerProgress>,
      files?: IdxFiles,
    ): Promise<number> {
      const send = relay(onProgress)!;
      try {
        const id = await call(() => createTrainer(o, (p) => send(handOver(p)), files));
        callbacks.set(id, onProgress);
        return id;
      } catch (e) {
        release(onProgress);
        throw e;
      }
    },
    trainerRun: (id: number) => call(() => trainerRun(id)),
    trainerPause: (id: number) => trainerPause(id),
    trainerStep: (id: number) => call(() => trainerStep(id)),
    async trainerPredict(id: number, pixels: Float32Array): Promise<Float32Array> {
      const p = await call(() => trainerPredict(id, pixels));
      return Comlink.transfer(p, [p.buffer as ArrayBuffer]);
    },
    async trainerMistakes(id: number, limit: number): Promise<Mistake[]> {
      const list = await call(() => trainerMistakes(id, limit));
      return Comlink.transfer(
        list,
        list.map((m) => m.pixels.buffer as ArrayBuffer),
      );
    },
    disposeTrainer(id: number): void {
      disposeTrainer(id);
      release(callbacks.get(id)); // a chunk in flight may still report: relay() ignores it
      callbacks.delete(id);
    },
  };
}
