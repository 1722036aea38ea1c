// The widget's side of one race (shared by optimizer-mnist and weight-init-mnist): creates, runs,
// pauses, steps, resets and replaces the race in the engine's worker one operation at a time,
// and keeps what the page draws as an immutable view (read in a transition: kit/useTransitionStore). New options open
// a new race; 초기화 asks the worker for the same initial weights again (the data stays); only
// the newest race counts (older calls finish and are ignored).
import { useEffect, useRef, useState } from 'react';
import { useTransitionStore } from '../kit';
import {
  createRace,
  disposeRace,
  racePause,
  raceReset,
  raceRun,
  raceStep,
  type RaceOptions,
  type RaceProgress,
} from '../../experiments/client';

export type RaceStatus = 'loading' | 'ready' | 'running' | 'paused' | 'done' | 'error' | 'idle';

export interface RaceView {
  /** increments with every new race */
  gen: number;
  status: RaceStatus;
  progress: RaceProgress | null;
  error: Error | null;
  /** performance.now() of the last change */
  at: number;
}

/** How often a running race redraws the widget, ms (the worker reports every round). */
export const REDRAW_MS = 250;

const canRun = (s: RaceStatus) => s === 'ready' || s === 'paused';
const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

export class RaceSession {
  private view: RaceView = { gen: 0, status: 'loading', progress: null, error: null, at: 0 };
  private listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private id: number | null = null;
  private gen = 0;
  private running: Promise<void> | null = null;
  private redraw: ReturnType<typeof setTimeout> | undefined;

  readonly subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => void this.listeners.delete(l);
  };
  readonly snapshot = () => this.view;

  private set(patch: Partial<RaceView>) {
    clearTimeout(this.redraw);
    this.view = { ...this.view, ...patch, at: performance.now() };
    this.listeners.forEach((l) => l());
  }

  private enqueue(gen: number, job: () => Promise<void>) {
    this.queue = this.queue.then(job).catch((e: unknown) => {
      if (gen === this.gen) this.set({ status: 'error', error: asError(e) });
    });
  }

  private async stopRun() {
    if (!this.running) return;
    if (this.id !== null) void racePause(this.id);
    await this.running;
  }

  private drop() {
    if (this.id !== null) void disposeRace(this.id);
    this.id = null;
  }

  private onProgress(gen: number, p: RaceProgress) {
    if (gen !== this.gen) return;
    const status: RaceStatus = this.running && p.phase !== 'done' ? 'running' : p.phase;
    clearTimeout(this.redraw);
    const wait = REDRAW_MS - (performance.now() - this.view.at);
    if (status !== 'running' || wait <= 0) this.set({ progress: p, status });
    else this.redraw = setTimeout(() => gen === this.gen && this.set({ progress: p, status }), wait); // prettier-ignore
  }

  /** A new race with these options (null: nothing to race, e.g. every lane switched off). */
  open(options: RaceOptions | null) {
    const gen = ++this.gen;
    this.set({ gen, status: options ? 'loading' : 'idle', progress: null, error: null });
    this.enqueue(gen, async () => {
      await this.stopRun();
      if (gen !== this.gen) return;
      this.drop();
      if (!options) return;
      const id = await createRace(options, (p) => this.onProgress(gen, p));
      if (gen !== this.gen) return void disposeRace(id);
      this.id = id;
      if (this.view.status === 'loading') this.set({ status: 'ready' });
    });
  }

  run() {
    const gen = this.gen;
    this.enqueue(gen, async () => {
      if (gen !== this.gen || this.id === null || this.running || !canRun(this.view.status)) return;
      this.set({ status: 'running' });
      const run: Promise<void> = raceRun(this.id).then(
        (p) => {
          if (this.running === run) this.running = null;
          if (gen === this.gen) this.set({ progress: p, status: p.phase });
        },
        (e: unknown) => {
          if (this.running === run) this.running = null;
          if (gen === this.gen) this.set({ status: 'error', error: asError(e) });
        },
      );
      this.running = run;
    });
  }

  pause() {
    if (this.running && this.id !== null) void racePause(this.id);
  }

  step() {
    const gen = this.gen;
    this.enqueue(gen, async () => {
      if (gen !== this.gen || this.id === null || this.running || !canRun(this.view.status)) return;
      const p = await raceStep(this.id);
      if (gen === this.gen) this.set({ progress: p, status: p.phase });
    });
  }

  /** 초기화: every lane back to the same initial weights and batch order. */
  reset() {
    const gen = this.gen;
    this.enqueue(gen, async () => {
      await this.stopRun();
      if (gen !== this.gen || this.id === null) return;
      const p = await raceReset(this.id);
      if (gen === this.gen) this.set({ progress: p, status: 'ready' });
    });
  }

  /** Frees the race (the widget unmounts). */
  close() {
    const gen = ++this.gen;
    this.enqueue(gen, async () => {
      await this.stopRun();
      if (gen === this.gen) this.drop();
    });
  }
}

/** The race of one widget: a new one whenever `options` or `resetCount` change; freed on unmount. */
export function useRaceSession(options: RaceOptions | null, resetCount: number) {
  const [session] = useState(() => new RaceSession());
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
