// Runs an async computation for the latest input only: while one run is in flight, newer inputs
// are coalesced and the most recent one runs next (at most one run per animation frame). This is
// how a slider drag turns into "one engine update and one readback per frame" (plus, with
// `ahead`, the guesses below: at most a frame's worth of engine calls after each answer).
// With `keep`, the last results are kept by key: an input seen before is answered from them in
// the very render that changed it (a slider moved back and forth does not wait for the worker).
// With `ahead` (useLiveResult: where a drag is likely to go next), an idle moment after a result
// computes that input too and keeps it, so the next change of a steady drag is drawn in the frame
// of its own event instead of one frame later; a guess is only ever shown when the reader's
// input becomes exactly that input. A `stoppable` computation (one that gives up soon after its
// signal aborts, not only at its end) guesses after runs of any length: a reader's input that is
// not the guess in flight stops it, so a wrong guess costs that input a fraction of a run.
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
  /** `output` was not computed for this change: kept from an earlier visit, or computed ahead */
  reused?: 'kept' | 'ahead';
}

interface Held<O> extends LatestResult<O> {
  /** the key `output` belongs to */
  key: string | null;
}

/**
 * Time spent guessing after each answer, at most one 60 Hz frame: as many guesses as runs of the
 * last one's length fit in it (none after a run this long or longer; a run is timed on the page,
 * from the call to the answer, worker round trip included). No guess starts once the next real
 * input is there, so a wrong one holds that input up by one run at most.
 */
export const AHEAD_BUDGET_MS = 16;

/**
 * The same after a touch (a slider pressed or focused, not moved yet): the reader's first move
 * is still to come, so both of the slider's neighbours are worth a guess after runs up to three
 * frames long; a wrong one holds that first move up by one such run at most.
 */
export const TOUCH_BUDGET_MS = 48;

/**
 * Switches for measuring and testing (set on globalThis before the page's scripts run):
 * `__kitKeepOff` keeps nothing and guesses nothing (the sliders bench: every change afresh);
 * `__kitAhead = 'only'` keeps guesses only, each shown once (the bench's --ahead: no change is
 * answered from an earlier visit); `__kitAhead = 'off'` never guesses (unit tests that count the
 * engine's calls); `__kitAhead = 'always'` guesses after runs of any length (browser tests of
 * the guessing itself, on a machine of any speed; read at each guess).
 */
function benchMode() {
  const g = globalThis as { __kitKeepOff?: boolean; __kitAhead?: 'off' | 'only' | 'always' };
  return {
    keepOff: g.__kitKeepOff === true,
    aheadOnly: g.__kitAhead === 'only',
    aheadOff: g.__kitAhead === 'off',
    aheadAlways: g.__kitAhead === 'always',
  };
}

/** A kept result shown again: stamped now (a Stamped result's doneAt times its drawing). */
function restamp<O>(o: O): O {
  return o && typeof o === 'object' && 'doneAt' in o ? { ...o, doneAt: performance.now() } : o;
}

/**
 * `key` identifies the input (e.g. JSON of the parameters); `compute` is called with the input
 * that belongs to the newest key. Unmounting aborts the pending run's signal. `keep`: how many
 * results to keep by key (0: none); only for a `compute` whose result depends on its input alone.
 * `ahead` (with `keep`): gives the inputs a drag is expected to reach next, most likely first
 * (asked after each result); computed and kept while nothing else waits, as many as
 * AHEAD_BUDGET_MS of engine time allows — all of them if `stoppable`.
 */
