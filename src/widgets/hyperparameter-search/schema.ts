// Parameters of `::hyperparameter-search` (book Fig 6-24, ch06/hyperparameter_optimization.py).
// The book runs 100 trials of 50 epochs; the defaults here are fewer trials and epochs so that a
// first picture comes in seconds (the widget says so and has a button for the book's setting).
import { defineSchema } from '../schema';

export const schema = defineSchema({
  trials: {
    kind: 'number', default: 20, min: 1, max: 100, step: 1, integer: true, label: '시도 횟수',
  },
  epochs: {
    kind: 'number', default: 20, min: 1, max: 50, step: 1, integer: true, label: '시도마다 에폭 수',
  },
  seed: { kind: 'number', default: 0, min: 0, max: 9999, step: 1, integer: true, label: '시드' },
  workers: {
    kind: 'enum',
    default: 'auto',
    options: ['auto', '1', '2', '3', '4'] as const,
    optionLabels: { auto: '자동 (코어 수, 최대 4)', 1: '1개', 2: '2개', 3: '3개', 4: '4개' },
    label: '워커 수',
  },
}); // prettier-ignore

export type HyperparameterSearchSchema = typeof schema;

/** The book's setting: 100 trials of 50 epochs. */
export const BOOK_SETTING = { trials: 100, epochs: 50 } as const;
