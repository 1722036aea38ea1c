// Parameters of `::softmax` (ch3 §3.5). The book's example a = (0.3, 2.9, 4.0), T = 1, nothing
// added; the overflow demo's logits are (b + 10, b, b − 10), the book's (1010, 1000, 990) at
// b = 1000. a4 … a6 are used only when the count is raised.
import { defineSchema } from '../schema';

const logit = (n: number, d: number) =>
  ({
    kind: 'number',
    default: d,
    min: -10,
    max: 10,
    step: 0.1,
    label: `입력 a${'₁₂₃₄₅₆'[n - 1]}`,
  }) as const;

export const schema = defineSchema({
  count: {
    kind: 'number',
    default: 3,
    min: 3,
    max: 6,
    step: 1,
    integer: true,
    label: '입력 개수 n',
  },
  a1: logit(1, 0.3),
  a2: logit(2, 2.9),
  a3: logit(3, 4),
  a4: logit(4, 1),
  a5: logit(5, -0.5),
  a6: logit(6, 2),
  temperature: {
    kind: 'number',
    default: 1,
    min: 0.1,
    max: 10,
    step: 0.01,
    scale: 'log',
    label: '온도 T',
  },
  shift: {
    kind: 'number',
    default: 0,
    min: -20,
    max: 20,
    step: 0.5,
    label: '모든 입력에 더할 상수 C',
  },
  label: {
    kind: 'number',
    default: 3,
    min: 1,
    max: 6,
    step: 1,
    integer: true,
    label: '정답 위치 k (학습할 때)',
  },
  big: {
    kind: 'number',
    default: 1000,
    min: 0,
    max: 1000,
    step: 10,
    integer: true,
    label: '큰 입력의 가운데 값 b',
  },
});

export type SoftmaxSchema = typeof schema;
