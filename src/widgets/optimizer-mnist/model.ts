// Pure logic of optimizer-mnist: the book's Fig 6-9 race (common/multi_layer_net.py with four
// hidden layers of 100 ReLU units, He initial weights, batch 128; SGD, Momentum and AdaGrad at
// η = 0.01, Adam at 0.001) from the widget's parameters. RMSProp and Nesterov are not in the
// book's figure: their rates (0.001, 0.01) are ours, next to their relatives Adam and Momentum.
import type { OptimizerName, RaceOptions } from '../../experiments/client';
import type { Values } from '../schema';
import type { OptimizerMnistSchema } from './schema';

export const BATCH_SIZE = 128;
export const EVAL_SIZE = 1_000;

export interface LaneSpec {
  key: OptimizerName;
  label: string;
  lr: number;
  /** series colour index (fixed, so a lane keeps its colour when others are switched off) */
  color: number;
}

export const LANES: readonly LaneSpec[] = [
  { key: 'sgd', label: 'SGD', lr: 0.01, color: 0 },
  { key: 'momentum', label: '모멘텀', lr: 0.01, color: 1 },
  { key: 'adagrad', label: 'AdaGrad', lr: 0.01, color: 2 },
  { key: 'adam', label: 'Adam', lr: 0.001, color: 3 },
  { key: 'rmsprop', label: 'RMSProp', lr: 0.001, color: 4 },
  { key: 'nesterov', label: '네스테로프', lr: 0.01, color: 5 },
];

export const chosenLanes = (v: Values<OptimizerMnistSchema>) => LANES.filter((l) => v[l.key]);

/** The race of the checked optimizers (null when none is checked). */
export function raceOptions(v: Values<OptimizerMnistSchema>): RaceOptions | null {
  const lanes = chosenLanes(v);
  if (lanes.length === 0) return null;
  return {
    variants: lanes.map((l) => ({
      label: l.label,
      net: { hiddenSizes: [100, 100, 100, 100], activation: 'relu', init: 'he' },
      optimizer: l.key,
      lr: l.lr,
    })),
    batchSize: BATCH_SIZE,
    iterations: v.iterations,
    seed: v.seed,
    evalSize: EVAL_SIZE,
  };
}
