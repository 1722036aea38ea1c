// Pure logic of `::overfitting` (the book's Fig 6-20 ~ 6-23): the race of two MultiLayerNets on
// the same mini-batches (no regularisation beside weight decay and/or dropout), the accuracy
// curves per epoch and the train − test gap. No React, no engine: unit-tested in Node.
import type { RaceLane, RaceOptions, RaceVariant } from '../../experiments/client';
import type { Values } from '../schema';
import type { OverfittingSchema } from './schema';

export type OverfittingValues = Values<OverfittingSchema>;

/** The book's overfitting net: six hidden layers of 100 ReLU units, He init; batch 100. */
export const HIDDEN = [100, 100, 100, 100, 100, 100];
export const BATCH_SIZE = 100;
/** the book's max_epochs: 201 in overfit_weight_decay.py, 301 in overfit_dropout.py */
export const BOOK_EPOCHS = 201;
export const BOOK_EPOCHS_DROPOUT = 301;
export const BOOK_TEST_SIZE = '10000';

/** The book's iter_per_epoch = max(train_size / batch_size, 1). */
export const itersPerEpoch = (trainSize: number) => Math.max(1, Math.round(trainSize / BATCH_SIZE));

/** The book's run for these settings: 301 epochs when dropout is on, 201 otherwise. */
export const bookEpochs = (v: Pick<OverfittingValues, 'dropout'>) =>
  v.dropout > 0 ? BOOK_EPOCHS_DROPOUT : BOOK_EPOCHS;

/** True when the run is the book's length on the whole test set. */
export const isBookRun = (v: OverfittingValues) =>
  v.epochs === bookEpochs(v) && v['test-size'] === BOOK_TEST_SIZE;

const num = (v: number) => String(Number(v.toPrecision(3)));

/** The regularised lane's name: '가중치 감소 λ = 0.1', '드롭아웃 0.2' or both ('' for none). */
export function regularisedLabel(weightDecay: number, dropout: number): string {
  const parts: string[] = [];
  if (weightDecay > 0) parts.push(`가중치 감소 λ = ${num(weightDecay)}`);
  if (dropout > 0) parts.push(`드롭아웃 ${num(dropout)}`);
  return parts.join(' + ');
}

export const PLAIN_LABEL = '정규화 없음';

/** The lanes: 정규화 없음, then the regularised net when λ or the dropout ratio is above 0. */
export function variants(v: OverfittingValues): RaceVariant[] {
  const net = { hiddenSizes: HIDDEN, activation: 'relu' as const, init: 'he' as const };
  const out: RaceVariant[] = [{ label: PLAIN_LABEL, net, optimizer: 'sgd', lr: v.lr }];
  const label = regularisedLabel(v['weight-decay'], v.dropout);
  if (label)
    out.push({
      label,
      net: { ...net, weightDecay: v['weight-decay'], dropout: v.dropout },
      optimizer: 'sgd',
      lr: v.lr,
    });
  return out;
}

/** The race: every lane on the same batches from the first `train-size` digits, evaluated every epoch. */
export function raceOptions(v: OverfittingValues): RaceOptions {
  const perEpoch = itersPerEpoch(v['train-size']);
  return {
    variants: variants(v),
    batchSize: BATCH_SIZE,
    iterations: v.epochs * perEpoch,
    seed: v.seed,
    trainSize: v['train-size'],
    evalEvery: perEpoch,
    evalSize: Number(v['test-size']),
  };
}

/** One chart row: the epoch and lane k's train / test accuracy under `tr${k}` / `te${k}`. */
export type AccuracyRow = { epoch: number } & Record<string, number | null>;

/** Every lane's accuracies as chart rows, one per evaluation (an epoch's end). */
export function accuracyRows(lanes: readonly RaceLane[], perEpoch: number): AccuracyRow[] {
  const byEpoch = new Map<number, AccuracyRow>();
  lanes.forEach((l, k) =>
    l.evalAt.forEach((it, i) => {
      const epoch = it / perEpoch;
      const row = byEpoch.get(epoch) ?? ({ epoch } as AccuracyRow);
      row[`tr${k}`] = Number.isFinite(l.trainAcc[i]) ? l.trainAcc[i] : null;
      row[`te${k}`] = Number.isFinite(l.testAcc[i]) ? l.testAcc[i] : null;
      byEpoch.set(epoch, row);
    }),
  );
  return [...byEpoch.values()].sort((a, b) => a.epoch - b.epoch);
}

export interface LaneSummary {
  label: string;
  /** epoch of the last evaluation (null before the first) */
  epoch: number | null;
  train: number | null;
  test: number | null;
  /** train − test accuracy at the last evaluation */
  gap: number | null;
  /** the best test accuracy so far */
  bestTest: number | null;
}

/** The numbers read off a lane's curves: the last train and test accuracy and their gap. */
export function summarize(l: RaceLane, perEpoch: number): LaneSummary {
  const n = l.evalAt.length;
  if (n === 0) return { label: l.label, epoch: null, train: null, test: null, gap: null, bestTest: null }; // prettier-ignore
  const train = l.trainAcc[n - 1];
  const test = l.testAcc[n - 1];
  return {
    label: l.label,
    epoch: l.evalAt[n - 1] / perEpoch,
    train,
    test,
    gap: train - test,
    bestTest: Math.max(...l.testAcc),
  };
}

/** "12.3%p": a difference of accuracies in percentage points ('—' when unknown). */
export function pp(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  return `${(v * 100).toFixed(1).replace('-', '−')}%p`;
}
