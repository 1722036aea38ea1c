// What a training session shows the page (an immutable view) and the small rules around it.
import type { DataProgress, IdxFiles, Mistake, TrainerProgress } from './compute';

export type SessionStatus =
  'loading' | 'ready' | 'running' | 'paused' | 'done' | 'diverged' | 'error';

export interface SessionView {
  /** increments with every new session */
  gen: number;
  status: SessionStatus;
  /** the download, while it goes on (and after) */
  data: DataProgress | null;
  progress: TrainerProgress | null;
  /** misclassified official test digits at `iteration` (fetched when the run stops) */
  mistakes: { iteration: number; list: Mistake[] } | null;
  error: Error | null;
  /** the session trains on the reader's own files (also while it loads) */
  onFiles: boolean;
  /** performance.now() of the last change (the report's "numbers arrived") */
  at: number;
}

/** How many misclassified test digits the grid shows. */
export const MISTAKES = 24;

/** How often a running session redraws the widget, ms. */
export const REDRAW_MS = 250;

export const canRun = (s: SessionStatus) => s === 'ready' || s === 'paused';

/** Fresh copies: the buffers sent to the worker are transferred (detached here). */
export const copyOf = (f: IdxFiles): IdxFiles => ({
  trainImages: f.trainImages.slice(),
  trainLabels: f.trainLabels.slice(),
  testImages: f.testImages.slice(),
  testLabels: f.testLabels.slice(),
});

export function statusOf(p: TrainerProgress): SessionStatus {
  // the trainer marks the first blown-up loss (DIVERGENCE_LOSS); no need to rescan the curve
  if (p.divergedAt !== null) return 'diverged';
  return p.phase;
}
