// Parameters of `::batch-norm` (book Fig 6-18/6-19, ch06/batch_norm_test.py): the weight scale
// w (an index into np.logspace(0, −4, 16)), where BatchNorm goes, epochs, the learning rate and
// the seed. The book's settings are the defaults: 20 epochs of SGD η = 0.01, BN before ReLU.
import { defineSchema } from '../schema';

/** The book's max_epochs. */
export const BOOK_EPOCHS = 20;

/**
 * The default scale: index 4, w = 10^(−16/15) ≈ 0.0858. The book's script draws all 16 panels
 * (Fig 6-19) and names no single w for Fig 6-18; this is a panel where, on our data, BN learns
 * fast and the plain network crawls (see model.ts and the chapter).
 */
export const DEFAULT_SCALE = 4;

export const schema = defineSchema({
  scale: {
    kind: 'number',
    default: DEFAULT_SCALE,
    min: 0,
    max: 15,
    step: 1,
    integer: true,
    label: '가중치 초깃값의 표준편차 w',
  },
  position: {
    kind: 'enum',
    default: 'before',
    options: ['before', 'after'] as const,
    optionLabels: { before: 'ReLU 앞 (책)', after: 'ReLU 뒤' },
    control: 'radio',
    label: 'BN 위치',
  },
  both: { kind: 'boolean', default: false, label: '반대 위치의 BN도 함께 그리기' },
  epochs: {
    kind: 'number',
    default: BOOK_EPOCHS,
    min: 1,
    max: 100,
    step: 1,
    integer: true,
    label: '에폭 수',
  },
  lr: {
    kind: 'number',
    default: 0.01,
    min: 0.0001,
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

export type BatchNormSchema = typeof schema;
