// The engine calls of optimizer-trajectories (through the engine's worker, experiments/client):
// the runs of every optimizer from one start, and the contour grid of each surface (kept once
// loaded).
import {
  optimizerRuns,
  surfaceGrid,
  SURFACES,
  type OptimizerName,
  type SurfaceName,
} from '../../experiments/client';
import { keepRecent, type Stamped } from '../kit';
import { divergedAt, plotBox } from './model';

export type Point = [number, number];

export interface RunInput {
  surface: SurfaceName;
  start: Point;
  steps: number;
  runs: Array<{ optimizer: OptimizerName; lr: number }>;
}

type Runs = Awaited<ReturnType<typeof optimizerRuns>>;
export type Run = Runs['runs'][number];
export type RunOutput = Runs & Stamped & { input: RunInput };
/** Per optimizer: its run and the step it diverged at (null when it did not). */
export type RunMap = Map<OptimizerName, { run: Run; divergedAt: number | null }>;

export interface Grid {
  values: Float32Array;
  nx: number;
  ny: number;
}

/** Samples per row of a contour grid. */
const GRID_N = 81;
// Contour grids come from the engine once per surface and are kept (plain numbers, no tensors).
const gridCache = new Map<SurfaceName, Promise<Grid>>();

export function loadGrid(surface: SurfaceName): Promise<Grid> {
  let p = gridCache.get(surface);
  if (!p) {
    const s = SURFACES[surface];
    const box = plotBox(s.x, s.y, GRID_N);
    const nx = GRID_N;
    const ny = Math.max(21, Math.round((GRID_N * box.height) / box.width));
    p = surfaceGrid({ surface, x: s.x, y: s.y, nx, ny }).then((values) => ({ values, nx, ny }));
    p.catch(() => gridCache.delete(surface));
    gridCache.set(surface, p);
  }
  return p;
}

/** Runs already computed, by surface, start, steps, optimizer and lr (plain numbers). */
const runCache = new Map<string, Run>();
const RUN_CACHE_MAX = 240;
const runKey = (i: RunInput, r: RunInput['runs'][number]) =>
  JSON.stringify([i.surface, i.start, i.steps, r.optimizer, r.lr]);

/**
 * The runs of `input`. Each run depends only on its own optimizer and lr (the engine steps every
 * run's point in one graph, but each point's gradient is its own): a run computed before is
 * taken from the cache, so moving one learning rate asks the engine for that optimizer alone.
 */
export async function computeRuns(input: RunInput): Promise<RunOutput> {
  const keys = input.runs.map((r) => runKey(input, r));
  const missing = input.runs.filter((_, i) => !runCache.has(keys[i]));
  // The runs count as drawn only with their contours: wait for the (cached) grid too.
  const [out] = await Promise.all([
    optimizerRuns({
      runs: missing,
      start: input.start,
      steps: input.steps,
      surface: input.surface,
    }),
    loadGrid(input.surface),
  ]);
  const fresh = new Map(out.runs.map((run, i) => [runKey(input, missing[i]), run]));
  const runs = keys.map((k) => fresh.get(k) ?? runCache.get(k)!);
  keys.forEach((k, i) => keepRecent(runCache, k, runs[i], RUN_CACHE_MAX));
  return { ...out, runs, input, doneAt: performance.now() };
}

/** Each run with the step it diverged at: the engine's verdict, or leaving the plot far behind. */
export function runMap(out: RunOutput | null): RunMap {
  const m: RunMap = new Map();
  if (!out) return m;
  const s = SURFACES[out.input.surface];
  for (const run of out.runs)
    m.set(run.optimizer, {
      run,
      divergedAt: divergedAt(run.points, s, run.values, run.divergedAt),
    });
  return m;
}

/** Whether the run's point or value at step `at` is no longer a finite number. */
export function isBlownUp(run: Run, at: number): boolean {
  const p = run.points[at];
  return !p || !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || !Number.isFinite(run.values[at]);
}
