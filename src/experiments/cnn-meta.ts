// The contract of the cnn experiments (chapter 7's SimpleConvNet: its first-layer filters, the
// feature maps of a test digit, its test accuracy): plain options in, plain numbers out, so it
// crosses the worker boundary unchanged. Engine-free (types and constants only), so the page may
// import it through cnn-client.ts.
import type { BackendName } from '../engine';

/** The book's trained SimpleConvNet as shipped in public/models/ (ch07/params.pkl, 2016). */
export const CH7_WEIGHTS = 'ch7-simple-convnet';

/** The book's SimpleConvNet: 30 filters 5×5 over a 28×28 digit → 30 maps 24×24. */
export const CNN_FILTERS = 30;
export const CNN_FILTER_SIZE = 5;
export const CNN_MAP_SIZE = 24;

/** Which network: lane `lane` of a race (race.ts), or the book's own trained weights. */
export type CnnSource = { race: number; lane: number } | 'book';

export interface CnnViewOptions {
  source: CnnSource;
  /** index of the official test digit whose feature maps are wanted (0…9,999) */
  digit: number;
}

export interface CnnView {
  /** the 30 filters, [30, 1, 5, 5] flattened */
  filters: Float32Array;
  /** Conv1 → ReLU of the digit: [30, 24, 24] flattened */
  maps: Float32Array;
  /** the digit's grey levels (784, 0…255) and its label */
  image: Uint8Array;
  label: number;
  backend: BackendName;
}

export interface CnnScoreOptions {
  source: CnnSource;
  /** score the first n official test digits (default all 10,000) */
  n?: number;
}

export interface CnnScoreProgress {
  done: number;
  total: number;
  /** bytes of the files still loading (weights and the test chunk), 0 once loaded */
  bytesLoaded: number;
  bytesTotal: number;
}

export interface CnnScore {
  correct: number;
  total: number;
  ms: number;
  backend: BackendName;
}
