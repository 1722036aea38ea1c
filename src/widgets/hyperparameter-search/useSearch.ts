// The search's state on the page: start (a pool of engine workers, search-pool.ts), stop
// (keeps the finished trials), the trials as they finish, workers running, elapsed time.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { poolSize, runSearch, type SearchTrialDone } from '../../experiments/client';

export type SearchStatus = 'idle' | 'running' | 'done' | 'stopped';

export interface SearchSettings {
  seed: number;
  trials: number;
  epochs: number;
  workers: number;
}

export interface SearchView {
  status: SearchStatus;
  trials: SearchTrialDone[];
  /** workers running now */
  workers: number;
  /** the settings of the trials shown (null before the first start) */
  settings: SearchSettings | null;
  /** ms from start to now (running) or to the end */
  elapsedMs: number;
  error: Error | null;
  /** bumps on every change (for the report) */
  at: number;
}

const IDLE: SearchView = {
  status: 'idle', trials: [], workers: 0, settings: null, elapsedMs: 0, error: null, at: 0,
}; // prettier-ignore

export function useSearch() {
  const [view, setView] = useState<SearchView>(IDLE);
  const ctrl = useRef<AbortController | null>(null);
  const startedAt = useRef(0);

  useEffect(() => () => ctrl.current?.abort(), []);

  const stop = useCallback(() => ctrl.current?.abort(), []);

  const start = useCallback((s: Omit<SearchSettings, 'workers'> & { workers: number | 'auto' }) => {
    ctrl.current?.abort();
    const c = new AbortController();
    ctrl.current = c;
    const settings = { ...s, workers: s.workers === 'auto' ? poolSize() : s.workers };
    startedAt.current = performance.now();
    const update = (patch: Partial<SearchView> | ((v: SearchView) => Partial<SearchView>)) =>
      setView(
        (v) =>
        ctrl.current !== c
          ? v
          : { ...v, ...(typeof patch === 'function' ? patch(v) : patch), at: performance.now(),
              elapsedMs: performance.now() - startedAt.current }, // prettier-ignore
      );
    setView({ ...IDLE, status: 'running', settings, at: performance.now() });
    runSearch({
      ...settings,
      signal: c.signal,
      // a finished trial redraws the scatter, the list and the curves: in a transition (sliced)
      onTrial: (t) => startTransition(() => update((v) => ({ trials: [...v.trials, t] }))),
      onWorkers: (n) => update({ workers: n }),
    }).then(
      ({ stopped }) => update({ status: stopped ? 'stopped' : 'done', workers: 0 }),
      (e: unknown) =>
        update({
          status: 'stopped',
          workers: 0,
          error: e instanceof Error ? e : new Error(String(e)),
        }),
    );
  }, []);

  return { view, start, stop };
}
