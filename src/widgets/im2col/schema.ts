// Parameters of `::im2col` (ch. 7 §7.4). The book's example: input (1, 3, 7, 7), a 5×5 filter,
// stride 1, padding 0 → col (9, 75). FN (how many filters) is ours: the book leaves it open.
import { defineSchema } from '../schema';

const size = (label: string, def: number, min: number, max: number) =>
  ({ kind: 'number', default: def, min, max, step: 1, integer: true, label }) as const;

export const schema = defineSchema({
  n: size('배치 크기 N', 1, 1, 10),
  c: size('채널 수 C', 3, 1, 3),
  h: size('입력 크기 H = W', 7, 3, 8),
  fh: size('필터 크기 FH = FW', 5, 1, 5),
  stride: size('스트라이드 S', 1, 1, 3),
  pad: size('패딩 P', 0, 0, 2),
  fn: size('필터 개수 FN', 2, 1, 4),
});

export type Im2colSchema = typeof schema;
