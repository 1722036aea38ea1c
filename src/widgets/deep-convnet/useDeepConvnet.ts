// The widget's engine work: the book's weights and the test digits loaded once the widget comes
// near the screen (the device copy freed on unmount), and the scoring run over the test digits —
// a job with an id; a new id aborts the old job (its numbers are dropped), stop() ends the
// current one early and keeps what it counted.
import { useEffect, useRef, useState } from 'react';
import {
  disposeDeepConvnet,
  loadDeepConvnet,
  runDeepConvnet,
  type DeepConvnetInfo,
  type DeepConvnetLoadProgress,
  type DeepConvnetProgress,
  type DeepConvnetRunResult,
} from '../../experiments/client';

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/** The network's description once loaded (`start` false: wait), again for each new `attempt`. */
export function useLoadedNet(
  start: boolean,
  attempt: number,
): {
  info: DeepConvnetInfo | null;
  error: Error | null;
  progress: DeepConvnetLoadProgress | null;
} {
  const [state, setState] = useState<{ info: DeepConvnetInfo | null; error: Error | null }>({
    info: null,
    error: null,
  });
  const [progress, setProgress] = useState<DeepConvnetLoadProgress | null>(null);
  const [seen, setSeen] = useState(attempt);
  if (seen !== attempt) {
    setSeen(attempt);
    setState({ info: null, error: null });
  }
  useEffect(() => {
    if (!start) return;
    let live = true;
    loadDeepConvnet((p) => live && setProgress(p))
      .then((info) => live && setState({ info, error: null }))
      .catch((e: unknown) => live && setState({ info: null, error: asError(e) }));
    return () => {
      live = false;
    };
  }, [start, attempt]);
  // the device copy lives as long as the widget
  useEffect(() => () => disposeDeepConvnet(), []);
  return { ...state, progress };
}

export interface ScoreState {
  id: string | null;
  progress: DeepConvnetProgress | null;
  result: DeepConvnetRunResult | null;
  error: Error | null;
  /** performance.now() when the result arrived */
  doneAt: number;
}

/** Runs the scoring `job` (null: nothing to run); a new job id aborts the old one. */
export function useScore(job: { id: string; start: number; count: number } | null): ScoreState & {
  running: boolean;
  stop: () => void;
} {
  const [state, setState] = useState<ScoreState>({
    id: null,
    progress: null,
    result: null,
    error: null,
    doneAt: 0,
  });
  const ctrl = useRef<AbortController | null>(null);
  const id = job?.id ?? null;
  const start = job?.start ?? 0;
  const count = job?.count ?? 0;
  useEffect(() => {
    if (id === null) return;
    const c = new AbortController();
    ctrl.current = c;
    let live = true;
    const blank = { id, result: null, error: null, doneAt: 0 };
    runDeepConvnet({
      start,
      count,
      signal: c.signal,
      onProgress: (p) => live && setState({ ...blank, progress: p }),
    })
      .then((r) => live && setState({ id, progress: r, result: r, error: null, doneAt: performance.now() })) // prettier-ignore
      .catch((e: unknown) => live && setState({ ...blank, progress: null, error: asError(e), doneAt: performance.now() })); // prettier-ignore
    return () => {
      live = false;
      c.abort();
    };
  }, [id, start, count]);
  const current = state.id === id;
  const shown = current ? state : { ...state, progress: null, result: null, error: null };
  return {
    ...shown,
    running: id !== null && !(current && (state.result || state.error)),
    stop: () => ctrl.current?.abort(),
  };
}
