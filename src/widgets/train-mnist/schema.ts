// Parameters of `::train-mnist`: the book's TwoLayerNet (784-50-10, σ 0.01) trained by SGD with
// lr 0.1, batch 100, 10,000 iterations, evaluated every epoch, on the official MNIST. The
// optimizer list comes from the experiments' engine-free metadata (this schema is part of the
// page's first bundle, so it must not pull in the engine).
import { OPTIMIZER_NAMES } from '../../experiments/meta';
import { defineSchema } from '../schema';

export const schema = defineSchema({
  'hidden-size': {
    kind: 'number',
    default: 50,
    min: 2,
    max: 500,
    step: 0.01,
    scale: 'log',
    integer: true,
    label: '은닉층 뉴런 수',
  },
  lr: {
    kind: 'number',
    default: 0.1,
    min: 0.001,
    max: 10,
    step: 0.01,
    scale: 'log',
    label: '학습률 η',
  },
  'batch-size': {
    kind: 'number',
    default: 100,
    min: 1,
    max: 1000,
    step: 0.01,
    scale: 'log',
    integer: true,
    label: '배치 크기',
  },
  iterations: {
    kind: 'number',
    default: 10_000,
    min: 10,
    max: 30_000,
    step: 10,
    integer: true,
    label: '반복 횟수',
  },
  activation: {
    kind: 'enum',
    default: 'relu',
    options: ['relu', 'sigmoid'] as const,
    optionLabels: { relu: 'ReLU', sigmoid: '시그모이드' },
    label: '은닉층 활성화 함수',
  },
  optimizer: {
    kind: 'enum',
    default: 'sgd',
    options: OPTIMIZER_NAMES,
    optionLabels: {
      sgd: 'SGD',
      momentum: 'Momentum',
      nesterov: 'Nesterov',
      adagrad: 'AdaGrad',
      rmsprop: 'RMSProp',
      adam: 'Adam',
    },
    label: '옵티마이저',
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
  'init-std': {
    kind: 'number',
    default: 0.01,
    min: 0.0001,
    max: 1,
    step: 0.01,
    scale: 'log',
    label: '초기 가중치 표준편차 σ',
  },
  'eval-every': {
    kind: 'number',
    default: 0,
    min: 0,
    max: 30_000,
    step: 10,
    integer: true,
    label: '평가 간격 (반복, 0이면 한 에폭)',
  },
  'eval-size': {
    kind: 'number',
    default: 60_000,
    min: 100,
    max: 60_000,
    step: 100,
    integer: true,
    label: '평가에 쓸 이미지 수 (세트마다 최대)',
  },
});

export type TrainMnistSchema = typeof schema;
