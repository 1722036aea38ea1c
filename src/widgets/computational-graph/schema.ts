// Parameters of `::computational-graph`: the book's shopping examples (§5.2–5.4), 2 apples at
// 100 won with a tax of 1.1, and the same plus 3 oranges at 150 won.
import { defineSchema } from '../schema';

export const schema = defineSchema({
  example: {
    kind: 'enum',
    default: 'apple',
    options: ['apple', 'apple-orange'] as const,
    optionLabels: { apple: '사과만', 'apple-orange': '사과 + 귤' },
    control: 'radio',
    label: '예제',
  },
  mode: {
    kind: 'enum',
    default: 'step',
    options: ['step', 'quiz'] as const,
    optionLabels: { step: '한 단계씩 보기', quiz: '빈칸 채우기' },
    control: 'radio',
    label: '보기 방식',
  },
  'apple-price': {
    kind: 'number',
    default: 100,
    min: 0,
    max: 1000,
    step: 10,
    label: '사과 가격',
    unit: '원',
  },
  'apple-count': {
    kind: 'number',
    default: 2,
    min: 0,
    max: 20,
    step: 1,
    integer: true,
    label: '사과 개수',
    unit: '개',
  },
  'orange-price': {
    kind: 'number',
    default: 150,
    min: 0,
    max: 1000,
    step: 10,
    label: '귤 가격',
    unit: '원',
  },
  'orange-count': {
    kind: 'number',
    default: 3,
    min: 0,
    max: 20,
    step: 1,
    integer: true,
    label: '귤 개수',
    unit: '개',
  },
  tax: { kind: 'number', default: 1.1, min: 1, max: 2, step: 0.01, label: '소비세 (배율)' },
});

export type ComputationalGraphSchema = typeof schema;
