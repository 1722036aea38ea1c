// Parameters of `::gradient-descent` (the book's §4.4.1, Fig 4-10): gradient_descent(function_2,
// init_x=np.array([-3.0, 4.0]), lr=0.1, step_num=20 … 100).
import { defineSchema } from '../schema';

export const schema = defineSchema({
  lr: {
    kind: 'number',
    default: 0.1,
    min: 1e-10,
    max: 10,
    step: 0.1,
    scale: 'log',
    label: '학습률 lr',
  },
  steps: {
    kind: 'number',
    default: 20,
    min: 0,
    max: 100,
    step: 1,
    integer: true,
    label: '반복 횟수 step_num',
  },
  'init-x0': { kind: 'number', default: -3, min: -5, max: 5, step: 0.1, label: '시작점 x₀' },
  'init-x1': { kind: 'number', default: 4, min: -5, max: 5, step: 0.1, label: '시작점 x₁' },
});

export type GradientDescentSchema = typeof schema;
