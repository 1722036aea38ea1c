// Parameters of `::deep-convnet` (ch. 8, the book's Fig 8-3). The book scores all 10,000 test
// digits from the first; the feature maps start at the first convolution.
import { defineSchema } from '../schema';

export const schema = defineSchema({
  start: {
    kind: 'number',
    default: 0,
    min: 0,
    max: 9990,
    step: 10,
    integer: true,
    label: '첫 시험 숫자 번호',
  },
  digits: {
    kind: 'number',
    default: 10000,
    min: 10,
    max: 10000,
    step: 10,
    integer: true,
    label: '채점할 시험 숫자 수',
  },
  maps: { kind: 'boolean', default: true, label: '그린 숫자의 특징 맵 보기' },
  layer: {
    kind: 'enum',
    options: ['conv1', 'conv2', 'conv3', 'conv4', 'conv5', 'conv6'] as const,
    default: 'conv1',
    optionLabels: {
      conv1: '합성곱 1 (16장, 28×28)',
      conv2: '합성곱 2 (16장, 28×28)',
      conv3: '합성곱 3 (32장, 14×14)',
      conv4: '합성곱 4 (32장, 16×16)',
      conv5: '합성곱 5 (64장, 8×8)',
      conv6: '합성곱 6 (64장, 8×8)',
    },
    label: '특징 맵을 볼 층',
  },
});

export type DeepConvnetSchema = typeof schema;
