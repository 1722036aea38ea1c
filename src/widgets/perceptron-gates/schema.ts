// Parameters of `::perceptron-gates`; the defaults are the book's AND gate (w = (0.5, 0.5), b = −0.7).
import { defineSchema } from '../schema';

export const schema = defineSchema({
  gate: {
    kind: 'enum',
    default: 'and',
    options: ['and', 'nand', 'or', 'xor'] as const,
    optionLabels: { and: 'AND', nand: 'NAND', or: 'OR', xor: 'XOR' },
    control: 'radio',
    label: '게이트',
  },
  w1: { kind: 'number', default: 0.5, min: -3, max: 3, step: 0.05, label: '가중치 w1' },
  w2: { kind: 'number', default: 0.5, min: -3, max: 3, step: 0.05, label: '가중치 w2' },
  b: { kind: 'number', default: -0.7, min: -3, max: 3, step: 0.05, label: '편향 b' },
  // Not in the book (it sets the weights by hand); 0.1 is the usual textbook choice.
  lr: { kind: 'number', default: 0.1, min: 0.05, max: 0.5, step: 0.05, label: '학습률 η' },
  // Autoplay's pace: slow enough to follow each update, or fast to see where it ends.
  speed: {
    kind: 'enum',
    default: 'normal',
    options: ['slow', 'normal', 'fast'] as const,
    optionLabels: { slow: '느리게', normal: '보통', fast: '빠르게' },
    control: 'radio',
    label: '자동 학습 속도',
  },
});

/** Autoplay: one sample every this many ms, per speed. */
export const AUTO_MS: Record<(typeof schema.speed.options)[number], number> = {
  slow: 900,
  normal: 350,
  fast: 60,
};

export type PerceptronGatesSchema = typeof schema;
