// Chapter 6.1: the book's optimizers racing on a 2-D surface. Every run is the engine's real
// optimizer stepping two parameters (x, y) with gradients from backward(); all runs of one call
// are read back from the device together, once.
import {
  ContextLostError,
  createOptimizer,
  engineSettled,
  free,
  initEngine,
  OPTIMIZER_NAMES,
  onCpu,
  ops,
  packRow,
  Parameter,
  readAll,
  scope,
  type BackendName,
  type DeviceTensor,
  type Optimizer,
  type OptimizerName,
} from '../engine';
import { assertSurface, SURFACE_FN, SURFACES, type SurfaceName } from './surfaces';

export interface OptimizerRun {
  optimizer: OptimizerName;
  lr: number;
  /** (x, y) after 0, 1, …, steps updates */
  points: Array<[number, number]>;
  /** f at each point */
  values: number[];
  /** per point, the optimizer's state after that update: {}, {v}, {h}, {m, v, lrT} as [for x, for y] */
  state: Array<Record<string, [number, number]>>;
  /** first index whose point or f is NaN/±Inf or |x|, |y| > 1e6; null when the run stayed finite */
  divergedAt: number | null;
}

export interface OptimizerRunsResult {
  runs: OptimizerRun[];
  backend: BackendName;
  /** wall time of the call, readback included */
  ms: number;
}

const DIVERGED = 1e6;

export async function optimizerRuns(o: {
  runs: Array<{ optimizer: OptimizerName; lr: number }>;
  start?: [number, number];
  steps?: number;
  surface?: SurfaceName;
}): Promise<OptimizerRunsResult> {
  const surface = o.surface ?? 'bowl';
  assertSurface(surface);
  const steps = o.steps ?? 30;
  if (!Number.isInteger(steps) || steps < 0 || steps > 10_000)
    throw new Error(`steps는 0에서 10000 사이의 정수여야 합니다: ${steps}`);
  for (const r of o.runs) {
    if (!OPTIMIZER_NAMES.includes(r.optimizer))
      throw new Error(`알 수 없는 최적화 방법: ${String(r.optimizer)}`);
    if (!Number.isFinite(r.lr) || r.lr < 0)
      throw new Error(`학습률은 0 이상의 유한한 수여야 합니다: ${r.lr}`);
  }
  const start = o.start ?? SURFACES[surface].start;
  const backend = await initEngine();
  const t0 = performance.now();
  try {
    return {
      runs: await computeRuns(o.runs, start, steps, surface),
      backend,
      ms: performance.now() - t0,
    };
  } catch (e) {
    if (!(e instanceof ContextLostError)) throw e;
    await engineSettled(); // the backend has switched: run the whole (short) computation again
    const again = await computeRuns(o.runs, start, steps, surface);
    return { runs: again, backend: await initEngine(), ms: performance.now() - t0 };
  }
}

/**
 * All runs step together: each run's point is one parameter p = (x, y) of its own optimizer, and
 * one graph per step evaluates f at every point at once — the points are joined, split into the
 * column of x's and the column of y's, and f (elementwise) gives one value per run, so one
 * backward() hands each p the gradient of its own f. (Per run and per coordinate, the same
 * numbers as stepping each run alone, in a sixth of the kernels: tfjs's cost per kernel, not the
 * arithmetic of two numbers, is what this computation spends its time on.)
 * Each step records one row: every p, every f, then each run's state slots.
 */
async function computeRuns(
  runs: Array<{ optimizer: OptimizerName; lr: number }>,
  start: [number, number],
  steps: number,
  surface: SurfaceName,
): Promise<OptimizerRun[]> {
  const n = runs.length;
  if (n === 0) return [];
  const f = SURFACE_FN[surface];
  const params = runs.map((_, r) => new Parameter(`p${r}`, Float32Array.from(start), [2]));
  const opts: Optimizer[] = [];
  const scalars: Array<Array<Record<string, number>>> = runs.map(() => []);
  let table: DeviceTensor;
  try {
    for (const run of runs) opts.push(createOptimizer(run.optimizer, run.lr));
    // Two numbers per run: this runs on tfjs's CPU backend whatever the active one is.
    table = onCpu(() => {
      const rows: DeviceTensor[] = [];
      try {
        for (let i = 0; i <= steps; i++) {
          rows.push(
            scope(() => {
              const joined = ops.concat(params); // x₀ y₀ x₁ y₁ …
              const points = joined.reshape([n, 2]);
              const value = f(ops.slice(points, [0, 0], [n, 1]), ops.slice(points, [0, 1], [n, 1]));
              const slots = opts.flatMap((o, r) => o.slotNames.map((k) => o.stateOf(params[r])[k]));
              const row = packRow([joined, value, ...slots]);
              if (i < steps) {
                value.backward();
                opts.forEach((o, r) => o.step([params[r]]));
                for (const p of params) p.zeroGrad();
              }
              return row;
            }),
          );
          opts.forEach((o, r) => scalars[r].push(o.scalars()));
        }
        return scope(() => packRow(rows)); // one tensor, one readback
      } finally {
        free(rows);
      }
    });
  } finally {
    free(params); // values and any gradient left by a step that threw
    for (const o of opts) o.dispose();
  }
  let data: Float32Array;
  try {
    [data] = await readAll([table], { cpu: true });
  } finally {
    free([table]);
  }
  const width = data.length / (steps + 1);
  const outs = runs.map((run): OptimizerRun => ({
    ...run,
    points: [],
    values: [],
    state: [],
    divergedAt: null,
  }));
  for (let i = 0; i <= steps; i++) {
    const row = data.subarray(i * width, (i + 1) * width);
    let slot = 3 * n;
    outs.forEach((out, r) => {
      const px = row[2 * r];
      const py = row[2 * r + 1];
      const fv = row[2 * n + r];
      out.points.push([px, py]);
      out.values.push(fv);
      const st: Record<string, [number, number]> = {};
      for (const name of opts[r].slotNames) st[name] = [row[slot++], row[slot++]];
      for (const [name, v] of Object.entries(scalars[r][i])) st[name] = [v, v];
      out.state.push(st);
      const bad = !Number.isFinite(px) || !Number.isFinite(py) || !Number.isFinite(fv);
      if (out.divergedAt === null && (bad || Math.abs(px) > DIVERGED || Math.abs(py) > DIVERGED))
        out.divergedAt = i;
    });
  }
  return outs;
}

/** The book's Fig 6-8 path of one optimizer: steps + 1 points, the start first. */
export async function optimizerTrajectory(o: {
  optimizer: OptimizerName;
  lr: number;
  start?: [number, number];
  steps?: number;
}): Promise<Array<[number, number]>> {
  const { runs } = await optimizerRuns({
    runs: [{ optimizer: o.optimizer, lr: o.lr }],
    start: o.start,
    steps: o.steps,
  });
  return runs[0].points;
}

export { BOOK_LR } from './book';
