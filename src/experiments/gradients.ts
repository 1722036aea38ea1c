// Chapter 4.4: gradients of f(x0, x1) = x0² + x1² from the engine's backward() (x.grad after
// f(x).sum().backward(), never the formula 2x written by hand), the book's central differences
// in float32 on the engine (to show their round-off), and the book's gradient descent, whose
// every step's gradient comes from backward() and whose update is the engine's SGD
// (x ← x − lr·∇f, the book's `x -= lr * grad`). Two numbers per point: all of it runs on tfjs's
// CPU backend (onCpu), whatever backend is active, and is read back once per call.
import {
  free,
  initEngine,
  onCpu,
  packRow,
  Parameter,
  readAll,
  scope,
  sgd,
  tensor,
  type BackendName,
  type DeviceTensor,
  type Tensor,
} from '../engine';
import { MAX_DESCENT_STEPS, NUMERICAL_H } from './gradients-meta';

const MAX_POINTS = 20_000;

/** f(x) = Σ_j x_j² per row of x (shape [n, 2] → [n]; shape [2] → scalar). */
const f2 = (x: Tensor, axis?: number): Tensor => x.pow(2).sum(axis);

export interface GradientFieldResult {
  /** ∇f at each point from backward(): x0, x1 pairs like the input */
  grad: Float32Array;
  /** the book's central differences (h = 1e-4) computed in float32 on the engine */
  numeric32: Float32Array;
  backend: BackendName;
}

/**
 * ∇f for f(x0, x1) = x0² + x1² at many points at once: `points` is a flattened list of
 * (x0, x1) pairs. The engine's answer is x.grad after f(x).sum().backward() on the batch
 * (the points do not interact, so each row of x.grad is that point's gradient).
 */
export async function gradientField(o: {
  points: Float32Array | number[];
  h?: number;
}): Promise<GradientFieldResult> {
  const pts = Float32Array.from(o.points);
  const n = pts.length / 2;
  if (!Number.isInteger(n) || n < 1 || n > MAX_POINTS || !pts.every(Number.isFinite))
    throw new Error(`points는 유한한 (x0, x1) 쌍 1개 이상 ${MAX_POINTS}개 이하여야 합니다.`);
  const h = o.h ?? NUMERICAL_H;
  if (!(h > 0 && h < 1)) throw new Error(`h는 0과 1 사이의 수여야 합니다: ${h}`);
  const backend = await initEngine();
  const out = onCpu(() =>
    scope(() => {
      const x = tensor(pts, { shape: [n, 2], requiresGrad: true });
      try {
        f2(x, 1).sum().backward();
        const grad = x.grad!;
        // Central differences in float32, as numpy would with float32 arrays.
        const xc = tensor(pts, { shape: [n, 2] });
        const numeric = [0, 1].map((i) => {
          const e = tensor(i === 0 ? [h, 0] : [0, h], { shape: [1, 2] });
          return f2(xc.add(e), 1)
            .sub(f2(xc.sub(e), 1))
            .div(2 * h).value;
        });
        x.grad = null; // ownership moves to the result (kept by scope, freed below)
        return [grad, ...numeric];
      } finally {
        x.zeroGrad();
      }
    }),
  );
  try {
    const [grad, n0, n1] = await readAll(out, { cpu: true });
    const numeric32 = new Float32Array(2 * n);
    for (let i = 0; i < n; i++) {
      numeric32[2 * i] = n0[i];
      numeric32[2 * i + 1] = n1[i];
    }
    return { grad: grad.slice(), numeric32, backend };
  } finally {
    free(out);
  }
}

export interface GradientDescentResult {
  /** (x0, x1) after 0, 1, …, steps updates (the start first), flattened */
  points: Float32Array;
  /** f at each point */
  values: Float32Array;
  /** ∇f at each point from backward() (the last one is where a next step would go) */
  grads: Float32Array;
  backend: BackendName;
}

/**
 * The book's gradient_descent(function_2, init_x, lr, step_num): `steps` updates
 * x ← x − lr·∇f(x) from `init`. The path is recorded on the device and read back once.
 */
export async function gradientDescent(o: {
  init: [number, number];
  lr: number;
  steps: number;
}): Promise<GradientDescentResult> {
  const { init, lr, steps } = o;
  if (!Array.isArray(init) || init.length !== 2 || !init.every(Number.isFinite))
    throw new Error('init은 유한한 수 두 개 [x0, x1]이어야 합니다.');
  if (!Number.isFinite(lr) || lr < 0) throw new Error(`학습률은 0 이상의 수여야 합니다: ${lr}`);
  if (!Number.isInteger(steps) || steps < 0 || steps > MAX_DESCENT_STEPS)
    throw new Error(`steps는 0에서 ${MAX_DESCENT_STEPS} 사이의 정수여야 합니다: ${steps}`);
  const backend = await initEngine();
  const rows = onCpu(() => {
    const recorded: DeviceTensor[] = [];
    const x = new Parameter('x', Float32Array.from(init), [2]);
    const opt = sgd(lr);
    try {
      for (let i = 0; i <= steps; i++) {
        recorded.push(
          scope(() => {
            const value = f2(x);
            value.backward();
            const row = packRow([x, value, x.grad!]); // x0, x1, f, ∂f/∂x0, ∂f/∂x1
            if (i < steps) opt.step([x]);
            x.zeroGrad();
            return row;
          }),
        );
      }
      return recorded;
    } catch (e) {
      free(recorded);
      throw e;
    } finally {
      free(x);
      opt.dispose();
    }
  });
  try {
    const data = await readAll(rows, { cpu: true });
    const points = new Float32Array(2 * (steps + 1));
    const values = new Float32Array(steps + 1);
    const grads = new Float32Array(2 * (steps + 1));
    data.forEach((r, i) => {
      points.set(r.subarray(0, 2), 2 * i);
      values[i] = r[2];
      grads.set(r.subarray(3, 5), 2 * i);
    });
    return { points, values, grads, backend };
  } finally {
    free(rows);
  }
}
