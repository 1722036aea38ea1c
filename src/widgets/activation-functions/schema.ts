// Parameters of `::activation-functions`. The book's figures (3-6 … 3-9) plot step, sigmoid and
// ReLU over −5 … 5; tanh, identity and leaky ReLU start hidden.
import { defineSchema } from '../schema';

export const schema = defineSchema({
  x: { kind: 'number', default: 1, min: -5, max: 5, step: 0.1, label: '입력 x' },
  step: { kind: 'boolean', default: true, label: '계단 함수' },
  sigmoid: { kind: 'boolean', default: true, label: '시그모이드' },
  tanh: { kind: 'boolean', default: false, label: 'tanh' },
  relu: { kind: 'boolean', default: true, label: 'ReLU' },
  identity: { kind: 'boolean', default: false, label: '항등 함수' },
  'leaky-relu': { kind: 'boolean', default: false, label: 'Leaky ReLU' },
  derivative: { kind: 'boolean', default: true, label: '도함수 h′(x) 곡선 (점선)' },
  stack: { kind: 'boolean', default: false, label: '비선형성이 왜 필요할까? (층 3개 쌓기)' },
  seed: {
    kind: 'number',
    default: 0,
    min: 0,
    max: 9999,
    step: 1,
    integer: true,
    label: '가중치 시드',
  },
});

export type ActivationFunctionsSchema = typeof schema;
