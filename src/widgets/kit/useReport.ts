// The one report hook: every widget tells its frame how it is doing through this. From the
// result being drawn it derives data-state (loading → running → ready | diverged | error) and,
// once per new result, the update time (computation + drawing) and the backend.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { WidgetProps, WidgetState } from '../types';
import type { LatestResult } from './useLatestResult';

/** What a widget's compute function returns, stamped when the numbers arrived. */
export interface Stamped {
  /** Where the numbers were computed: the engine's backend, or 'JS' on the page thread. */
  backend: string;
  /** performance.now() when the numbers were back */
  doneAt: number;
}

export function useReport(o: {
  report: WidgetProps['report'];
  /** The result being drawn (useLatestResult for the engine, useSyncResult for plain JS). */
  result: LatestResult<Stamped>;
  /** Further results whose runs or errors count too (e.g. an optional second chart). */
  also?: ReadonlyArray<LatestResult<unknown>>;
  /** Korean explanation when the numbers diverged ('' when they did not). */
  diverged: string;
  /** Something else is moving (an animation, a learning run). */
  running?: boolean;
  /** Korean "couldn't compute …" prefix for errors. */
  errorLabel?: string;
}): { state: WidgetState; rootRef: RefObject<HTMLDivElement | null> } {
  const { result, report, diverged, running, errorLabel = '계산하지 못했어요' } = o;
  const also = o.also ?? [];
  const out = result.output;
  const error = result.error ?? also.find((r) => r.error)?.error ?? null;
  const busy = result.busy || also.some((r) => r.busy);
  const state: WidgetState = error
    ? 'error'
    : !out
      ? 'loading'
      : diverged
        ? 'diverged'
        : busy || running
          ? 'running'
          : 'ready';
  const message = error ? `${errorLabel}: ${error.message}` : diverged || undefined;

  // For benchmarks: how much of the update was drawing (numbers in → DOM committed).
  const rootRef = useRef<HTMLDivElement>(null);
  const drawn = useRef<{ out: Stamped; updateMs: number } | null>(null);
  const ms = result.ms;
  // For benchmarks: `data-drawn` counts the results committed to the DOM, set in the commit
  // itself (before paint), so "the numbers for the new input are on screen" can be observed.
  const drawnCount = useRef(0);
  useLayoutEffect(() => {
    if (out && rootRef.current) rootRef.current.dataset.drawn = String(++drawnCount.current);
  }, [out]);
  const mounted = useRef(false);
  useEffect(() => {
    // Numbers computed while mounting (a synchronous widget) count their computation only: the
    // mount's commit waits for the page (lazy chunks, Suspense), which is not this widget's time.
    const mounting = !mounted.current;
    mounted.current = true;
    if (out && drawn.current?.out !== out) {
      const renderMs = mounting ? 0 : performance.now() - out.doneAt;
      if (rootRef.current) rootRef.current.dataset.renderMs = renderMs.toFixed(1);
      drawn.current = { out, updateMs: (ms ?? 0) + renderMs };
    }
    if (state === 'loading') return;
    const reused = result.reused;
    report({ state, message, updateMs: drawn.current?.updateMs, backend: out?.backend, reused });
  }, [state, message, out, ms, report, result.reused]);

  return { state, rootRef };
}
