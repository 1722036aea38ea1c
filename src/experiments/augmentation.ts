// Chapter 8's data augmentation: a real MNIST test digit moved by small affine transforms
// (rotation, shift, scaling about the centre) with bilinear resampling. The sampling positions
// and bilinear weights are computed here on the host (the inverse map of each output pixel);
// the engine gathers the four neighbours of every output pixel in one `take` and sums them
// weighted: out = Σ_k w_k ⊙ take(x, table_k). One call, one readback, on the CPU backend.
import {
  disposeTakeTable,
  free,
  initEngine,
  makeTakeTable,
  onCpu,
  readAll,
  scope,
  take,
  tensor,
  type DeviceTensor,
} from '../engine';
import type { AffineTransform } from './augmentation-meta';
import { loadTestDigits } from './inference-data';

export type { AffineTransform } from './augmentation-meta';

/**
 * For an H×W image and transforms, the input column each of the 4 bilinear taps of every output
 * pixel reads (W·H = outside, a zero) and its weight: 4 · V · H·W entries each, tap-minor.
 */
export function bilinearTaps(
  transforms: readonly AffineTransform[],
  H = 28,
  W = 28,
): { columns: Int32Array; weights: Float32Array } {
  const n = H * W;
  const columns = new Int32Array(4 * transforms.length * n);
  const weights = new Float32Array(4 * transforms.length * n);
  const cx = (W - 1) / 2, cy = (H - 1) / 2; // prettier-ignore
  transforms.forEach((t, v) => {
    if (!(t.scale > 0)) throw new Error(`scale은 0보다 커야 합니다: ${t.scale}`);
    const a = (t.angle * Math.PI) / 180;
    const cos = Math.cos(a), sin = Math.sin(a); // prettier-ignore
    for (let i = 0; i < H; i++)
      for (let j = 0; j < W; j++) {
        // inverse map: undo the shift, then the rotation (counter-clockwise on screen, y down)
        // and the scaling, about the centre
        const ux = j - cx - t.dx, uy = i - cy - t.dy; // prettier-ignore
        const sx = cx + (cos * ux - sin * uy) / t.scale;
        const sy = cy + (sin * ux + cos * uy) / t.scale;
        const x0 = Math.floor(sx), y0 = Math.floor(sy); // prettier-ignore
        const fx = sx - x0, fy = sy - y0; // prettier-ignore
        const base = 4 * (v * n + i * W + j);
        const taps: Array<[number, number, number]> = [
          [y0, x0, (1 - fx) * (1 - fy)],
          [y0, x0 + 1, fx * (1 - fy)],
          [y0 + 1, x0, (1 - fx) * fy],
          [y0 + 1, x0 + 1, fx * fy],
        ];
        taps.forEach(([y, x, wgt], k) => {
          const inside = y >= 0 && y < H && x >= 0 && x < W;
          columns[base + k] = inside ? y * W + x : n;
          weights[base + k] = inside ? wgt : 0;
        });
      }
  });
  return { columns, weights };
}

/** Resamples one H×W image under every transform with the engine: V images, V·H·W values. */
export async function transformImage(
  image: Float32Array,
  transforms: readonly AffineTransform[],
  H = 28,
  W = 28,
): Promise<Float32Array> {
  if (image.length !== H * W) throw new Error(`이미지 크기가 ${H}×${W}가 아닙니다.`);
  if (transforms.length < 1 || transforms.length > 64)
    throw new Error(`변환은 1개에서 64개 사이여야 합니다: ${transforms.length}`);
  for (const t of transforms)
    if (![t.angle, t.dx, t.dy, t.scale].every(Number.isFinite))
      throw new Error('변환의 값은 유한한 수여야 합니다.');
  const { columns, weights } = bilinearTaps(transforms, H, W);
  await initEngine();
  const out = onCpu(() => {
    const table = makeTakeTable(H * W, columns);
    try {
      return scope((): DeviceTensor => {
        const x = tensor(image, { shape: [1, H * W] });
        const gathered = take(x, table).mul(tensor(weights, { shape: [1, weights.length] }));
        return gathered.reshape([transforms.length * H * W, 4]).sum(1).value;
      });
    } finally {
      disposeTakeTable(table);
    }
  });
  try {
    return (await readAll([out], { cpu: true }))[0].slice();
  } finally {
    free(out);
  }
}

export interface AugmentResult {
  /** the test digit, grey levels 0 … 1, 28×28 */
  original: Float32Array;
  /** one 28×28 image per transform, in order */
  images: Float32Array;
  label: number;
}

/** A real MNIST test digit under each transform (the official test set, index 0 … 9,999). */
export async function augmentDigit(o: {
  digit: number;
  transforms: AffineTransform[];
}): Promise<AugmentResult> {
  if (!Number.isInteger(o.digit) || o.digit < 0 || o.digit > 9999)
    throw new Error(`digit는 0에서 9999 사이의 정수여야 합니다: ${o.digit}`);
  const test = await loadTestDigits();
  const n = test.rows * test.cols;
  const original = new Float32Array(n);
  for (let i = 0; i < n; i++) original[i] = test.images[o.digit * n + i] / 255;
  const images = await transformImage(original, o.transforms, test.rows, test.cols);
  return { original, images, label: test.labels[o.digit] };
}
