// Parameters of `::mnist-inference`. The book (ch03/neuralnet_mnist_batch.py) uses batches of
// 100; the grid starts at the first test digit with every digit shown.
import { defineSchema } from '../schema';

export const schema = defineSchema({
  batch: {
    kind: 'number',
    default: 100,
    min: 1,
    max: 10000,
    integer: true,
    scale: 'log',
    label: '배치 크기 B',
  },
  'wrong-only': { kind: 'boolean', default: false, label: '틀린 것만 보기' },
  digit: {
    kind: 'number',
    default: 0,
    min: 0,
    max: 9999,
    integer: true,
    label: '고른 시험 이미지 번호',
  },
});

export type MnistInferenceSchema = typeof schema;
