// Parameters of `::overfitting` (the book's Fig 6-20 ~ 6-23: ch06/overfit_weight_decay.py and
// overfit_dropout.py): the first 300 training digits, six hidden layers of 100 ReLU units, SGD
// η = 0.01, batch 100. The book's weight-decay run has λ = 0.1 and no dropout (the default here);
// the chapter's dropout section writes `::overfitting{weight-decay=0 dropout=0.2}`. The book ran
// 201 epochs (301 for dropout) and measured the whole test set every epoch; the default is 100
// epochs measured on the first 1,000 test digits (both nets: about 40 s of one CPU core on wasm,
// the curves growing as it goes; train reaches 100% near epoch 90), and the widget offers the
// book's full run ("책 설정 그대로").
import { defineSchema } from '../schema';

export const TEST_SIZES = ['500', '1000', '2000', '10000'] as const;

export const schema = defineSchema({
  'weight-decay': {
    kind: 'number',
    default: 0.1,
    min: 0,
    max: 0.5,
    step: 0.01,
    label: '가중치 감소 λ',
  },
  dropout: {
    kind: 'number',
    default: 0,
    min: 0,
    max: 0.9,
    step: 0.05,
    label: '드롭아웃 비율',
  },
  epochs: {
    kind: 'number',
    default: 100,
    min: 5,
    max: 400,
    step: 5,
    integer: true,
    label: '에폭 수',
  },
  'train-size': {
    kind: 'number',
    default: 300,
    min: 100,
    max: 3_000,
    step: 100,
    integer: true,
    label: '훈련 데이터 수',
  },
  'test-size': {
    kind: 'enum',
    default: '1000',
    options: TEST_SIZES,
    optionLabels: { '500': '앞 500장', '1000': '앞 1,000장', '2000': '앞 2,000장', '10000': '전부 10,000장 (책)' }, // prettier-ignore
    label: '시험 정확도를 잴 시험 데이터',
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

export type OverfittingSchema = typeof schema;
