// Chapter 7: one convolution through the engine's Convolution layer (im2col + matmul) and max
// pooling through its Pooling layer, on a small grid or a real MNIST test digit; and im2col laid
// open: the unrolled matrix, the engine's convolution and a plain direct loop side by side.
// Small inputs: computed on the CPU backend (onCpu), one readback per call.
import {
  Convolution,
  Parameter,
  Pooling,
  createRng,
  disposeTakeTable,
  free,
  im2colTable,
  initEngine,
  onCpu,
  outputSize,
  readAll,
  scope,
  take,
  tensor,
  type DeviceTensor,
} from '../engine';
import { loadTestDigits } from './inference-data';

export interface ConvolveOptions {
  /** H×W input, row-major (used when `digit` is absent) */
  input?: number[];
  H?: number;
  W?: number;
  /** index of an MNIST test digit (0 … 9,999), grey levels scaled to 0 … 1 */
  digit?: number;
  /** FH×FW filter, row-major */
  filter: number[];
  FH: number;
  FW: number;
  bias?: number;
  stride?: number;
  pad?: number;
}

export interface ConvolveResult {
  /** the input actually convolved (H×W), the digit's pixels when `digit` is given */
  input: Float32Array;
  H: number;
  W: number;
  /** OH×OW feature map from the engine's Convolution layer */
  out: Float32Array;
  OH: number;
  OW: number;
  /** 2×2 / stride 2 max pooling of `out` (the engine's Pooling); null when OH or OW < 2 */
  pooled: Float32Array | null;
  PH: number;
  PW: number;
  /** the digit's label, when an MNIST digit was used */
  label: number | null;
}

const int = (v: unknown, lo: number, hi: number, name: string): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi)
    throw new Error(`${name}는 ${lo}에서 ${hi} 사이의 정수여야 합니다: ${String(v)}`);
  return v;
};

const finiteArray = (a: unknown, n: number, name: string): number[] => {
  if (!Array.isArray(a) || a.length !== n || !a.every((v) => Number.isFinite(v)))
    throw new Error(`${name}는 유한한 수 ${n}개의 배열이어야 합니다.`);
  return a as number[];
};

async function digitPixels(index: number): Promise<{ px: Float32Array; label: number }> {
  const test = await loadTestDigits();
  const n = test.rows * test.cols;
  const px = new Float32Array(n);
  for (let i = 0; i < n; i++) px[i] = test.images[index * n + i] / 255;
  return { px, label: test.labels[index] };
}

/** One filter over one input: the engine's Convolution, then its 2×2 / 2 Pooling. */
export async function convolve(o: ConvolveOptions): Promise<ConvolveResult> {
  const FH = int(o.FH, 1, 7, 'FH');
  const FW = int(o.FW, 1, 7, 'FW');
  const filter = finiteArray(o.filter, FH * FW, 'filter');
  const stride = int(o.stride ?? 1, 1, 5, 'stride');
  const pad = int(o.pad ?? 0, 0, 5, 'pad');
  const bias = o.bias ?? 0;
  if (!Number.isFinite(bias)) throw new Error('bias는 유한한 수여야 합니다.');
  let input: Float32Array, H: number, W: number;
  let label: number | null = null;
  if (o.digit !== undefined) {
    const d = await digitPixels(int(o.digit, 0, 9999, 'digit'));
    [input, H, W, label] = [d.px, 28, 28, d.label];
  } else {
    H = int(o.H, 1, 32, 'H');
    W = int(o.W, 1, 32, 'W');
    input = Float32Array.from(finiteArray(o.input, H * W, 'input'));
  }
  const OH = outputSize(H, FH, stride, pad), OW = outputSize(W, FW, stride, pad); // prettier-ignore
  const pool = OH >= 2 && OW >= 2;
  await initEngine();
  const out = onCpu(() => {
    const conv = new Convolution(
      'Conv1',
      new Parameter('W', Float32Array.from(filter), [1, 1, FH, FW], { requiresGrad: false }),
      new Parameter('b', Float32Array.of(bias), [1], { requiresGrad: false }),
      stride,
      pad,
    );
    const pooling = new Pooling('Pool1', 2, 2, 2);
    try {
      return scope((): DeviceTensor[] => {
        const y = conv.forward(tensor(input, { shape: [1, 1, H, W] }));
        return pool ? [y.value, pooling.forward(y).value] : [y.value];
      });
    } finally {
      conv.dispose();
      pooling.dispose();
    }
  });
  try {
    const [y, p] = await readAll(out, { cpu: true });
    return {
      input,
      H,
      W,
      out: y.slice(),
      OH,
      OW,
      pooled: p ? p.slice() : null,
      PH: pool ? Math.floor((OH - 2) / 2) + 1 : 0,
      PW: pool ? Math.floor((OW - 2) / 2) + 1 : 0,
      label,
    };
  } finally {
    free(out);
  }
}

