// The page's pool of engine workers for the hyperparameter search (DESIGN.md, "Runtime"):
// min(4, navigator.hardwareConcurrency) extra instances of the engine's worker module, each
// its own engine with its own backend — the same backend the page's engine runs (passed as
// `forced`, so no pool worker runs the probe again). Trials are handed out one at a time to
// whichever worker is free; results arrive in the order they finish. Stopping (or the end of
// the search) terminates the workers, which frees everything they held.
import * as Comlink from 'comlink';
import { engine, startEngine } from './client-engine';
import type { SearchTrialResult } from './search';
import { sampleTrials, type SearchTrialSpec } from './search-meta';
import type { WorkerApi } from './worker-api';

/** Workers this machine gets: its logical cores, at least 1, at most 4. */
export function poolSize(): number {
  const n = globalThis.navigator?.hardwareConcurrency ?? 1;
  return Math.max(1, Math.min(4, Math.floor(n) || 1));
}

export type SearchTrialDone = SearchTrialSpec & SearchTrialResult & { worker: number };

export interface SearchRunOptions {
  seed: number;
  trials: number;
  epochs: number;
  /** workers to start (default poolSize()) */
  workers?: number;
  signal?: AbortSignal;
  /** each finished trial, as it finishes */
  onTrial?: (t: SearchTrialDone) => void;
  /** how many workers are running now (after each start and at the end: 0) */
  onWorkers?: (n: number) => void;
}

/** Runs the search; resolves when every trial is done or the signal stopped it (finished trials stay reported). */
export async function runSearch(o: SearchRunOptions): Promise<{ stopped: boolean }> {
  const specs = sampleTrials(o.seed, o.trials);
  const decision = await startEngine();
  const backend = (await (await engine()).status()).backend ?? decision.choice;
  const size = Math.max(1, Math.min(o.workers ?? poolSize(), specs.length));
  const workers: Worker[] = [];
  let alive = 0;
  let next = 0;
  const stop = new Promise<'stopped'>((resolve) => {
    if (o.signal?.aborted) resolve('stopped');
    o.signal?.addEventListener('abort', () => resolve('stopped'), { once: true });
  });
  const crashed = new Promise<never>((_, reject) => {
    const fail = (e: ErrorEvent) => reject(new Error(e.message || '탐색 워커 오류'));
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      w.addEventListener('error', fail, { once: true });
      workers.push(w);
    }
  });
  crashed.catch(() => undefined);
  const loop = async (w: Worker, index: number) => {
    const api = Comlink.wrap<WorkerApi>(w);
    await api.start({ forced: backend });
    o.onWorkers?.(++alive);
    try {
      while (next < specs.length && !o.signal?.aborted) {
        const spec = specs[next++];
        const r = await api.searchTrial({
          lr: spec.lr, weightDecay: spec.weightDecay, seed: spec.seed,
          splitSeed: o.seed, epochs: o.epochs,
        }); // prettier-ignore
        if (o.signal?.aborted) return;
        o.onTrial?.({ ...spec, ...r, worker: index });
      }
    } finally {
      o.onWorkers?.(--alive);
    }
  };
  try {
    const done = Promise.all(workers.map((w, i) => loop(w, i)));
    const end = await Promise.race([done.then(() => 'done' as const), stop, crashed]);
    return { stopped: end === 'stopped' };
  } finally {
    for (const w of workers) w.terminate();
    if (alive) o.onWorkers?.((alive = 0));
  }
}

export type { SearchTrialSpec };
