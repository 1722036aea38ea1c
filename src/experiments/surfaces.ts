// Test functions for the optimizer widgets, written with the engine's ops so that their
// gradients come from backward(), and their contour grids from the same forward code.
import { free, initEngine, readAll, scope, tensor, type Tensor } from '../engine';

// The surfaces' names and plot metadata are engine-free (meta.ts): the page needs them too.
import { SURFACES, type SurfaceName } from './meta';
export { SURFACES };
export type { SurfaceInfo, SurfaceName } from './meta';

/** f(x, y) on tensors of any (equal) shape, with engine ops. */
export const SURFACE_FN: Record<SurfaceName, (x: Tensor, y: Tensor) => Tensor> = {
  bowl: (x, y) =>
    x
      .pow(2)
      .mul(1 / 20)
      .add(y.pow(2)),
  rosenbrock: (x, y) =>
    x
      .neg()
      .add(1)
      .pow(2)
      .add(y.sub(x.pow(2)).pow(2).mul(100)),
  saddle: (x, y) => x.pow(2).sub(y.pow(2)),
};

export function assertSurface(name: string): asserts name is SurfaceName {
  if (!(name in SURFACES))
    throw new Error(`알 수 없는 곡면: ${name} (bowl, rosenbrock, saddle 중 하나)`);
}

/** n evenly spaced numbers from a to b (both included). */
export function linspace(a: number, b: number, n: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = n === 1 ? a : a + ((b - a) * i) / (n - 1);
  return out;
}

/** f on an ny × nx grid (row-major: row j is y_j, column i is x_i), for contour lines. One readback. */
export async function surfaceGrid(o: {
  surface: SurfaceName;
  x: [number, number];
  y: [number, number];
  nx: number;
  ny: number;
}): Promise<Float32Array> {
  assertSurface(o.surface);
  for (const n of [o.nx, o.ny]) {
    if (!Number.isInteger(n) || n < 2 || n > 2048)
      throw new Error(`격자 크기는 2 이상 2048 이하의 정수여야 합니다: ${n}`);
  }
  await initEngine();
  const xs = linspace(o.x[0], o.x[1], o.nx);
  const ys = linspace(o.y[0], o.y[1], o.ny);
  const gx = new Float32Array(o.nx * o.ny);
  const gy = new Float32Array(o.nx * o.ny);
  for (let j = 0; j < o.ny; j++) {
    gx.set(xs, j * o.nx);
    gy.fill(ys[j], j * o.nx, (j + 1) * o.nx);
  }
  const f = scope(() => SURFACE_FN[o.surface](tensor(gx), tensor(gy)).value);
  try {
    const [values] = await readAll([f]);
    return values.slice();
  } finally {
    free(f);
  }
}
