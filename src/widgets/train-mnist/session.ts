// The widget's side of one training session: creates, runs, pauses, steps and replaces the
// trainer (through compute.ts) one operation at a time, and keeps what the page draws as an
// immutable view (read in a transition: kit/useTransitionStore). Changing a parameter or pressing 초기화 opens a new
// session; only the newest one counts (older calls finish and are ignored). The reader's own idx
// files replace the session only once a trainer was made from them: a bad file rejects with its
// Korean message and the current session goes on as it was. A loss that blows up pauses the run
// (the trainer's divergedAt).
import { useEffect, useRef, useState } from 'react';
import { useTransitionStore } from '../kit';
import {
  closeTrainer,
  openTrainer,
  pauseTrainer,
  predictDigit,
  runTrainer,
  stepTrainer,
  testMistakes,
  type IdxFiles,
  type SessionEvent,
  type TrainerOptions,
} from './compute';
import { canRun, copyOf, MISTAKES, REDRAW_MS, statusOf, type SessionView } from './session-view';

export { MISTAKES, type SessionStatus, type SessionView } from './session-view';

export class TrainSession {
  private view: SessionView = {
    gen: 0,
    status: 'loading',
    data: null,
    progress: null,
    mistakes: null,
    error: null,
    onFiles: false,
    at: 0,
  };
  private listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private id: number | null = null;
  private gen = 0;
  /** counts every request for a new session (open, openFiles, close): the newest one wins */
  private req = 0;
  private options: TrainerOptions | null = null;
  /** the reader's files the session trains on (our own copy), or null for the official MNIST */
  private files: IdxFiles | null = null;
  private running: Promise<void> | null = null;
  private mistakesTimer: ReturnType<typeof setTimeout> | undefined;

