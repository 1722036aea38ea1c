// Parameters of `::loss-functions` (ch4 §4.2). The book's first example: t = class 2 and
// y = (0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0) → SSE 0.0975, CE 0.5108. The predicted
// distribution is one string of 10 probabilities (so it lives in the URL and in a directive).
import { defineSchema } from '../schema';

const CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
const P = String.raw`\s*(?:0(?:\.\d*)?|1(?:\.0*)?|\.\d+)\s*`;

export const schema = defineSchema({
  target: {
    kind: 'enum',
    default: '2',
    options: CLASSES,
    label: '정답 부류 (원-핫 t)',
  },
  y: {
    kind: 'string',
    default: '0.1,0.05,0.6,0,0.05,0.1,0,0.1,0,0',
    label: '예측 확률 y',
    pattern: new RegExp(`${P}(?:,${P}){9}`),
    patternHint: '0~1 사이의 수 10개를 쉼표로 (예: 0.1,0.05,0.6,0,0.05,0.1,0,0.1,0,0)',
    maxLength: 200,
  },
  batch: {
    kind: 'number',
    default: 4,
    min: 1,
    max: 8,
    step: 1,
    integer: true,
    label: '미니배치 크기 N',
  },
  'bce-y': {
    kind: 'number',
    default: 0.8,
    min: 0,
    max: 1,
    step: 0.01,
    label: '시그모이드 출력 y (1일 확률)',
  },
  'bce-t': {
    kind: 'enum',
    default: '1',
    options: ['1', '0'] as const,
    optionLabels: { '1': 't = 1 (양성)', '0': 't = 0 (음성)' },
    control: 'radio',
    label: '이진 분류의 정답',
  },
});

export type LossFunctionsSchema = typeof schema;
