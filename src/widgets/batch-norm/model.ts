// Pure logic of `::batch-norm` (book Fig 6-18/6-19, ch06/batch_norm_test.py): the races it asks
// the engine for (the first 1,000 training digits, 5×100 ReLU, SGD, batch 100, training accuracy
// once per epoch), the chart rows, the 16-panel grid's verdicts and the running-statistics
// summaries. No React, no engine: unit-tested in Node.
import {
  BN_WEIGHT_SCALES,
  type BatchNormLayerStats,
  type RaceLane,
  type RaceNet,
  type RaceOptions,
  type RaceVariant,
} from '../../experiments/client';
import type { Values } from '../schema';
import type { BatchNormSchema } from './schema';

export const TRAIN_SIZE = 1_000;
export const BATCH_SIZE = 100;
/** iterations per epoch: the book's iter_per_epoch = max(train_size / batch_size, 1) */
export const ITERS_PER_EPOCH = TRAIN_SIZE / BATCH_SIZE;
/** test digits evaluated (in test mode) at each epoch's end */
export const EVAL_SIZE = 1_000;
export const HIDDEN = [100, 100, 100, 100, 100];

type V = Values<BatchNormSchema>;
export type Position = V['position'];
export type LaneKind = 'bn' | 'plain' | 'other';

/** w of scale index i (clamped to the 16 scales). */
export const scaleOf = (i: number) =>
  BN_WEIGHT_SCALES[Math.min(BN_WEIGHT_SCALES.length - 1, Math.max(0, Math.round(i)))];

/** w for reading: 1, 0.541, 0.0858, 0.000118, 0.0001. */
export function formatScale(w: number): string {
  return String(Number(w.toPrecision(3)));
}

export const positionName = (p: Position) => (p === 'before' ? 'ReLU 앞' : 'ReLU 뒤');

function net(w: number, bn: Position | null): RaceNet {
  return {
    hiddenSizes: HIDDEN,
    activation: 'relu',
    init: w,
    ...(bn ? { batchNorm: true, batchNormPosition: bn } : {}),
  };
}

function variant(label: string, w: number, bn: Position | null, lr: number): RaceVariant {
  return { label, net: net(w, bn), optimizer: 'sgd', lr };
}

const other = (p: Position): Position => (p === 'before' ? 'after' : 'before');

/** The main view's lanes, in race order: BN (chosen position), without BN, [BN at the other position]. */
export function mainLanes(
  v: V,
): Array<{ kind: LaneKind; label: string; position: Position | null }> {
  const lanes: Array<{ kind: LaneKind; label: string; position: Position | null }> = [
    { kind: 'bn', label: `BN (${positionName(v.position)})`, position: v.position },
    { kind: 'plain', label: 'BN 없음', position: null },
  ];
  if (v.both)
    lanes.push({ kind: 'other', label: `BN (${positionName(other(v.position))})`, position: other(v.position) }); // prettier-ignore
  return lanes;
}

const common = (v: V) => ({
  batchSize: BATCH_SIZE,
  iterations: v.epochs * ITERS_PER_EPOCH,
  seed: v.seed,
  trainSize: TRAIN_SIZE,
  evalEvery: ITERS_PER_EPOCH,
  evalSize: EVAL_SIZE,
});

/** The race of the chosen w: with BN and without (same initial draws, same batches). */
export function raceOptions(v: V): RaceOptions {
  const w = scaleOf(v.scale);
  return {
    variants: mainLanes(v).map((l) => variant(l.label, w, l.position, v.lr)),
    ...common(v),
  };
}

/** The 16-panel grid (Fig 6-19): for every w, with BN (lane 2i) and without (lane 2i + 1). */
export function gridOptions(v: V): RaceOptions {
  return {
    variants: BN_WEIGHT_SCALES.flatMap((w, i) => [
      variant(`BN ${i}`, w, v.position, v.lr),
      variant(`없음 ${i}`, w, null, v.lr),
    ]),
    ...common(v),
  };
}

/** One chart row: the epoch (1-based: accuracy measured at its end) and each lane's accuracy. */
export type AccRow = { epoch: number } & Record<string, number | null>;

/** Training accuracy per epoch of every lane (`a${k}`), null where not measured (yet). */
export function accuracyRows(lanes: readonly RaceLane[]): AccRow[] {
  const n = Math.max(0, ...lanes.map((l) => l.evalAt.length));
  return Array.from({ length: n }, (_, e) => {
    const row: AccRow = { epoch: e + 1 };
    lanes.forEach((l, k) => {
      const a = l.trainAcc[e];
      row[`a${k}`] = a === undefined || !Number.isFinite(a) ? null : a;
    });
    return row;
  });
}

/** The last measured training accuracy of a lane (undefined before the first epoch ends). */
export const lastAcc = (l: RaceLane | undefined) => l?.trainAcc.at(-1);

export interface GridVerdict {
  index: number;
  w: number;
  bn: number | undefined;
  plain: number | undefined;
}

/** Each panel's last accuracies (BN and without), for the 16 scales. */
export function gridVerdicts(lanes: readonly RaceLane[]): GridVerdict[] {
  return BN_WEIGHT_SCALES.map((w, index) => ({
    index,
    w,
    bn: lastAcc(lanes[2 * index]),
    plain: lastAcc(lanes[2 * index + 1]),
  }));
}

/**
 * The scales BN rescues: with BN the network learns (≥ `learns`), without it stays near chance
 * (< `stuck`). Only finished panels count.
 */
export function rescued(verdicts: readonly GridVerdict[], learns = 0.5, stuck = 0.2): number[] {
  return verdicts
    .filter((g) => g.bn !== undefined && g.plain !== undefined && g.bn >= learns && g.plain < stuck)
    .map((g) => g.index);
}

export interface Summary {
  min: number;
  mean: number;
  max: number;
}

/** min, mean and max of an array (NaN for an empty one). */
export function summarize(a: ArrayLike<number>): Summary {
  if (a.length === 0) return { min: NaN, mean: NaN, max: NaN };
  let min = Infinity, max = -Infinity, sum = 0; // prettier-ignore
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
  }
  return { min, mean: sum / a.length, max };
}

export interface LayerSummary {
  name: string;
  mean: Summary;
  variance: Summary;
}

export const summarizeLayers = (layers: readonly BatchNormLayerStats[]): LayerSummary[] =>
  layers.map((l) => ({ name: l.name, mean: summarize(l.mean), variance: summarize(l.variance) }));

/**
 * The grid's expected time at the pace of the main race so far: the grid trains 32 networks for
 * `epochs`, the main race trained `lanes` networks for `iteration` iterations in `elapsedMs`.
 * Null before the main race has run.
 */
export function gridEstimateMs(
  main: { iteration: number; elapsedMs: number; lanes: readonly unknown[] } | null,
  epochs: number,
): number | null {
  if (!main || main.iteration <= 0 || main.elapsedMs <= 0 || main.lanes.length === 0) return null;
  const perLaneIteration = main.elapsedMs / (main.iteration * main.lanes.length);
  return perLaneIteration * 2 * BN_WEIGHT_SCALES.length * epochs * ITERS_PER_EPOCH;
}

/** Seconds for reading: 12.3초, 1분 5초. */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)}초`;
  return `${Math.floor(s / 60)}분 ${Math.round(s % 60)}초`;
}
