// Parameters of `::weight-init-histograms` (the book's §6.2.2): a 1000×100 N(0, 1) input through
// 5 bias-free layers of 100 nodes; the book starts with sigmoid and std 1.
import { defineSchema } from '../schema';

export const schema = defineSchema({
  activation: {
    kind: 'enum',
    default: 'sigmoid',
    options: ['sigmoid', 'tanh', 'relu'] as const,
    optionLabels: { sigmoid: '시그모이드', tanh: 'tanh', relu: 'ReLU' },
    label: '활성화 함수',
  },
  init: {
    kind: 'enum',
    default: 'std',
    options: ['std', 'xavier', 'he'] as const,
    optionLabels: { std: '표준편차 직접 지정', xavier: 'Xavier √(1/n)', he: 'He √(2/n)' },
    label: '초깃값',
  },
  std: {
    kind: 'number',
    default: 1,
    min: 0.001,
    max: 10,
    step: 0.01,
    scale: 'log',
    label: '가중치 표준편차 σ',
  },
  layers: { kind: 'number', default: 5, min: 1, max: 10, step: 1, integer: true, label: '층 수' },
  nodes: {
    kind: 'number',
    default: 100,
    min: 10,
    max: 300,
    step: 10,
    integer: true,
    label: '층당 노드 수 n',
  },
  samples: {
    kind: 'number',
    default: 1000,
    min: 100,
    max: 2000,
    step: 100,
    integer: true,
    label: '입력 데이터 수',
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
  gradients: { kind: 'boolean', default: false, label: '역전파 기울기 히스토그램도 보기' },
});

export type WeightInitHistogramsSchema = typeof schema;
