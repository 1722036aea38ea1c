// Parameters of `::gradient-field` (the book's Fig 4-9): which gradient draws the arrows, and
// the point whose gradient is read out. The book draws numerical_gradient's arrows, and its
// example numerical_gradient(function_2, np.array([0.0, 2.0])) gives [0. 4.].
import { defineSchema } from '../schema';

export const schema = defineSchema({
  method: {
    kind: 'enum',
    default: 'numerical',
    options: ['numerical', 'backward', 'numerical32'] as const,
    optionLabels: {
      numerical: '수치 미분 (float64, 책의 numpy처럼)',
      backward: '역전파 (엔진의 backward)',
      numerical32: '수치 미분 (float32)',
    },
    control: 'radio',
    label: '화살표를 그릴 기울기',
  },
  x0: { kind: 'number', default: 0, min: -2, max: 2, step: 0.25, label: '점의 x₀' },
  x1: { kind: 'number', default: 2, min: -2, max: 2, step: 0.25, label: '점의 x₁' },
});

export type GradientFieldSchema = typeof schema;
export type FieldMethod = GradientFieldSchema['method']['options'][number];
