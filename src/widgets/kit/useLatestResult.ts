// Runs an async computation for the latest input only: while one run is in flight, newer inputs
// are coalesced and the most recent one runs next (at most one run per animation frame). This is
// how a slider drag turns into "one engine update and one readback per frame".
// With `keep`, the last results are kept by key: an input seen before is answered from them in
// the very render that changed it (a slider moved back and forth does not wait for the worker).
import { useEffect, useMemo, useRef, useState } from 'react';
import { keepRecent } from './keepRecent';

export interface LatestResult<O> {
  /** The result of the most recent finished run (null before the first). */
  output: O | null;
  /** The error of the most recent run, if it failed. */
  error: Error | null;
  /** A run is in flight or queued. */
  busy: boolean;
  /** Milliseconds from the input change to the result of the last run (0: a kept result). */
  ms: number | null;
}

interface Held<O> extends LatestResult<O> {
  /** the key `output` belongs to */
  key: string | null;
}

/** A kept result shown again: stamped now (a Stamped result's doneAt times its drawing). */
function restamp<O>(o: O): O {
  return o && typeof o === 'object' && 'doneAt' in o ? { ...o, doneAt: performance.now() } : o;
}

/**
 * `key` identifies the input (e.g. JSON of the parameters); `compute` is called with the input
 * that belongs to the newest key. Unmounting aborts the pending run's signal. `keep`: how many
 * results to keep by key (0: none); only for a `compute` whose result depends on its input alone.
 */
export function useLatestResult<I, O>(
  key: string,
  input: I,
  compute: (input: I, signal: AbortSignal) => Promise<O>,
  { keep: wanted = 0 }: { keep?: number } = {},
): LatestResult<O> {
  // The slider bench turns keeping off to time every update afresh (bench/sliders.bench.ts).
  const keep = (globalThis as { __kitKeepOff?: boolean }).__kitKeepOff ? 0 : wanted;
  const [result, setResult] = useState<Held<O>>({
    key: null,
    output: null,
    error: null,
    busy: true,
    ms: null,
  });
  // Results kept by key (a cache: filled by runs, read while rendering).
  const [kept] = useState(() => new Map<string, O>());
  // The kept result for this key, one object per key change (so it is drawn once).
  const hit = useMemo(() => {
    const o = keep ? kept.get(key) : undefined;
    return o === undefined ? undefined : restamp(o);
  }, [key, keep, kept]);
  const latest = useRef({ key, input, compute, hit, changedAt: 0 });
  const running = useRef(false);
  const queued = useRef(false);
  const alive = useRef(new AbortController());

  useEffect(() => {
    const ctrl = new AbortController();
    alive.current = ctrl;
    return () => ctrl.abort();
  }, []);

  // The newest input and function, without restarting anything.
  useEffect(() => {
    latest.current.key = key;
    latest.current.input = input;
    latest.current.compute = compute;
    latest.current.hit = hit;
  });

  useEffect(() => {
    latest.current.changedAt = performance.now();
    queued.current = true;
    if (running.current) return;
    running.current = true;
    const pump = async () => {
      // The first input runs at once; inputs that arrive while a run is in flight are
      // coalesced, and the newest one runs after the next frame (so a drag paints in between).
      let first = true;
      while (queued.current && !alive.current.signal.aborted) {
        queued.current = false;
        if (latest.current.hit !== undefined) {
          const { key: k, hit: output } = latest.current;
          setResult({ key: k, output, error: null, busy: false, ms: 0 });
          continue;
        }
        if (!first) await new Promise((r) => requestAnimationFrame(r));
        first = false;
        const { key: jobKey, input: jobInput, compute: jobCompute, changedAt } = latest.current;
        const signal = alive.current.signal;
        try {
          const output = await jobCompute(jobInput, signal);
          if (signal.aborted) break;
          if (keep) keepRecent(kept, jobKey, output, keep);
          setResult({
            key: jobKey,
            output,
            error: null,
            busy: queued.current,
            ms: performance.now() - changedAt,
          });
        } catch (e) {
          if (signal.aborted) break;
          const error = e instanceof Error ? e : new Error(String(e));
          setResult((prev) => ({ ...prev, error, busy: queued.current }));
        }
      }
      running.current = false;
    };
    void pump();
  }, [key, keep, kept]);

  // A kept result for the new key is shown at once, in this render.
  if (hit !== undefined && result.key !== key)
    return { output: hit, error: null, busy: false, ms: 0 };
  return result;
}

/** `keep` for a live slider's results: the positions a drag visits, answered again at once. */
export const KEEP = { keep: 48 };
