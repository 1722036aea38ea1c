// Pure logic of train-cnn: the race of the book's SimpleConvNet (Adam, η = 0.001, batch 100)
// beside the chapter-5 two-layer net (784 → 50 → 10, ReLU, σ = 0.01, SGD η = 0.1) on the same
// mini-batches, and the grey levels of filters and feature maps. No React, no engine.
import type { RaceOptions } from '../../experiments/client';
import type { Values } from '../schema';
import type { TrainCnnSchema } from './schema';

export const BATCH_SIZE = 100;
/** test accuracy during training: the first 1,000 test digits every 100 iterations */
export const EVAL_SIZE = 1_000;
export const EVAL_EVERY = 100;
/** iterations per epoch (60,000 / 100) */
export const EPOCH = 600;
export const CNN_LABEL = 'SimpleConvNet';
export const MLP_LABEL = '2층 신경망';

export function raceOptions(v: Values<TrainCnnSchema>): RaceOptions {
  return {
    variants: [
      { label: CNN_LABEL, net: { kind: 'simple-conv' }, optimizer: 'adam', lr: 0.001 },
      ...(v.compare
        ? [{ label: MLP_LABEL, net: { hiddenSizes: [50], init: 0.01 }, optimizer: 'sgd' as const, lr: 0.1 }] // prettier-ignore
        : []),
    ],
    batchSize: BATCH_SIZE,
    iterations: v.iterations,
    seed: v.seed,
    evalEvery: EVAL_EVERY,
    evalSize: EVAL_SIZE,
  };
}

/**
 * `count` tiles of size×size values (row-major, one after another) as grey levels 0…255, each
 * tile scaled on its own from its smallest (black) to its largest value (white), as the book's
 * Fig 7-24 draws filters. A constant tile is mid-grey (or black when it is all zero, e.g. a
 * feature map ReLU silenced).
 */
export function greyTiles(values: ArrayLike<number>, count: number, size: number): Uint8Array {
  const n = size * size;
  const out = new Uint8Array(count * n);
  for (let t = 0; t < count; t++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = t * n; i < (t + 1) * n; i++) {
      lo = Math.min(lo, values[i]);
      hi = Math.max(hi, values[i]);
    }
    const flat = hi - lo < 1e-12;
    for (let i = t * n; i < (t + 1) * n; i++)
      out[i] = flat ? (hi === 0 ? 0 : 128) : Math.round((255 * (values[i] - lo)) / (hi - lo));
  }
  return out;
}

/** The largest |change| between two sets of filters (0 when either is missing). */
export function filterChange(a: ArrayLike<number> | null, b: ArrayLike<number> | null): number {
  if (!a || !b || a.length !== b.length) return 0;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** "1.5에폭" style: iterations as epochs of 600. */
export const epochs = (iterations: number) =>
  `${(iterations / EPOCH).toLocaleString('ko-KR', { maximumFractionDigits: 2 })}에폭`;
