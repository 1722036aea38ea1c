// The widget's engine work: the weights and test digits loaded once per mount (their device
// copies freed on unmount), and timed runs of the book's accuracy loop, one at a time. A run is
// a job with an id; a new id aborts the previous job (its numbers are dropped), while stop()
// ends the current one early and keeps what it measured.
import { useEffect, useRef, useState } from 'react';
import {
  disposeInference,
  engineBackend,
  inferenceProbabilities,
  loadInference,
  runInference,
  type InferenceInfo,
  type InferenceLoadProgress,
  type InferenceProgress,
  type InferenceRunResult,
} from '../../experiments/client';
import { argmaxRows } from './model';

export interface Loaded {
  info: InferenceInfo;
  /** n × 10 softmax outputs */
  probs: Float32Array;
  /** argmax of each row of probs */
  predicted: Uint8Array;
  backend: string;
  ms: number;
}

/** The files and probabilities, loaded once per mount and again for each new `attempt`. */
export function useLoaded(attempt = 0): {
  loaded: Loaded | null;
  error: Error | null;
  progress: InferenceLoadProgress | null;
} {
  const [state, setState] = useState<{ loaded: Loaded | null; error: Error | null }>({
    loaded: null,
    error: null,
  });
  const [progress, setProgress] = useState<InferenceLoadProgress | null>(null);
  // a new attempt starts from nothing (adjusted while rendering, as React recommends)
  const [seen, setSeen] = useState(attempt);
  if (seen !== attempt) {
    setSeen(attempt);
    setState({ loaded: null, error: null });
  }
  useEffect(() => {
    let live = true;
    const t0 = performance.now();
    (async () => {
      const info = await loadInference((p) => live && setProgress(p));
      const probs = await inferenceProbabilities();
      const backend = await engineBackend();
      const loaded: Loaded = {
        info,
        probs,
        predicted: argmaxRows(probs),
        backend,
        ms: performance.now() - t0,
      };
      if (live) setState({ loaded, error: null });
    })().catch((e: unknown) => {
      if (live) setState({ loaded: null, error: e instanceof Error ? e : new Error(String(e)) });
    });
    return () => {
      live = false;
      disposeInference();
    };
  }, [attempt]);
  return { ...state, progress };
}

export interface RunState {
  /** the job these numbers belong to */
  id: string | null;
  progress: InferenceProgress | null;
  /** the finished (or stopped) run of job `id` */
  result: InferenceRunResult | null;
  error: Error | null;
  /** performance.now() when the result arrived */
  doneAt: number;
}

/**
 * Runs `job` (null: nothing to run) until it finishes; a new job id aborts the old one.
 * `onDone` gets every finished or stopped run (not the aborted ones).
 */
export function useRun(
  job: { id: string; batchSize: number } | null,
  onDone?: (r: InferenceRunResult) => void,
): RunState & {
  running: boolean;
  stop: () => void;
} {
  const [state, setState] = useState<RunState>({
    id: null,
    progress: null,
    result: null,
    error: null,
    doneAt: 0,
  });
  const ctrl = useRef<AbortController | null>(null);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });
  const id = job?.id ?? null;
  const batchSize = job?.batchSize ?? 0;
  useEffect(() => {
    if (id === null) return;
    const c = new AbortController();
    ctrl.current = c;
    let live = true;
    runInference({
      batchSize,
      signal: c.signal,
      onProgress: (p) => live && setState({ id, progress: p, result: null, error: null, doneAt: 0 }), // prettier-ignore
    })
      .then((r) => {
        if (!live) return;
        setState({ id, progress: r, result: r, error: null, doneAt: performance.now() });
        done.current?.(r);
      })
      .catch((e: unknown) => {
        const error = e instanceof Error ? e : new Error(String(e));
        if (live) setState({ id, progress: null, result: null, error, doneAt: performance.now() });
      });
    return () => {
      live = false;
      c.abort();
    };
  }, [id, batchSize]);
  // A new job shows nothing of the old one; no job (waiting for another run) keeps the last.
  const current = state.id === id;
  const shown = id === null || current ? state : { ...state, progress: null, result: null };
  return {
    ...shown,
    error: id === null || current ? state.error : null,
    running: id !== null && !(current && (state.result || state.error)),
    stop: () => ctrl.current?.abort(),
  };
}
