// The page's side of the cnn experiments (train-cnn, ch7; re-exported by client.ts). Only type
// imports from the engine side.
import * as Comlink from 'comlink';
import { engine, type Arg } from './client-engine';
import type { CnnScoreProgress } from './cnn-meta';

export type * from './cnn-meta';
export { CH7_WEIGHTS, CNN_FILTERS, CNN_FILTER_SIZE, CNN_MAP_SIZE } from './cnn-meta';

/** The filters SimpleConvNet({ seed }) starts from ([30, 1, 5, 5] flattened). */
export const cnnInitialFilters = async (seed: number) => (await engine()).cnnInitialFilters(seed);
/** The 30 filters of a race lane or of the book's net, and the feature maps of a test digit. */
export const cnnView = async (o: Arg<'cnnView'>) => (await engine()).cnnView(o);
/** Correct answers on the first n official test digits, with progress. */
export const cnnScore = async (o: Arg<'cnnScore'>, onProgress?: (p: CnnScoreProgress) => void) =>
  (await engine()).cnnScore(o, onProgress ? Comlink.proxy(onProgress) : undefined);
