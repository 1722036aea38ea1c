// Parameters of `::optimizer-mnist` (the book's Fig 6-9): which optimizers race, how many
// iterations, the curve drawn and the seed. The book's net and rates are fixed (model.ts); the
// book ran 2,000 iterations, the default here is shorter so a first picture comes within seconds
// on a CPU (the widget offers the book's 2,000 with one button and says so).
import { defineSchema } from '../schema';

export const BOOK_ITERATIONS = 2_000;

export const schema = defineSchema({
  sgd: { kind: 'boolean', default: true, label: 'SGD (η = 0.01)' },
  momentum: { kind: 'boolean', default: true, label: '모멘텀 (η = 0.01)' },
  adagrad: { kind: 'boolean', default: true, label: 'AdaGrad (η = 0.01)' },
  adam: { kind: 'boolean', default: true, label: 'Adam (η = 0.001)' },
  rmsprop: { kind: 'boolean', default: false, label: 'RMSProp (η = 0.001)' },
  nesterov: { kind: 'boolean', default: false, label: '네스테로프 (η = 0.01)' },
  iterations: {
    kind: 'number',
    default: 200,
    min: 10,
    max: 5_000,
    step: 10,
    integer: true,
    label: '반복 횟수',
  },
  curve: {
    kind: 'enum',
    default: 'smooth',
    options: ['smooth', 'raw'] as const,
    optionLabels: { smooth: '매끄럽게 (책의 smooth_curve)', raw: '원래 값' },
    label: '손실 곡선',
  },
  seed: {
    kind: 'number',
    default: 0,
    min: 0,
    max: 99999,
    step: 1,
    integer: true,
    label: '난수 시드',
  },
});

export type OptimizerMnistSchema = typeof schema;
