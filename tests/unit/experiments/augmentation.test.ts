// ch8 data augmentation: the engine's bilinear resampling of an affine transform. The identity
// leaves a real MNIST digit unchanged, a 1-pixel shift moves its mass centre by exactly 1 px,
// 360° returns the image, 90° turns a marker the right way; the lattice count; no leaks.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { augmentDigit, transformImage } from '../../../src/experiments/augmentation';
import {
  countVariants,
  drawTransforms,
  IDENTITY_TRANSFORM,
} from '../../../src/experiments/augmentation-meta';
import { setInferenceSources } from '../../../src/experiments/inference-data';
import { nodeMnistSource } from '../../../src/data/mnist-node';

beforeAll(() => setInferenceSources({ mnist: nodeMnistSource }));

/** (x, y) of the mass centre of a 28×28 image. */
const centre = (img: ArrayLike<number>) => {
  let m = 0, x = 0, y = 0; // prettier-ignore
  for (let i = 0; i < 28; i++)
    for (let j = 0; j < 28; j++) {
      const v = img[i * 28 + j];
      m += v;
      x += v * j;
      y += v * i;
    }
  return [x / m, y / m];
};
const id = { ...IDENTITY_TRANSFORM };

describe('augmentDigit (bilinear resampling by the engine)', () => {
  it('identity: unchanged; 1-px shifts move the mass centre by 1 px; 360°: the same image; no leaks', async () => {
    await augmentDigit({ digit: 0, transforms: [id] }); // engine start + data load
    const before = tf.memory().numTensors;
    const r = await augmentDigit({
      digit: 0,
      transforms: [
        id,
        { ...id, dx: 1 },
        { ...id, dy: -1 },
        { ...id, angle: 360 },
        { ...id, angle: 10, scale: 1.1, dx: 2 },
      ],
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(r.label).toBe(7); // the first official test digit
    const img = (k: number) => r.images.subarray(k * 784, (k + 1) * 784);
    for (let i = 0; i < 784; i++) expect(img(0)[i]).toBeCloseTo(r.original[i], 6);
    const c0 = centre(r.original);
    const [cx1, cy1] = centre(img(1));
    expect(cx1 - c0[0]).toBeCloseTo(1, 5);
    expect(cy1 - c0[1]).toBeCloseTo(0, 5);
    const [cx2, cy2] = centre(img(2));
    expect(cx2 - c0[0]).toBeCloseTo(0, 5);
    expect(cy2 - c0[1]).toBeCloseTo(-1, 5);
    let maxDiff = 0;
    for (let i = 0; i < 784; i++) maxDiff = Math.max(maxDiff, Math.abs(img(3)[i] - r.original[i]));
    expect(maxDiff).toBeLessThan(1e-4);
    // a real transform changes the picture but keeps the ink roughly (scale 1.1: area × 1.21)
    const ink = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);
    expect(ink(img(4)) / ink(r.original)).toBeGreaterThan(1.1);
    expect(ink(img(4)) / ink(r.original)).toBeLessThan(1.35);
  });

  it('rotation is counter-clockwise on screen; scaling about the centre', async () => {
    const marker = new Float32Array(784);
    marker[13 * 28 + 20] = 1; // right of the centre (13.5, 13.5), on row 13
    const near = new Float32Array(784);
    near[13 * 28 + 16] = 1;
    const [ccw, big] = [
      await transformImage(marker, [{ ...id, angle: 90 }]),
      await transformImage(near, [{ ...id, scale: 2 }]),
    ];
    const [x, y] = centre(ccw);
    expect(x).toBeCloseTo(13, 4); // 90° counter-clockwise: right → up (smaller y)
    expect(y).toBeCloseTo(7, 4);
    const [bx] = centre(big);
    expect(bx).toBeCloseTo(13.5 + 2 * (16 - 13.5), 4); // 2.5 px right of the centre → 5 px
    await expect(transformImage(marker, [{ ...id, scale: 0 }])).rejects.toThrow(/scale/);
  });
});

describe('the lattice count and the draws', () => {
  it('±10°, ±2 px, ±0.1 → 5 × 25 × 5 = 625 variants per digit, 37,500,000 in all', () => {
    expect(countVariants({ rotate: 10, shift: 2, scale: 0.1 })).toEqual({
      angles: 5,
      shifts: 25,
      scales: 5,
      perDigit: 625,
      total: 37_500_000,
    });
    expect(countVariants({ rotate: 0, shift: 0, scale: 0 }).perDigit).toBe(1);
    const t = drawTransforms(200, { rotate: 10, shift: 2, scale: 0.1 }, 0);
    for (const a of t) {
      expect(Math.abs(a.angle)).toBeLessThanOrEqual(10);
      expect([-2, -1, 0, 1, 2]).toContain(a.dx);
      expect([-2, -1, 0, 1, 2]).toContain(a.dy);
      expect(Math.abs(a.scale - 1)).toBeLessThanOrEqual(0.1);
    }
    expect(new Set(t.map((a) => a.dx)).size).toBe(5);
  });
});