  readonly subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => void this.listeners.delete(l);
  };
  readonly snapshot = () => this.view;

  private redraw: ReturnType<typeof setTimeout> | undefined;

  private set(patch: Partial<SessionView>) {
    clearTimeout(this.redraw);
    this.view = { ...this.view, ...patch, at: performance.now() };
    this.listeners.forEach((l) => l());
  }

  /** Operations run one after another; a failure shows as the error state of its session. */
  private enqueue(gen: number, job: () => Promise<void>) {
    this.queue = this.queue.then(job).catch((e: unknown) => {
      if (gen === this.gen)
        this.set({ status: 'error', error: e instanceof Error ? e : new Error(String(e)) });
    });
  }

  private async stopRun() {
    if (!this.running) return;
    if (this.id !== null) pauseTrainer(this.id);
    await this.running;
  }

  private drop() {
    if (this.id !== null) closeTrainer(this.id);
    this.id = null;
  }

  private onEvent(gen: number, e: SessionEvent) {
    if (gen !== this.gen) return;
    if (!('iteration' in e)) {
      this.set({ data: e.data });
      return;
    }
    const status = statusOf(e);
    if (status === 'diverged' && this.running && this.id !== null) pauseTrainer(this.id);
    const view = { progress: e, data: e.data, status: this.running && status !== 'diverged' ? 'running' : status } as const; // prettier-ignore
    // While a run goes on, draw at most every REDRAW_MS: the worker reports every ~40 ms and
    // redrawing two charts that often would keep the page thread busy (long tasks).
    clearTimeout(this.redraw);
    const wait = REDRAW_MS - (performance.now() - this.view.at);
    if (view.status !== 'running' || wait <= 0) this.set(view);
    else this.redraw = setTimeout(() => gen === this.gen && this.set(view), wait);
  }

  /** A new session with these options (the same options and seed: the same initial weights). */
  open(options: TrainerOptions) {
    this.options = options;
    this.req++;
    const gen = ++this.gen;
    const files = this.files;
    clearTimeout(this.mistakesTimer);
    this.set({ gen, status: 'loading', progress: null, mistakes: null, error: null, onFiles: files !== null }); // prettier-ignore
    this.enqueue(gen, async () => {
      await this.stopRun();
      if (gen !== this.gen) return;
      this.drop();
      const id = await openTrainer(options, (e) => this.onEvent(gen, e), files ? copyOf(files) : undefined); // prettier-ignore
      if (gen !== this.gen) {
        closeTrainer(id);
        return;
      }
      this.id = id;
      if (this.view.status === 'loading') this.set({ status: 'ready' });
    });
  }

  /**
   * A new session on the reader's idx files, kept here (a parameter change or 초기화 trains on
   * them again). The current session stays until the new trainer exists: a bad file rejects with
   * the trainer's Korean message and changes nothing; a newer request first: resolves, no change.
   */
  openFiles(files: IdxFiles): Promise<void> {
    const req = ++this.req;
    return new Promise<void>((resolve, reject) => {
      this.enqueue(this.gen, async () => {
        const options = this.options;
        if (req !== this.req || !options) return resolve();
        // Reports before the trainer is adopted (its first 'ready') are kept for the view.
        const early: { gen: number; last: SessionEvent | null } = { gen: -1, last: null };
        const onEvent = (e: SessionEvent) => {
          if (early.gen < 0) early.last = e;
          else this.onEvent(early.gen, e);
        };
        let id: number;
        try {
          id = await openTrainer(options, onEvent, copyOf(files));
        } catch (e) {
          return req === this.req ? reject(e instanceof Error ? e : new Error(String(e))) : resolve(); // prettier-ignore
        }
        if (req === this.req) await this.stopRun();
        if (req !== this.req) {
          closeTrainer(id);
          return resolve();
        }
        this.drop();
        this.id = id;
        this.files = files;
        const gen = (early.gen = ++this.gen);
        clearTimeout(this.mistakesTimer);
        const p = early.last && 'iteration' in early.last ? early.last : null;
        this.set({ gen, status: p ? statusOf(p) : 'ready', progress: p, data: p ? p.data : this.view.data, mistakes: null, error: null, onFiles: true }); // prettier-ignore
        resolve();
      });
    });
  }

  /** Back to the official MNIST (a new session with the same options). */
  officialData() {
    this.files = null;
    if (this.options) this.open(this.options);
  }

  /** 초기화: the same options again, from the same initial weights. */
  reset() {
    if (this.options) this.open(this.options);
  }

  run() {
    const gen = this.gen;
    this.enqueue(gen, async () => {
      if (gen !== this.gen || this.id === null || this.running || !canRun(this.view.status)) return;
      clearTimeout(this.mistakesTimer);
      this.set({ status: 'running' });
      const run: Promise<void> = runTrainer(this.id).then(
        (p) => {
          if (this.running === run) this.running = null;
          if (gen !== this.gen) return;
          this.set({ progress: p, status: statusOf(p) });
          this.scheduleMistakes();
        },
        (e: unknown) => {
          if (this.running === run) this.running = null;
          if (gen === this.gen)
            this.set({ status: 'error', error: e instanceof Error ? e : new Error(String(e)) });
        },
      );
      this.running = run;
    });
  }

  pause() {
    if (this.running && this.id !== null) pauseTrainer(this.id);
  }

  step() {
    const gen = this.gen;
    this.enqueue(gen, async () => {
      if (gen !== this.gen || this.id === null || this.running || !canRun(this.view.status)) return;
      const p = await stepTrainer(this.id);
      if (gen !== this.gen) return;
      this.set({ progress: p, status: statusOf(p) });
      this.scheduleMistakes();
    });
  }

  /** The ten probabilities of the current network for one 28×28 image (null while loading). */
  async predict(pixels: Float32Array): Promise<Float32Array | null> {
    const { id, gen } = this;
    if (id === null) return null;
    try {
      const probs = await predictDigit(id, pixels);
      return gen === this.gen ? probs : null;
    } catch (e) {
      if (gen !== this.gen) return null; // the session was replaced while it predicted
      throw e;
    }
  }

  /** The test digits it gets wrong, a moment after it stops (not during a run, not per step). */
  private scheduleMistakes() {
    clearTimeout(this.mistakesTimer);
    const gen = this.gen;
    const iteration = this.view.progress?.iteration ?? 0;
    if (iteration === 0 || this.view.status === 'diverged') {
      if (this.view.mistakes) this.set({ mistakes: null });
      return;
    }
    this.mistakesTimer = setTimeout(() => {
      this.enqueue(gen, async () => {
        if (gen !== this.gen || this.id === null || this.running) return;
        if (this.view.progress?.iteration !== iteration) return;
        const list = await testMistakes(this.id, MISTAKES);
        if (gen === this.gen) this.set({ mistakes: { iteration, list } });
      });
    }, 250);
  }

  /** Frees the trainer (the widget unmounts). */
  close() {
    this.req++;
    const gen = ++this.gen;
    clearTimeout(this.mistakesTimer);
    this.enqueue(gen, async () => {
      await this.stopRun();
      if (gen === this.gen) this.drop();
    });
  }
}

/**
 * The session of one widget: a new one whenever `options` change or `resetCount` (책 기본값)
 * moves; freed on unmount.
 */
export function useTrainSession(options: TrainerOptions, resetCount: number) {
  const [session] = useState(() => new TrainSession());
  const view = useTransitionStore(session.subscribe, session.snapshot);
  const key = JSON.stringify(options);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    session.open(latest.current);
  }, [session, key, resetCount]);
  useEffect(() => () => session.close(), [session]);
  return { session, view };
}
