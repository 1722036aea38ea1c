// Engine-free facts of the data-augmentation experiment: the lattice of transforms whose size is
// the count of new training examples, and the seeded draws of the variants shown.
import { createRng } from '../data/rng';

/** MNIST's official training set: 60,000 digits (the book's split). */
export const MNIST_TRAIN_SIZE = 60_000;

/** One affine transform about the image centre: rotate, scale, then shift. */
export interface AffineTransform {
  /** degrees, positive = counter-clockwise on screen */
  angle: number;
  /** pixels, positive = right */
  dx: number;
  /** pixels, positive = down */
  dy: number;
  /** 1 = unchanged, 1.1 = 10 % larger */
  scale: number;
}

export const IDENTITY_TRANSFORM: AffineTransform = { angle: 0, dx: 0, dy: 0, scale: 1 };

/** The lattice steps used to count variants: 5°, 1 px, 0.05. */
export const LATTICE = { angle: 5, shift: 1, scale: 0.05 } as const;

/** How many lattice values lie in [−range, range] with `step` (0 included). */
const values = (range: number, step: number) => 2 * Math.floor(range / step + 1e-9) + 1;

export interface VariantCount {
  angles: number;
  shifts: number;
  scales: number;
  /** variants per digit, the original included */
  perDigit: number;
  /** MNIST_TRAIN_SIZE × perDigit */
  total: number;
}

export function countVariants(r: { rotate: number; shift: number; scale: number }): VariantCount {
  const angles = values(r.rotate, LATTICE.angle);
  const side = values(r.shift, LATTICE.shift);
  const scales = values(r.scale, LATTICE.scale);
  const perDigit = angles * side * side * scales;
  return { angles, shifts: side * side, scales, perDigit, total: perDigit * MNIST_TRAIN_SIZE };
}

/**
 * `n` seeded random transforms within the ranges: angle ~ U(−rotate, rotate), integer shifts in
 * [−shift, shift], scale ~ U(1 − scale, 1 + scale). The draws depend on the seed only, so moving
 * a range slider morphs the same variants.
 */
export function drawTransforms(
  n: number,
  r: { rotate: number; shift: number; scale: number },
  seed: number,
): AffineTransform[] {
  const { uniform } = createRng(seed);
  const sym = () => 2 * uniform() - 1;
  return Array.from({ length: n }, () => {
    const u = [sym(), uniform(), uniform(), sym()];
    const step = (v: number) => Math.min(r.shift, Math.floor(v * (2 * r.shift + 1)) - r.shift);
    return {
      angle: u[0] * r.rotate,
      dx: step(u[1]),
      dy: step(u[2]),
      scale: 1 + u[3] * r.scale,
    };
  });
}
