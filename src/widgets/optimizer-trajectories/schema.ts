// Parameters of `::optimizer-trajectories` (the book's Fig 6-8). Defaults are the book's:
// f(x, y) = x²/20 + y², start (−7, 2), 30 steps, SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3.
// Nesterov (0.1, like Momentum) and RMSProp (0.2) are ours: both reach the minimum in 30 steps.
import { BOOK_LR } from '../../experiments/book';
import { defineSchema } from '../schema';

const lr = (label: string, book: number) =>
  ({
    kind: 'number',
    default: book,
    min: 0.001,
    max: 100,
    step: 0.01,
    scale: 'log',
    label,
  }) as const;
const show = (label: string) => ({ kind: 'boolean', default: true, label }) as const;

export const schema = defineSchema({
  surface: {
    kind: 'enum',
    default: 'bowl',
    options: ['bowl', 'rosenbrock', 'saddle'] as const,
    optionLabels: {
      bowl: '책의 함수 x²/20 + y²',
      rosenbrock: '로젠브록 함수',
      saddle: '안장점 x² − y²',
    },
    label: '함수',
  },
  layout: {
    kind: 'enum',
    default: 'multiples',
    options: ['multiples', 'overlaid'] as const,
    optionLabels: { multiples: '따로 (책처럼)', overlaid: '한 그림에 겹쳐서' },
    label: '보기 방식',
  },
  steps: {
    kind: 'number',
    default: 30,
    min: 1,
    max: 100,
    step: 1,
    integer: true,
    label: '갱신 횟수',
  },
  'start-x': { kind: 'number', default: -7, min: -10, max: 10, step: 0.1, label: '시작점 x' },
  'start-y': { kind: 'number', default: 2, min: -10, max: 10, step: 0.1, label: '시작점 y' },
  'lr-sgd': lr('SGD 학습률', BOOK_LR.sgd),
  'lr-momentum': lr('모멘텀 학습률', BOOK_LR.momentum),
  'lr-nesterov': lr('네스테로프 학습률', BOOK_LR.nesterov),
  'lr-adagrad': lr('AdaGrad 학습률', BOOK_LR.adagrad),
  'lr-rmsprop': lr('RMSProp 학습률', BOOK_LR.rmsprop),
  'lr-adam': lr('Adam 학습률', BOOK_LR.adam),
  'show-sgd': show('SGD 보이기'),
  'show-momentum': show('모멘텀 보이기'),
  'show-nesterov': show('네스테로프 보이기'),
  'show-adagrad': show('AdaGrad 보이기'),
  'show-rmsprop': show('RMSProp 보이기'),
  'show-adam': show('Adam 보이기'),
});

export type OptimizerTrajectoriesSchema = typeof schema;
