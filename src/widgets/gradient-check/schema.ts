// Parameters of `::gradient-check` (ch5 §5.7.3, the book's gradient_check.py): h = 1e−4 as in
// the book's numerical_gradient, no bug, the numerical side in float64 like numpy's.
import { GRADIENT_BUG_LABELS, GRADIENT_BUGS } from '../../experiments/client';
import { defineSchema } from '../schema';

export const schema = defineSchema({
  h: {
    kind: 'number',
    default: 1e-4,
    min: 1e-10,
    max: 1e-1,
    scale: 'log',
    exactPowers: true, // the U-curve's grid (GRADIENT_H_GRID) is these very powers
    step: 0.5,
    label: '수치 미분의 h',
  },
  bug: {
    kind: 'enum',
    default: 'none',
    options: GRADIENT_BUGS,
    optionLabels: GRADIENT_BUG_LABELS,
    label: '역전파에 심을 버그',
  },
  precision: {
    kind: 'enum',
    default: 'float64',
    options: ['float64', 'float32'] as const,
    optionLabels: {
      float64: 'float64 (책의 numpy처럼)',
      float32: 'float32 (tfjs 엔진과 같은 정밀도)',
    },
    control: 'radio',
    label: '표의 수치 미분 정밀도',
  },
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

export type GradientCheckSchema = typeof schema;
