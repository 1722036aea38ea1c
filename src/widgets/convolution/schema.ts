// Parameters of `::convolution` (ch. 7 §7.2). The book's defaults: its 4×4 input and 3×3 filter
// (output 15, 16, 6, 15), no bias, padding 0, stride 1; and its size example for the calculator:
// input (28, 31), filter (5, 5), padding 2, stride 3 → output (10, 11).
import { BOOK_FILTER_TEXT, FILTER_PATTERN } from '../../experiments/client';
import { defineSchema } from '../schema';

const size = (label: string, def: number, min: number, max: number) =>
  ({ kind: 'number', default: def, min, max, step: 1, integer: true, label }) as const;

export const schema = defineSchema({
  input: {
    kind: 'enum',
    default: 'book',
    options: ['book', 'digit'] as const,
    optionLabels: { book: '책의 4×4 예', digit: 'MNIST 숫자 (28×28)' },
    control: 'radio',
    label: '입력',
  },
  digit: size('숫자 번호 (시험 데이터)', 0, 0, 9999),
  filter: {
    kind: 'string',
    default: BOOK_FILTER_TEXT,
    label: '필터',
    pattern: FILTER_PATTERN,
    patternHint: '행은 ;, 수는 ,로 나눈 1~5행 1~5열의 수 (예: 2,0,1;0,1,2;1,0,2)',
    maxLength: 200,
  },
  bias: { kind: 'number', default: 0, min: -10, max: 10, step: 1, label: '편향 b' },
  pad: size('패딩 P', 0, 0, 3),
  stride: size('스트라이드 S', 1, 1, 3),
  'calc-h': size('입력 높이 H (계산기)', 28, 1, 64),
  'calc-w': size('입력 너비 W (계산기)', 31, 1, 64),
  'calc-fh': size('필터 높이 FH (계산기)', 5, 1, 11),
  'calc-fw': size('필터 너비 FW (계산기)', 5, 1, 11),
  'calc-p': size('패딩 P (계산기)', 2, 0, 10),
  'calc-s': size('스트라이드 S (계산기)', 3, 1, 10),
});

export type ConvolutionSchema = typeof schema;