export interface Im2colOptions {
  N: number;
  C: number;
  /** H = W */
  H: number;
  /** FH = FW */
  FH: number;
  FN?: number;
  stride?: number;
  pad?: number;
  seed?: number;
}

export interface Im2colResult {
  N: number;
  C: number;
  H: number;
  FH: number;
  FN: number;
  stride: number;
  pad: number;
  OH: number;
  /** input (N, C, H, H): seeded integers 0 … 9 */
  x: Float32Array;
  /** filters (FN, C, FH, FH): seeded integers −1 … 1 */
  w: Float32Array;
  /** col (N·OH·OW, C·FH·FH): the engine's im2col (one gather) */
  col: Float32Array;
  /** out (N, FN, OH, OW): the engine's Convolution layer (im2col + matmul) */
  out: Float32Array;
  /** out (N, FN, OH, OW) by a plain JS direct loop over every window */
  direct: Float32Array;
  /** max |out − direct| */
  maxDiff: number;
}

/** The direct definition of convolution: for every output cell, sum the window × filter. */
export function directConvolution(
  x: ArrayLike<number>,
  w: ArrayLike<number>,
  s: { N: number; C: number; H: number; W: number; FN: number; FH: number; FW: number },
  stride: number,
  pad: number,
  b?: ArrayLike<number>,
): Float32Array {
  const { N, C, H, W, FN, FH, FW } = s;
  const OH = Math.floor((H + 2 * pad - FH) / stride) + 1;
  const OW = Math.floor((W + 2 * pad - FW) / stride) + 1;
  const out = new Float32Array(N * FN * OH * OW);
  let k = 0;
  for (let n = 0; n < N; n++)
    for (let f = 0; f < FN; f++)
      for (let oy = 0; oy < OH; oy++)
        for (let ox = 0; ox < OW; ox++) {
          let sum = b ? b[f] : 0;
          for (let c = 0; c < C; c++)
            for (let ky = 0; ky < FH; ky++)
              for (let kx = 0; kx < FW; kx++) {
                const y = oy * stride + ky - pad, xx = ox * stride + kx - pad; // prettier-ignore
                if (y < 0 || y >= H || xx < 0 || xx >= W) continue;
                sum += x[((n * C + c) * H + y) * W + xx] * w[((f * C + c) * FH + ky) * FW + kx];
              }
          out[k++] = sum;
        }
  return out;
}

/** im2col of a small seeded batch, the engine's convolution of it, and a direct loop to compare. */
export async function im2colDemo(o: Im2colOptions): Promise<Im2colResult> {
  const N = int(o.N, 1, 10, 'N');
  const C = int(o.C, 1, 3, 'C');
  const H = int(o.H, 1, 12, 'H');
  const FH = int(o.FH, 1, 7, 'FH');
  const FN = int(o.FN ?? 2, 1, 4, 'FN');
  const stride = int(o.stride ?? 1, 1, 4, 'stride');
  const pad = int(o.pad ?? 0, 0, 3, 'pad');
  const OH = outputSize(H, FH, stride, pad);
  const rng = createRng(o.seed ?? 0);
  const x = Float32Array.from({ length: N * C * H * H }, () => rng.int(10));
  const w = Float32Array.from({ length: FN * C * FH * FH }, () => rng.int(3) - 1);
  await initEngine();
  const out = onCpu(() => {
    const table = im2colTable(C, H, H, FH, FH, stride, pad);
    const conv = new Convolution(
      'Conv1',
      new Parameter('W', w.slice(), [FN, C, FH, FH], { requiresGrad: false }),
      new Parameter('b', new Float32Array(FN), [FN], { requiresGrad: false }),
      stride,
      pad,
    );
    try {
      return scope((): DeviceTensor[] => {
        const xt = tensor(x, { shape: [N, C, H, H] });
        const col = take(xt.reshape([N, C * H * H]), table).reshape([N * OH * OH, C * FH * FH]);
        return [col.value, conv.forward(xt).value];
      });
    } finally {
      disposeTakeTable(table);
      conv.dispose();
    }
  });
  let col: Float32Array, y: Float32Array;
  try {
    const data = await readAll(out, { cpu: true });
    [col, y] = [data[0].slice(), data[1].slice()];
  } finally {
    free(out);
  }
  const direct = directConvolution(x, w, { N, C, H, W: H, FN, FH, FW: FH }, stride, pad);
  let maxDiff = 0;
  for (let i = 0; i < y.length; i++) maxDiff = Math.max(maxDiff, Math.abs(y[i] - direct[i]));
  return { N, C, H, FH, FN, stride, pad, OH, x, w, col, out: y, direct, maxDiff };
}
