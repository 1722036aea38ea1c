// Seeded randomness (src/data/rng.ts).
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/data/rng';

describe('seeded randomness', () => {
  it('same seed → same numbers; normals have mean 0, std 1', () => {
    expect(Array.from(createRng(1).normalArray(5))).toEqual(
      Array.from(createRng(1).normalArray(5)),
    );
    expect(Array.from(createRng(1).normalArray(5))).not.toEqual(
      Array.from(createRng(2).normalArray(5)),
    );
    const v = createRng(3).normalArray(20000);
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
    const p = createRng(4).permutation(10);
    expect(Array.from(p).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
