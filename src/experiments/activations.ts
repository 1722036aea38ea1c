// Chapter 3: activation functions and their derivatives (the derivatives come from the
// engine's backward(), not from formulas here), and why stacking linear layers collapses.
import {
  createRng,
  free,
  identity,
  initEngine,
  leakyRelu,
  onCpu,
  readAll,
  relu,
  scope,
  sigmoid,
  step,
  tanh,
  tensor,
  type DeviceTensor,
  type Tensor,
} from '../engine';

export type ActivationName = 'step' | 'sigmoid' | 'tanh' | 'relu' | 'identity' | 'leakyRelu';

const ACTIVATION: Record<ActivationName, (x: Tensor) => Tensor> = {
  step,
  sigmoid,
  tanh,
  relu,
  identity,
  leakyRelu: (x) => leakyRelu(x, 0.1),
};
export const ACTIVATION_NAMES = Object.keys(ACTIVATION) as ActivationName[];

function checkXs(xs: number[]): void {
  if (!Array.isArray(xs) || xs.length === 0 || xs.length > 100_000 || !xs.every(Number.isFinite)) {
    throw new Error('xs는 유한한 수 1개 이상(10만 개 이하)의 배열이어야 합니다.');
  }
}

/**
 * y = h(x) and h'(x) on a grid, for each name: h' is x.grad after h(x).sum().backward()
 * (leakyRelu uses α = 0.1 so its slope is visible). One readback for all curves.
 */
export async function activationCurves(o: {
  names: ActivationName[];
  xs: number[];
}): Promise<Record<ActivationName, { y: number[]; dy: number[] }>> {
  for (const n of o.names)
    if (!(n in ACTIVATION)) throw new Error(`알 수 없는 활성화 함수: ${String(n)}`);
  checkXs(o.xs);
  await initEngine();
  const out = onCpu(() =>
    scope(() => {
      // [y, dy] per name. Each dy is a leaf gradient, which outlives the scope: if a later
      // name throws, the ones made so far are freed here (the scope frees the rest).
      const curves: DeviceTensor[] = [];
      try {
        for (const name of o.names) {
          const x = tensor(o.xs, { requiresGrad: true });
          try {
            const y = ACTIVATION[name](x);
            y.sum().backward();
            curves.push(y.value, x.grad!);
            x.grad = null; // ownership moves to `curves` (kept by scope, freed below)
          } finally {
            x.zeroGrad();
          }
        }
        return curves;
      } catch (e) {
        free(curves);
        throw e;
      }
    }),
  );
  try {
    const data = await readAll(out, { cpu: true });
    const result = {} as Record<ActivationName, { y: number[]; dy: number[] }>;
    o.names.forEach(
      (name, i) => (result[name] = { y: Array.from(data[2 * i]), dy: Array.from(data[2 * i + 1]) }),
    );
    return result;
  } finally {
    free(out);
  }
}

/**
 * Three layers 1 → width → width → 1 with seeded N(0, 1) weights and N(0, 0.5²) biases,
 * the activation between layers (none after the last). With the identity the network is one
 * linear function y = w·x + b: `collapsed` gives w = W1·W2·W3 and b = (b1·W2 + b2)·W3 + b3.
 */
export async function stackedLayers(o: {
  activation: 'identity' | 'relu';
  xs: number[];
  width?: number;
  seed?: number;
}): Promise<{ y: number[]; collapsed: { w: number; b: number } | null; weights: number[][][] }> {
  if (o.activation !== 'identity' && o.activation !== 'relu')
    throw new Error(`activation은 'identity' 또는 'relu'여야 합니다: ${String(o.activation)}`);
  checkXs(o.xs);
  const width = o.width ?? 4;
  if (!Number.isInteger(width) || width < 1 || width > 64)
    throw new Error(`width는 1에서 64 사이의 정수여야 합니다: ${width}`);
  await initEngine();
  const rng = createRng(o.seed ?? 0);
  const shapes: Array<[number, number]> = [
    [1, width],
    [width, width],
    [width, 1],
  ];
  const hostW = shapes.map(([r, c]) => rng.normalArray(r * c));
  const hostB = shapes.map(([, c]) => rng.normalArray(c, 0.5));
  const h = o.activation === 'relu' ? relu : identity;
  const out = onCpu(() =>
    scope(() => {
      const W = hostW.map((w, i) => tensor(w, { shape: shapes[i] }));
      const b = hostB.map((v) => tensor(v));
      const x = tensor(o.xs, { shape: [o.xs.length, 1] });
      const a1 = h(x.matmul(W[0]).add(b[0]));
      const a2 = h(a1.matmul(W[1]).add(b[1]));
      const y = a2.matmul(W[2]).add(b[2]);
      const w = W[0].matmul(W[1]).matmul(W[2]);
      const bias = b[0].reshape([1, width]).matmul(W[1]).add(b[1]).matmul(W[2]).add(b[2]);
      return [y.value, w.value, bias.value];
    }),
  );
  try {
    const [y, w, bias] = await readAll(out, { cpu: true });
    return {
      y: Array.from(y),
      collapsed: o.activation === 'identity' ? { w: w[0], b: bias[0] } : null,
      weights: hostW.map((wv, i) =>
        Array.from({ length: shapes[i][0] }, (_, r) =>
          Array.from(wv.subarray(r * shapes[i][1], (r + 1) * shapes[i][1])),
        ),
      ),
    };
  } finally {
    free(out);
  }
}
