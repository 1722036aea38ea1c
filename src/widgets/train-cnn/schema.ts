// Parameters of `::train-cnn` (the book's SimpleConvNet, ch7, Fig 7-24): how long to train, the
// two-layer net beside it, the test digit whose feature maps are drawn, and the seed. The book's
// net, optimizer (Adam 0.001) and batch (100) are fixed (model.ts). The book trains 20 epochs
// (12,000 iterations of 100); the default is a short run so a first picture comes within seconds
// on a CPU (the widget offers the book's run with one button and says so).
import { defineSchema } from '../schema';

/** 20 epochs of 60,000 digits in batches of 100 (the book's train_convnet.py) */
export const BOOK_ITERATIONS = 12_000;

export const schema = defineSchema({
  iterations: {
    kind: 'number',
    default: 100,
    min: 10,
    max: BOOK_ITERATIONS,
    step: 10,
    integer: true,
    label: '반복 횟수',
  },
  compare: { kind: 'boolean', default: true, label: '2층 신경망도 같은 미니배치로 학습 (비교)' },
  digit: {
    kind: 'number',
    default: 0,
    min: 0,
    max: 9999,
    step: 1,
    integer: true,
    label: '특징 맵을 볼 시험 데이터 번호',
  },
  testSize: {
    kind: 'number',
    default: 10_000,
    min: 100,
    max: 10_000,
    step: 100,
    integer: true,
    label: '채점할 시험 데이터 수 (앞에서부터)',
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

export type TrainCnnSchema = typeof schema;
