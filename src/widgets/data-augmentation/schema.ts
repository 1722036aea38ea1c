// Parameters of `::data-augmentation`. The book names the transforms (small rotations, shifts,
// scaling) but gives no ranges: ±10°, ±2 px and ±10 % are ours, small enough that every variant
// still reads as the same digit. Digit 0 of the official test set is a 7.
import { defineSchema } from '../schema';

export const schema = defineSchema({
  digit: {
    kind: 'number',
    default: 0,
    min: 0,
    max: 9999,
    step: 1,
    integer: true,
    label: '시험 데이터 숫자 번호',
  },
  rotate: {
    kind: 'number',
    default: 10,
    min: 0,
    max: 30,
    step: 1,
    label: '회전 범위 ±',
    unit: '°',
  },
  shift: {
    kind: 'number',
    default: 2,
    min: 0,
    max: 4,
    step: 1,
    integer: true,
    label: '이동 범위 ±',
    unit: ' px',
  },
  scale: {
    kind: 'number',
    default: 0.1,
    min: 0,
    max: 0.3,
    step: 0.01,
    label: '확대·축소 범위 ±',
  },
  seed: {
    kind: 'number',
    default: 0,
    min: 0,
    max: 99999,
    step: 1,
    integer: true,
    label: '난수 시드',
  },
});

export type DataAugmentationSchema = typeof schema;
