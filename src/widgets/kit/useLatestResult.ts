// Runs an async computation for the latest input only: while one run is in flight, newer inputs
// are coalesced and the most recent one runs next (at most one run per animation frame). This is
// how a slider drag turns into "one engine update and one readback per frame".
import { useEffect, useRef, useState } from 'react';

export interface LatestResult<O> {
  /** The result of the most recent finished run (null before the first). */
  output: O | null;
  /** The error of the most recent run, if it failed. */
  error: Error | null;
  /** A run is in flight or queued. */
  busy: boolean;
  /** Milliseconds from the input change to the result of the last run. */
  ms: number | null;
}

/**
 * `key` identifies the input (e.g. JSON of the parameters); `compute` is called with the input
 * that belongs to the newest key. Unmounting aborts the pending run's signal.
 */
export function useLatestResult<I, O>(
  key: string,
  input: I,
  compute: (input: I, signal: AbortSignal) => Promise<O>,
): LatestResult<O> {
  const [result, setResult] = useState<LatestResult<O>>({
    output: null,
    error: null,
    busy: true,
    ms: null,
  });
  const latest = useRef({ input, compute, changedAt: 0 });
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
    latest.current.input = input;
    latest.current.compute = compute;
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
        if (!first) await new Promise((r) => requestAnimationFrame(r));
        first = false;
        const { input: jobInput, compute: jobCompute, changedAt } = latest.current;
        const signal = alive.current.signal;
        try {
          const output = await jobCompute(jobInput, signal);
          if (signal.aborted) break;
          setResult({
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
  }, [key]);

  return result;
}
