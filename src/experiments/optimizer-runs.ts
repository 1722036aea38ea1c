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
  packRow,
  Parameter,
  readAll,
  scope,
  type BackendName,
  type DeviceTensor,
  type Optimizer,
  type OptimizerName,
  type Tensor,
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

/** What one point records: x, y, f, then each state slot's value. */
async function computeRuns(
  runs: Array<{ optimizer: OptimizerName; lr: number }>,
  start: [number, number],
  steps: number,
  surface: SurfaceName,
): Promise<OptimizerRun[]> {
  const f = SURFACE_FN[surface];
  const layouts: Array<{ slots: readonly string[]; scalars: Array<Record<string, number>> }> = [];
  // Two numbers per parameter: this runs on tfjs's CPU backend whatever the active one is.
  const recorded = onCpu(() => {
    const rows: DeviceTensor[] = [];
    try {
      for (const run of runs) rows.push(...recordRun(run, start, steps, f, layouts));
      return rows;
    } catch (e) {
      free(rows); // a run that throws half-way leaves nothing behind
      throw e;
    }
  });
  let data: Float32Array[];
  try {
    data = await readAll(recorded, { cpu: true });
  } finally {
    free(recorded);
  }
  let k = 0;
  return runs.map((run, r) => {
    const { slots, scalars } = layouts[r];
    const out: OptimizerRun = { ...run, points: [], values: [], state: [], divergedAt: null };
    for (let i = 0; i <= steps; i++) {
      const row = data[k++];
      const [px, py, fv] = row;
      out.points.push([px, py]);
      out.values.push(fv);
      const st: Record<string, [number, number]> = {};
      slots.forEach((name, s) => (st[name] = [row[3 + 2 * s], row[4 + 2 * s]]));
      for (const [name, v] of Object.entries(scalars[i])) st[name] = [v, v];
      out.state.push(st);
      const bad = !Number.isFinite(px) || !Number.isFinite(py) || !Number.isFinite(fv);
      if (out.divergedAt === null && (bad || Math.abs(px) > DIVERGED || Math.abs(py) > DIVERGED))
        out.divergedAt = i;
    }
    return out;
  });
}

/**
 * One optimizer's run: one row per point (x, y, f, then each state slot for x and y), kept past
 * the scopes; its layout is pushed onto `layouts`. The parameters and the optimizer's state are
 * freed when it returns or throws; the rows, when it throws.
 */
function recordRun(
  run: { optimizer: OptimizerName; lr: number },
  start: [number, number],
  steps: number,
  f: (x: Tensor, y: Tensor) => Tensor,
  layouts: Array<{ slots: readonly string[]; scalars: Array<Record<string, number>> }>,
): DeviceTensor[] {
  const rows: DeviceTensor[] = [];
  const params: Parameter[] = [];
  let opt: Optimizer | null = null;
  try {
    params.push(new Parameter('x', Float32Array.of(start[0]), [1]));
    params.push(new Parameter('y', Float32Array.of(start[1]), [1]));
    const [x, y] = params;
    const o = (opt = createOptimizer(run.optimizer, run.lr));
    const scalars: Array<Record<string, number>> = [];
    for (let i = 0; i <= steps; i++) {
      const row = scope(() => {
        const value = f(x, y);
        const slots = o.slotNames.map((k) => [o.stateOf(x)[k], o.stateOf(y)[k]]);
        const record = packRow([x, y, value, ...slots.flat()]);
        if (i < steps) {
          value.backward();
          o.step([x, y]);
          x.zeroGrad();
          y.zeroGrad();
        }
        return record;
      });
      rows.push(row);
      scalars.push(o.scalars());
    }
    layouts.push({ slots: o.slotNames, scalars });
    return rows;
  } catch (e) {
    free(rows);
    throw e;
  } finally {
    free(params); // values and any gradient left by a step that threw
    opt?.dispose();
  }
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
