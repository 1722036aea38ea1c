// ch. 7 convolution and im2col through the engine on the CPU backend: the book's 4×4 example
// (15, 16, 6, 15), with bias 3 (18, 19, 9, 18), its pooling, the size example (28, 31) → (10, 11),
// im2col shapes (9, 75) / (90, 75), im2col convolution equal to a direct loop, no leaks.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { convolve, directConvolution, im2colDemo } from '../../../src/experiments/convolution';
import {
  BOOK_FILTER_TEXT,
  BOOK_INPUT,
  checkSize,
  parseFilter,
  resizeFilter,
} from '../../../src/experiments/convolution-meta';

const book = parseFilter(BOOK_FILTER_TEXT)!;
const bookConv = (extra: object = {}) =>
  convolve({
    input: [...BOOK_INPUT],
    H: 4,
    W: 4,
    filter: book.rows.flat(),
    FH: 3,
    FW: 3,
    ...extra,
  });

describe('convolve (the engine Convolution + Pooling)', () => {
  it('the book example: (15, 16, 6, 15); bias 3: (18, 19, 9, 18); pooled max 16; no leaks', async () => {
    await bookConv(); // engine start is not a leak
    const before = tf.memory().numTensors;
    const r = await bookConv();
    expect([r.OH, r.OW]).toEqual([2, 2]);
    expect([...r.out]).toEqual([15, 16, 6, 15]);
    expect(r.pooled && [...r.pooled]).toEqual([16]);
    const b = await bookConv({ bias: 3 });
    expect([...b.out]).toEqual([18, 19, 9, 18]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('padding 1 keeps 4×4 (book Fig. 7-6); stride 2 on 7×7 gives 3×3; equals a direct loop', async () => {
    const p = await bookConv({ pad: 1 });
    expect([p.OH, p.OW]).toEqual([4, 4]);
    expect([...p.out]).toEqual([
      ...directConvolution(
        BOOK_INPUT,
        book.rows.flat(),
        { N: 1, C: 1, H: 4, W: 4, FN: 1, FH: 3, FW: 3 },
        1,
        1,
      ),
    ]);
    expect(p.pooled!.length).toBe(4);
    const input = Array.from({ length: 49 }, (_, i) => (i * 7) % 5);
    const s = await convolve({
      input,
      H: 7,
      W: 7,
      filter: book.rows.flat(),
      FH: 3,
      FW: 3,
      stride: 2,
    });
    expect([s.OH, s.OW]).toEqual([3, 3]);
    expect([...s.out]).toEqual([
      ...directConvolution(
        input,
        book.rows.flat(),
        { N: 1, C: 1, H: 7, W: 7, FN: 1, FH: 3, FW: 3 },
        2,
        0,
      ),
    ]);
  });

  it('a non-integer size floors like the book; an impossible window throws in Korean', async () => {
    const r = await bookConv({ stride: 2 }); // (4 − 3)/2 + 1 = 1.5 → 1
    expect([r.OH, r.OW]).toEqual([1, 1]);
    expect([...r.out]).toEqual([15]);
    expect(r.pooled).toBeNull();
    await expect(
      convolve({ input: [...BOOK_INPUT], H: 4, W: 4, filter: Array(25).fill(1), FH: 5, FW: 5 }),
    ).rejects.toThrow(/창을 놓을 수 없습니다/);
    await expect(bookConv({ stride: 0 })).rejects.toThrow(/stride/);
  });
});

describe('size arithmetic', () => {
  it('the book example: input (28, 31), filter (5, 5), P 2, S 3 → (10, 11)', () => {
    expect(checkSize(28, 5, 2, 3)).toMatchObject({ floored: 10, divisible: true });
    expect(checkSize(31, 5, 2, 3)).toMatchObject({ floored: 11, divisible: true });
    expect(checkSize(4, 3, 0, 2)).toMatchObject({ exact: 1.5, floored: 1, divisible: false });
    expect(checkSize(4, 5, 0, 1).fits).toBe(false);
  });

  it('filters parse, resize and reject ragged rows', () => {
    expect(book).toEqual({
      rows: [
        [2, 0, 1],
        [0, 1, 2],
        [1, 0, 2],
      ],
      FH: 3,
      FW: 3,
    });
    expect(resizeFilter(book, 2, 4)).toBe('2,0,1,0;0,1,2,0');
    expect(parseFilter('1,2;3')).toBeNull();
  });
});

describe('im2colDemo', () => {
  it('the book shapes: (1, 3, 7, 7), 5×5 → col (9, 75); batch 10 → (90, 75); equal to a direct loop', async () => {
    await im2colDemo({ N: 1, C: 1, H: 3, FH: 2 });
    const before = tf.memory().numTensors;
    const one = await im2colDemo({ N: 1, C: 3, H: 7, FH: 5 });
    expect(one.OH).toBe(3);
    expect(one.col.length).toBe(9 * 75);
    const ten = await im2colDemo({ N: 10, C: 3, H: 7, FH: 5, FN: 4 });
    expect(ten.col.length).toBe(90 * 75);
    expect(ten.out.length).toBe(10 * 4 * 3 * 3);
    expect(ten.maxDiff).toBe(0);
    const padded = await im2colDemo({ N: 2, C: 2, H: 5, FH: 3, stride: 2, pad: 1, seed: 3 });
    expect(padded.OH).toBe(3);
    expect(padded.maxDiff).toBe(0);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('row r of col is the window of output cell r (book order c, ky, kx)', async () => {
    const r = await im2colDemo({ N: 1, C: 2, H: 4, FH: 2, stride: 2 });
    // output cell (oy 1, ox 0) = row 2: channel 0 rows 2–3, columns 0–1, then channel 1
    const at = (c: number, y: number, x: number) => r.x[(c * 4 + y) * 4 + x];
    const want = [
      at(0, 2, 0),
      at(0, 2, 1),
      at(0, 3, 0),
      at(0, 3, 1),
      at(1, 2, 0),
      at(1, 2, 1),
      at(1, 3, 0),
      at(1, 3, 1),
    ];
    expect([...r.col.slice(2 * 8, 3 * 8)]).toEqual(want);
    // a wrong filter would make the comparison fail: the direct loop is not the same code
    const off = directConvolution(
      r.x,
      r.w.map((v) => v + 1),
      { N: 1, C: 2, H: 4, W: 4, FN: 2, FH: 2, FW: 2 },
      2,
      0,
    );
    expect(Math.max(...off.map((v, i) => Math.abs(v - r.out[i])))).toBeGreaterThan(0);
  });
});
