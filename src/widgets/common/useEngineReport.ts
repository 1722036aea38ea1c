// The frame's status hooks for an engine-backed widget, from its latest result: data-state
// (loading → running → ready | diverged | error) and the update time (engine + drawing).
import { useEffect, useRef } from 'react';
import type { WidgetProps, WidgetState } from '../types';
import type { LatestResult } from './useLatestResult';

/** What a widget's compute function returns, stamped when the numbers arrived. */
export interface StampedOutput {
  backend: string;
  /** performance.now() when the engine's numbers were back */
  doneAt: number;
}

export function useEngineReport(o: {
  result: LatestResult<StampedOutput>;
  report: WidgetProps['report'];
  /** Korean "couldn't compute …" prefix for errors */
  errorLabel: string;
  /** Korean explanation when the numbers diverged ('' when they did not) */
  diverged: string;
  /** something else is moving (e.g. an animation) */
  running?: boolean;
}) {
  const { result, report, errorLabel, diverged, running } = o;
  const out = result.output;
  // For benchmarks: how much of the update was drawing (numbers in → DOM committed).
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!out) return;
    const renderMs = performance.now() - out.doneAt;
    if (rootRef.current) rootRef.current.dataset.renderMs = renderMs.toFixed(1);
    report({ updateMs: (result.ms ?? 0) + renderMs, backend: out.backend });
  }, [out, result.ms, report]);

  const state: WidgetState = result.error
    ? 'error'
    : !out
      ? 'loading'
      : diverged
        ? 'diverged'
        : result.busy || running
          ? 'running'
          : 'ready';
  useEffect(() => {
    if (state === 'loading') return;
    if (state === 'error') report({ state, message: `${errorLabel}: ${result.error?.message ?? ''}` });
    else report({ state, message: diverged || undefined });
  }, [state, diverged, errorLabel, result.error, report]);

  return { state, rootRef };
}
