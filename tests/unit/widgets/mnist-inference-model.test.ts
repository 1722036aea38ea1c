// The pure helpers of mnist-inference: the shapes along the network for a batch size (and for
// the book's 1-D single image), the slider's listed sizes, the grid's filter and the formats.
import { describe, expect, test } from 'vitest';
import { INFERENCE_BATCH_SIZES } from '../../../src/experiments/inference-meta';
import {
  accuracy,
  argmaxRows,
  batchIndex,
  duration,
  listed,
  PAGE_SIZE,
  perImage,
  shapeChain,
  shapeText,
} from '../../../src/widgets/mnist-inference/model';

const BOOK: Array<[number, number]> = [
  [784, 50],
  [50, 100],
  [100, 10],
];

describe('shapes', () => {
  test('a batch of B: (B, 784) · (784, 50) → (B, 50) · … → Y (B, 10)', () => {
    expect(shapeText(shapeChain(BOOK, 100))).toBe(
      'X (100, 784) · W1 (784, 50) → (100, 50) · W2 (50, 100) → (100, 100) · W3 (100, 10) → Y (100, 10)',
    );
    expect(shapeText(shapeChain(BOOK, 7))).toContain('Y (7, 10)');
  });
  test("one image is the book's 1-D x[i]: (784,) → (50,) → (100,) → (10,)", () => {
    expect(shapeText(shapeChain(BOOK, null))).toBe(
      'X (784,) · W1 (784, 50) → (50,) · W2 (50, 100) → (100,) · W3 (100, 10) → Y (10,)',
    );
  });
});

describe('batch sizes', () => {
  test('every listed size divides the 10,000 test digits; the book’s 100 is listed', () => {
    expect(INFERENCE_BATCH_SIZES.every((b) => 10_000 % b === 0)).toBe(true);
    expect(INFERENCE_BATCH_SIZES[batchIndex(100)]).toBe(100);
  });
  test('a size that is not listed sits at the closest listed size on a log scale', () => {
    expect(INFERENCE_BATCH_SIZES[batchIndex(128)]).toBe(100);
    expect(INFERENCE_BATCH_SIZES[batchIndex(160)]).toBe(200);
    expect(batchIndex(1)).toBe(0);
    expect(batchIndex(10_000)).toBe(INFERENCE_BATCH_SIZES.length - 1);
  });
  test('a page is whole rows of 7 (a phone) and of 8 (a laptop)', () => {
    expect(PAGE_SIZE % 7).toBe(0);
    expect(PAGE_SIZE % 8).toBe(0);
  });
});

describe('the grid', () => {
  test('argmax per row of probabilities (the first of ties) and the wrong-only list', () => {
    const probs = new Float32Array([0.1, 0.9, 0, 0, 0, 0, 0, 0, 0, 0, ...Array(10).fill(0.1)]);
    expect(Array.from(argmaxRows(probs))).toEqual([1, 0]);
    const labels = Uint8Array.from([1, 2, 3]);
    const predicted = Uint8Array.from([1, 7, 3]);
    expect(listed(labels, predicted, false)).toEqual([0, 1, 2]);
    expect(listed(labels, predicted, true)).toEqual([1]);
  });
  test('formats: accuracy as the book prints it, durations, time per image', () => {
    expect(accuracy(9352, 10_000)).toBe('0.9352');
    expect(accuracy(0, 0)).toBe('—');
    expect(duration(5.25)).toBe('5.3 ms');
    expect(duration(389.6)).toBe('390 ms');
    expect(duration(5331)).toBe('5.33 s');
    expect(duration(57_300)).toBe('57.3 s');
    expect(duration(72_000)).toBe('1분 12초');
    expect(perImage(5331, 10_000)).toBe('0.533 ms');
    expect(perImage(390, 10_000)).toBe('39.0 µs');
  });
});
