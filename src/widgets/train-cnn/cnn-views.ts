// What train-cnn reads from the engine besides the race's curves: the initial filters of the
// seed, the filters and feature maps of the training CNN (refreshed between chunks while it
// trains: at most one request in flight, one readback each, no more often than VIEW_MS) and of
// the book's trained network (once per digit), and scores on the official test set on demand.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  cnnInitialFilters,
  cnnScore,
  cnnView,
  type CnnScore,
  type CnnScoreProgress,
  type CnnSource,
  type CnnView,
} from '../../experiments/client';

/** How often the training CNN's filters and maps are read while it trains, ms. */
export const VIEW_MS = 400;

export interface Views {
  initial: Float32Array | null;
  /** the training CNN now, with the iteration it was read at */
  ours: (CnnView & { iteration: number }) | null;
  book: CnnView | null;
  error: Error | null;
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

export function useCnnViews(o: {
  near: boolean;
  seed: number;
  raceId: number | undefined;
  iteration: number;
  digit: number;
}): Views {
  const { near, seed, raceId, iteration, digit } = o;
  const [initial, setInitial] = useState<Float32Array | null>(null);
  const [ours, setOurs] = useState<Views['ours']>(null);
  const [book, setBook] = useState<CnnView | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const want = useRef({ raceId, iteration, digit });
  useEffect(() => {
    want.current = { raceId, iteration, digit };
  });

  useEffect(() => {
    if (!near) return;
    let live = true;
    cnnInitialFilters(seed).then((f) => live && setInitial(f), (e) => live && setError(asError(e))); // prettier-ignore
    return () => void (live = false);
  }, [near, seed]);

  useEffect(() => {
    if (!near) return;
    let live = true;
    cnnView({ source: 'book', digit }).then((v) => live && setBook(v), (e) => live && setError(asError(e))); // prettier-ignore
    return () => void (live = false);
  }, [near, digit]);

  // The training CNN: polls for a change of race, iteration or digit; one request at a time.
  useEffect(() => {
    if (!near) return;
    let live = true;
    let busy = false;
    let last = '';
    const tick = () => {
      const w = want.current;
      const key = `${w.raceId}:${w.iteration}:${w.digit}`;
      if (busy || w.raceId === undefined || key === last) return;
      busy = true;
      last = key;
      cnnView({ source: { race: w.raceId, lane: 0 }, digit: w.digit })
        .then((v) => live && setOurs({ ...v, iteration: w.iteration }))
        .catch((e: unknown) => {
          // a race replaced meanwhile (new options) is not an error: the next tick reads the new one
          if (live && want.current.raceId === w.raceId) setError(asError(e));
        })
        .finally(() => (busy = false));
    };
    tick();
    const timer = setInterval(tick, VIEW_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [near]);

  return { initial, ours, book, error };
}

export interface ScoreState {
  busy: boolean;
  progress: CnnScoreProgress | null;
  result: (CnnScore & { at: string }) | null;
  error: Error | null;
}

/** A score on the official test set, started by the reader; `at` labels what was scored. */
export function useScore() {
  const [s, setS] = useState<ScoreState>({ busy: false, progress: null, result: null, error: null }); // prettier-ignore
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => void (live.current = false);
  }, []);
  const start = useCallback((source: CnnSource, at: string, n?: number) => {
    setS({ busy: true, progress: null, result: null, error: null });
    cnnScore({ source, n }, (p) => live.current && setS((x) => ({ ...x, progress: p }))).then(
      (r) => live.current && setS({ busy: false, progress: null, result: { ...r, at }, error: null }), // prettier-ignore
      (e) => live.current && setS({ busy: false, progress: null, result: null, error: asError(e) }), // prettier-ignore
    );
  }, []);
  const clear = useCallback(() => setS((x) => (x.busy ? x : { ...x, result: null })), []);
  return { score: s, start, clear };
}
