// Parameters of `::layer-backprop`: X (N×2) → Affine (2×3) → ReLU/Sigmoid → Softmax-with-Loss,
// on a tiny seeded batch, and the notes' Softmax-with-Loss example y = (0.2, 0.1, 0.7).
import { defineSchema } from '../schema';

export const schema = defineSchema({
  activation: {
    kind: 'enum',
    default: 'relu',
    options: ['relu', 'sigmoid'] as const,
    optionLabels: { relu: 'ReLU', sigmoid: 'Sigmoid' },
    control: 'radio',
    label: '활성화 함수',
  },
  batch: {
    kind: 'number',
    default: 2,
    min: 1,
    max: 4,
    step: 1,
    integer: true,
    label: '배치 크기 N',
  },
  seed: {
    kind: 'number',
    default: 0,
    min: 0,
    max: 9999,
    step: 1,
    integer: true,
    label: '데이터·가중치 시드',
  },
  label: {
    kind: 'enum',
    default: '3',
    options: ['1', '2', '3'] as const,
    optionLabels: { '1': '1번 부류', '2': '2번 부류', '3': '3번 부류' },
    control: 'radio',
    label: '본문 예시의 정답',
  },
});

export type LayerBackpropSchema = typeof schema;
