// The engine calls of train-mnist, through the engine worker's typed proxy (src/experiments/
// client): the interactive training session addressed by id. Every call into src/experiments
// this widget makes is here (the schema reads only the engine-free option list).
import {
  createTrainer,
  disposeTrainer,
  trainerMistakes,
  trainerPause,
  trainerPredict,
  trainerRun,
  trainerStep,
  type DataProgress,
  type IdxFiles,
  type Mistake,
  type TrainerOptions,
  type TrainerPhase,
  type TrainerProgress,
} from '../../experiments/client';

export type { DataProgress, IdxFiles, Mistake, TrainerOptions, TrainerPhase, TrainerProgress };

/** What a new session reports: data progress while loading, then the trainer's progress. */
export type SessionEvent = TrainerProgress | { phase: 'loading'; data: DataProgress };

/** A new session on the official MNIST, or on the reader's idx `files` (their buffers are handed over). */
export const openTrainer = (
  o: TrainerOptions,
  onEvent: (e: SessionEvent) => void,
  files?: IdxFiles,
) => createTrainer(o, onEvent, files);
export const runTrainer = (id: number) => trainerRun(id);
export const pauseTrainer = (id: number) => void trainerPause(id);
export const stepTrainer = (id: number) => trainerStep(id);
export const predictDigit = (id: number, pixels: Float32Array) => trainerPredict(id, pixels);
export const testMistakes = (id: number, limit: number) => trainerMistakes(id, limit);
export const closeTrainer = (id: number) => disposeTrainer(id);
