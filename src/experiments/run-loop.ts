// The Run / Pause / Step loop of the interactive training sessions (trainer.ts: train-mnist;
// race.ts: the chapter-6 races): a run advances chunk by chunk, reporting after each and letting
// the page's messages (Pause, a prediction) in between; a step is exactly one iteration.

/**
 * Waits for one turn of the event loop. On wasm and cpu a readback resolves at once, so a run
 * would otherwise never let a message (Pause, a prediction) in. A MessageChannel turn, not
 * setTimeout(0), which browsers stretch to 4 ms when nested.
 */
export function yieldToEvents(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((r) => setImmediate(r)); // Node
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** What the loop keeps on a session (trainer.ts's Trainer, race.ts's Race). */
export interface Runnable<P> {
  emit: () => void;
  phase: string;
  pausing: boolean;
  running: Promise<P> | null;
  /** time spent running so far, ms, and when the current run started */
  elapsed: number;
  since: number;
  disposed: boolean;
}

/** What differs between sessions. */
export interface RunHooks<P> {
  done: () => boolean;
  /** one chunk (≤ ~40 ms) of at most `maxSteps` iterations */
  advance: (maxSteps: number) => Promise<void>;
  /** sets the phase after a run or a step (paused, done, diverged) */
  settle: () => void;
  /** frees what a session disposed during its run held */
  finish: () => void;
  progress: () => P;
}

/** Trains until done or paused; reports once per chunk. A second call gets the same run. */
export function runLoop<P>(r: Runnable<P>, h: RunHooks<P>): Promise<P> {
  if (r.running) return r.running;
  if (h.done()) return Promise.resolve(h.progress());
  r.pausing = false;
  r.phase = 'running';
  r.since = performance.now();
  r.running = (async () => {
    try {
      while (!h.done() && !r.pausing && !r.disposed) {
        await h.advance(Infinity);
        r.emit();
        await yieldToEvents(); // lets Pause (a message from the page) arrive between chunks
      }
    } finally {
      r.elapsed += performance.now() - r.since;
      r.running = null;
      h.settle();
      if (r.disposed) h.finish();
      else r.emit();
    }
    return h.progress();
  })();
  return r.running;
}

/** Exactly one iteration (after a run in flight has stopped). */
export async function stepOnce<P>(r: Runnable<P>, h: RunHooks<P>): Promise<P> {
  if (r.running) await r.running;
  const t0 = performance.now();
  await h.advance(1);
  r.elapsed += performance.now() - t0;
  h.settle();
  r.emit();
  return h.progress();
}
