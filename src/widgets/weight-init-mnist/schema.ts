// Parameters of `::weight-init-mnist` (the book's Fig 6-15): which initial weights race, the
// hidden layers' activation (the book: ReLU for all three), iterations, the curve and the seed.
// The book ran 2,000 iterations; the default is shorter so a first picture comes within seconds.
import { defineSchema } from '../schema';

export const BOOK_ITERATIONS = 2_000;

export const schema = defineSchema({
  'std-001': { kind: 'boolean', default: true, label: '표준편차 0.01' },
  xavier: { kind: 'boolean', default: true, label: 'Xavier (√(1/n))' },
  he: { kind: 'boolean', default: true, label: 'He (√(2/n))' },
  activation: {
    kind: 'enum',
    default: 'relu',
    options: ['relu', 'sigmoid', 'tanh'] as const,
    optionLabels: { relu: 'ReLU (책)', sigmoid: '시그모이드', tanh: 'tanh' },
    label: '은닉층 활성화 함수',
  },
  lr: {
    kind: 'number',
    default: 0.01,
    min: 0.001,
    max: 10, // large enough to diverge: the slider shows what too big a step does
    step: 0.01,
    scale: 'log',
    label: '학습률 η (SGD)',
  },
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

export type WeightInitMnistSchema = typeof schema;
