// Pure logic of weight-init-mnist: the book's Fig 6-15 race (ch06/weight_init_compare.py: four
// hidden layers of 100 units, SGD η = 0.01, batch 128) with σ = 0.01, Xavier and He initial
// weights, from the widget's parameters. The book used ReLU for all three curves.
import type { RaceOptions } from '../../experiments/client';
import type { Values } from '../schema';
import type { WeightInitMnistSchema } from './schema';

export const BATCH_SIZE = 128;
export const EVAL_SIZE = 1_000;

export interface InitLane {
  key: 'std-001' | 'xavier' | 'he';
  label: string;
  init: number | 'xavier' | 'he';
  color: number;
}

/** The book's legend names: std=0.01, Xavier, He. */
export const LANES: readonly InitLane[] = [
  { key: 'std-001', label: 'std=0.01', init: 0.01, color: 0 },
  { key: 'xavier', label: 'Xavier', init: 'xavier', color: 1 },
  { key: 'he', label: 'He', init: 'he', color: 2 },
];

export const chosenLanes = (v: Values<WeightInitMnistSchema>) => LANES.filter((l) => v[l.key]);

/** The race of the checked initial weights (null when none is checked). */
export function raceOptions(v: Values<WeightInitMnistSchema>): RaceOptions | null {
  const lanes = chosenLanes(v);
  if (lanes.length === 0) return null;
  return {
    variants: lanes.map((l) => ({
      label: l.label,
      net: { hiddenSizes: [100, 100, 100, 100], activation: v.activation, init: l.init },
      optimizer: 'sgd',
      lr: v.lr,
    })),
    batchSize: BATCH_SIZE,
    iterations: v.iterations,
    seed: v.seed,
    evalSize: EVAL_SIZE,
  };
}

/** What to expect with this activation (the book's point and what our runs showed, in Korean). */
export function activationNote(a: Values<WeightInitMnistSchema>['activation']): string {
  if (a === 'relu')
    return '책의 그림 6-15는 세 곡선 모두 ReLU로 학습했어요: "Xavier" 곡선도 ReLU 신경망이에요. ReLU에는 He 초깃값이 맞고, σ = 0.01이면 신호가 층마다 작아져 거의 배우지 못해요.';
  if (a === 'tanh')
    return 'tanh처럼 원점 근처가 선형인 S자 함수에는 Xavier 초깃값이 맞아요. σ = 0.01이면 활성화값이 0 근처에 몰려 기울기가 거의 전달되지 않아 손실이 줄지 않아요. 처음 수백 회에서는 σ가 더 큰 He가 더 빨리 내려가기도 해요.';
  return '시그모이드에도 Xavier 초깃값이 맞지만(층마다 활성화값이 고르게 퍼져요), 은닉층이 4개인 시그모이드 신경망을 SGD로 학습하면 처음 수백 회 동안은 세 초깃값 모두 손실이 거의 줄지 않아요. 초깃값의 차이는 층별 활성화값 분포(책의 그림 6-10, 6-11, 6-13의 히스토그램)에서 먼저 보이고, 학습 곡선에서는 tanh일 때 그 차이가 더 잘 보여요.';
}
