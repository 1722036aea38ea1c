// The softmax and loss-functions experiments: the book's numbers, float32 overflow, the gradient
// from backward(), mini-batch sums and means, and no tensor leaks.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  lossFunctions,
  softmaxDemo,
  softmaxOverflow,
} from '../../../src/experiments/probabilities';
import {
  BOOK_Y_RIGHT,
  BOOK_Y_WRONG,
  EXP_OVERFLOW_AT,
  MAX_BATCH,
} from '../../../src/experiments/probabilities-meta';

const argmax = (v: number[]) => v.indexOf(Math.max(...v));

describe('softmaxDemo', () => {
  it("gives the book's y for a = (0.3, 2.9, 4.0) and the gradient (y − t)/T, without leaks", async () => {
    const before = tf.memory().numTensors;
    const r = await softmaxDemo({ logits: [0.3, 2.9, 4.0], label: 2 });
    expect(tf.memory().numTensors).toBe(before);
    [0.01821127, 0.24519181, 0.73659691].forEach((v, i) => expect(r.y[i]).toBeCloseTo(v, 6));
    expect(r.plain).toEqual(r.y);
    expect(r.loss).toBeCloseTo(-Math.log(0.73659691), 5);
    expect(r.grad[0]).toBeCloseTo(r.y[0], 6);
    expect(r.grad[2]).toBeCloseTo(r.y[2] - 1, 6);
  });

  it('keeps the arg-max under any temperature and ignores a constant added', async () => {
    const logits = [1.2, -0.4, 3.1, 2.8, 0];
    for (const T of [0.1, 0.5, 1, 3, 10]) {
      const r = await softmaxDemo({ logits, temperature: T, label: 0 });
      expect(argmax(r.y)).toBe(2);
      expect(r.y.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
      expect(r.grad[0]).toBeCloseTo((r.y[0] - 1) / T, 5);
    }
    const flat = await softmaxDemo({ logits, temperature: 10 });
    const sharp = await softmaxDemo({ logits, temperature: 0.1 });
    expect(Math.max(...flat.y)).toBeLessThan(0.3);
    expect(Math.max(...sharp.y)).toBeGreaterThan(0.9);
    const plain = await softmaxDemo({ logits });
    const shifted = await softmaxDemo({ logits, shift: 50 });
    shifted.y.forEach((v, i) => expect(v).toBeCloseTo(plain.y[i], 5));
  });

  it('rejects bad options', async () => {
    await expect(softmaxDemo({ logits: [1, 2], temperature: 0 })).rejects.toThrow(/온도/);
    await expect(softmaxDemo({ logits: [1, NaN] })).rejects.toThrow(/logits/);
    await expect(softmaxDemo({ logits: [1, 2], label: 2 })).rejects.toThrow(/정답/);
  });
});

describe('softmaxOverflow', () => {
  it('overflows to ∞ and NaN in float32 for (1010, 1000, 990); subtracting the max fixes it', async () => {
    const before = tf.memory().numTensors;
    const r = await softmaxOverflow({ logits: [1010, 1000, 990] });
    expect(tf.memory().numTensors).toBe(before);
    expect(r.naive.exp).toEqual([Infinity, Infinity, Infinity]);
    expect(r.naive.sum).toBe(Infinity);
    expect(r.naive.y.every(Number.isNaN)).toBe(true);
    expect(r.stable.c).toBe(1010);
    expect(r.stable.shifted).toEqual([0, -10, -20]);
    expect(r.stable.sum).toBeCloseTo(1.0000454, 6);
    expect(r.stable.y[0]).toBeCloseTo(0.9999546, 6);
    expect(r.stable.y[1] / 4.53978686e-5).toBeCloseTo(1, 5);
    expect(r.stable.y[2] / 2.06106005e-9).toBeCloseTo(1, 5);
  });

  it('stays finite below ln(float32 max) ≈ 88.72 and overflows above it', async () => {
    expect(EXP_OVERFLOW_AT).toBeCloseTo(88.7228, 3);
    const below = await softmaxOverflow({ logits: [88, 80, 70] });
    expect(below.naive.y.every(Number.isFinite)).toBe(true);
    below.naive.y.forEach((v, i) => expect(v).toBeCloseTo(below.stable.y[i], 5));
    const above = await softmaxOverflow({ logits: [89, 80, 70] });
    expect(above.naive.exp[0]).toBe(Infinity);
    expect(above.naive.y[0]).toBeNaN();
  });
});

describe('lossFunctions', () => {
  it("gives the book's SSE 0.0975 and CE 0.5108 (right) and 0.5975 / 2.3026 (wrong)", async () => {
    const before = tf.memory().numTensors;
    const right = await lossFunctions({ y: [...BOOK_Y_RIGHT], target: 2 });
    expect(tf.memory().numTensors).toBe(before);
    expect(right.sse.toFixed(4)).toBe('0.0975');
    expect(right.ce.toFixed(4)).toBe('0.5108');
    expect(right.mse).toBeCloseTo(0.195 / 10, 5);
    const wrong = await lossFunctions({ y: [...BOOK_Y_WRONG], target: 2 });
    expect(wrong.sse.toFixed(4)).toBe('0.5975');
    expect(wrong.ce.toFixed(4)).toBe('2.3026');
  });

  it('normalises y by its sum and draws −log y', async () => {
    const r = await lossFunctions({ y: [2, 0, 0, 0, 0, 0, 0, 0, 0, 2], target: 0 });
    expect(r.y[0]).toBeCloseTo(0.5, 6);
    expect(r.ce).toBeCloseTo(Math.log(2), 5);
    expect(r.curve).toHaveLength(200);
    expect(r.curve[199]).toBeCloseTo(0, 6);
    expect(r.curve[0]).toBeCloseTo(-Math.log(0.005), 4);
  });

  it('sums and averages the mini-batch rows; row 0 is the reader’s output', async () => {
    const r = await lossFunctions({ y: [...BOOK_Y_RIGHT], target: 2, batch: 5 });
    const b = r.batch;
    expect(b.rows).toHaveLength(MAX_BATCH);
    expect(b.targets[0]).toBe(2);
    expect(b.ce[0]).toBeCloseTo(r.ce, 5);
    expect(b.sse[0]).toBeCloseTo(r.sse, 5);
    for (const row of b.rows) expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
    const first5 = b.ce.slice(0, 5).reduce((s, v) => s + v, 0);
    expect(b.ceSum).toBeCloseTo(first5, 4);
    expect(b.ceMean).toBeCloseTo(first5 / 5, 5);
    expect(b.sseMean).toBeCloseTo(b.sse.slice(0, 5).reduce((s, v) => s + v, 0) / 5, 5);
    b.ceSumByN.forEach((s, i) => {
      expect(s).toBeCloseTo(
        b.ce.slice(0, i + 1).reduce((a, v) => a + v, 0),
        4,
      );
      expect(b.ceMeanByN[i]).toBeCloseTo(s / (i + 1), 5);
    });
    // The same rows whatever the reader's y: fixed seeded examples.
    const again = await lossFunctions({ y: [...BOOK_Y_WRONG], target: 7, batch: 1 });
    expect(again.batch.rows.slice(1)).toEqual(b.rows.slice(1));
    expect(again.batch.ceSum).toBeCloseTo(again.ce, 5);
  });

  it('binary cross-entropy equals the two-class cross-entropy', async () => {
    const r = await lossFunctions({ y: [...BOOK_Y_RIGHT], target: 2, bce: { p: 0.8, t: 1 } });
    expect(r.bce.loss).toBeCloseTo(-Math.log(0.8), 5);
    expect(r.bce.ceTwoClass).toBeCloseTo(r.bce.loss, 6);
    const neg = await lossFunctions({ y: [...BOOK_Y_RIGHT], target: 2, bce: { p: 0.8, t: 0 } });
    expect(neg.bce.loss).toBeCloseTo(-Math.log(0.2), 5);
  });

  it('rejects bad options', async () => {
    await expect(lossFunctions({ y: [1, 2], target: 0 })).rejects.toThrow(/y/);
    await expect(lossFunctions({ y: Array(10).fill(0), target: 0 })).rejects.toThrow(/합/);
    await expect(lossFunctions({ y: [...BOOK_Y_RIGHT], target: 10 })).rejects.toThrow(/정답/);
    await expect(lossFunctions({ y: [...BOOK_Y_RIGHT], target: 1, batch: 9 })).rejects.toThrow(
      /배치/,
    );
  });
});