export function useLatestResult<I, O>(
  key: string,
  input: I,
  compute: (input: I, signal: AbortSignal) => Promise<O>,
  {
    keep: wanted = 0,
    ahead = null,
    wake = 0,
    stoppable = false,
  }: {
    keep?: number;
    ahead?: (() => Array<{ key: string; input: I }>) | null;
    /** changed: guess now if idle (a slider was touched), without running the input again */
    wake?: number;
    /** `compute` gives up within a fraction of its run once its signal aborts (checks as it goes) */
    stoppable?: boolean;
  } = {},
): LatestResult<O> {
  // The slider bench turns keeping off to time every update afresh, or keeps guesses only.
  const { keepOff, aheadOnly, aheadOff } = benchMode();
  const keep = keepOff ? 0 : wanted;
  const [result, setResult] = useState<Held<O>>({
    key: null,
    output: null,
    error: null,
    busy: true,
    ms: null,
  });
  // Results kept by key (a cache: filled by runs, read while rendering).
  const [kept] = useState(() => new Map<string, O>());
  // The keys whose kept result came from a guess and has not been shown yet.
  const [guessed] = useState(() => new Set<string>());
  // The kept result for this key, one object per key change (so it is drawn once).
  const hit = useMemo(() => {
    const o = keep ? kept.get(key) : undefined;
    if (o === undefined) return undefined;
    return {
      output: restamp(o),
      reused: guessed.has(key) ? ('ahead' as const) : ('kept' as const),
    };
  }, [key, keep, kept, guessed]);
  const latest = useRef({ key, input, compute, hit, ahead, changedAt: 0 });
  const running = useRef(false);
  const queued = useRef(false);
  const alive = useRef(new AbortController());
  // how long the last real run took (guesses only follow quick ones)
  const lastRunMs = useRef(Infinity);
  // the key of the result last handed to the widget
  const shownKey = useRef<string | null>(null);
  // the guess being computed, to stop when the reader's input turns out to be another (stoppable)
  const guessing = useRef<{ key: string; stop: AbortController } | null>(null);
  // a wake-up only where guesses are kept and shown (not in the bench's or tests' modes)
  const woken = aheadOff || aheadOnly || !keep ? 0 : wake;

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
    latest.current.ahead = ahead;
  });

  // A new input (not a touch's wake-up) stops a stoppable guess that was for another one.
  useEffect(() => {
    if (stoppable && guessing.current && guessing.current.key !== key)
      guessing.current.stop.abort();
  }, [key, stoppable]);

  useEffect(() => {
    latest.current.changedAt = performance.now();
    queued.current = true;
    if (running.current) return;
    running.current = true;
    const pump = async () => {
      // The first input runs at once; inputs that arrive while a run is in flight are
      // coalesced, and the newest one runs after the next frame (so a drag paints in between).
      // (The loop reads `alive` afresh each time: a remount replaces it while a run is in flight,
      // and that mount's effect, finding this loop running, only queues its input.)
      let first = true;
      while (queued.current && !alive.current.signal.aborted) {
        queued.current = false;
        const { key: k, hit: shown } = latest.current;
        const held = keep ? kept.get(k) : undefined;
        if (held !== undefined) {
          // kept (or guessed while this input was on its way): no run; the render already drew
          // `shown` where it had it
          const reused = guessed.delete(k) ? 'ahead' : 'kept';
          if (aheadOnly) kept.delete(k);
          const output = shown?.output ?? restamp(held);
          // (a wake-up with the input already drawn: nothing to draw again, only "not busy";
          // the slider has not moved yet: its neighbours are guessed on the touch's budget)
          const woke = k === shownKey.current;
          if (!woke) setResult({ key: k, output, error: null, busy: false, ms: 0, reused });
          else setResult((prev) => (prev.busy ? { ...prev, busy: false } : prev));
          shownKey.current = k;
          if (await guessIfIdle(woke)) first = true;
          continue;
        }
        if (!first) await new Promise((r) => requestAnimationFrame(r));
        first = false;
        const { key: jobKey, input: jobInput, compute: jobCompute, changedAt } = latest.current;
        const signal = alive.current.signal;
        try {
          const startedAt = performance.now();
          const output = await jobCompute(jobInput, signal);
          lastRunMs.current = performance.now() - startedAt;
          // unmounted: dropped. (Mounted again meanwhile — StrictMode in development does that —
          // the new mount's input is queued and runs next, on its own signal: see the loop.)
          if (signal.aborted) continue;
          if (keep && !aheadOnly) keepRecent(kept, jobKey, output, keep);
          guessed.delete(jobKey);
          shownKey.current = jobKey;
          setResult({
            key: jobKey,
            output,
            error: null,
            busy: queued.current,
            ms: performance.now() - changedAt,
          });
        } catch (e) {
          if (signal.aborted) continue;
          const error = e instanceof Error ? e : new Error(String(e));
          setResult((prev) => ({ ...prev, error, busy: queued.current }));
        }
        if (await guessIfIdle()) first = true;
      }
      running.current = false;
    };
    /**
     * Guesses when nothing waits, as many as the budget allows (after a touch, both neighbours
     * if it allows one); true if any guess ran.
     */
    const guessIfIdle = async (touched = false): Promise<boolean> => {
      const budget = touched ? TOUCH_BUDGET_MS : AHEAD_BUDGET_MS;
      const n =
        benchMode().aheadAlways || stoppable ? Infinity : Math.floor(budget / lastRunMs.current);
      const most = n > 0 && touched ? Math.max(n, 2) : n;
      return !queued.current && !aheadOff && most > 0 && guess(alive.current.signal, most);
    };
    /**
     * Computes and keeps the inputs a drag is expected to reach next, most likely first, until a
     * real input arrives; true if any ran (the engine is idle again).
     */
    const guess = async (signal: AbortSignal, most: number): Promise<boolean> => {
      const { ahead: guessNext, compute: jobCompute } = latest.current;
      let ran = false;
      const known = (k: string) => k === latest.current.key || kept.has(k);
      const todo = keep && guessNext ? guessNext().filter((g) => !known(g.key)) : [];
      for (const next of todo.slice(0, most)) {
        if (queued.current || signal.aborted) break;
        if (known(next.key)) continue;
        ran = true;
        const stop = new AbortController();
        const onAbort = () => stop.abort();
        signal.addEventListener('abort', onAbort, { once: true });
        guessing.current = { key: next.key, stop };
        try {
          const output = await jobCompute(next.input, stop.signal);
          if (!stop.signal.aborted) {
            keepRecent(kept, next.key, output, keep);
            guessed.add(next.key);
            for (const k of guessed) if (!kept.has(k)) guessed.delete(k);
          }
        } catch {
          // a guess that fails or was stopped is forgotten: the real input reports its own error
        } finally {
          signal.removeEventListener('abort', onAbort);
          guessing.current = null;
        }
      }
      return ran;
    };
    void pump();
  }, [key, keep, kept, guessed, aheadOnly, aheadOff, woken, stoppable]);

  // A kept result for the new key is shown at once, in this render.
  if (hit !== undefined && result.key !== key)
    return { output: hit.output, error: null, busy: false, ms: 0, reused: hit.reused };
  return result;
}

/** `keep` for a live slider's results: the positions a drag visits, answered again at once. */
export const KEEP = { keep: 48 };
