// A book's trained network (public/models/<name>.bin + .json) on the device, shared by the
// widgets that use it: the host numbers are downloaded and checked once per worker; the device
// model is built on first use, counted while in use, freed on dispose() (a widget's unmount;
// deferred while a run is in flight). Its Parameters restore themselves after a WebGL context
// loss, so a run that meets one is retried once the engine has moved on.
//
//   const ch8 = bookModel('ch8-deep-convnet', (w) => DeepConvNet({ weights: w }), (n) => n.dispose());
//   await ch8.use(async (net) => …);   // loads the files and the engine first
//   ch8.dispose();                      // on unmount
import {
  browserWeightsSource,
  loadBookWeights,
  type BookTensor,
  type BookWeightsSource,
} from '../data/book-weights';
import { ContextLostError, engineSettled, initEngine } from '../engine';

export type BookWeights = Map<string, BookTensor>;

export interface BookModel<M> {
  /** the file's base name in public/models ('ch8-deep-convnet') */
  readonly name: string;
  /** The checked host numbers, downloaded once (a failed download is tried again next time). */
  weights(onBytes?: (received: number, total: number) => void): Promise<BookWeights>;
  /** Runs `fn` with the model on the device (files and engine loaded first, model built once). */
  use<T>(fn: (model: M) => Promise<T>): Promise<T>;
  /** Frees the device model (after the runs in flight); the host numbers stay loaded. */
  dispose(): void;
  /** Where the files are read from (Node tests: the disk); forgets what was loaded. */
  setSource(source: BookWeightsSource): void;
}

/** A book model: `build` makes the device model from the host numbers, `free` releases it. */
export function bookModel<M>(
  name: string,
  build: (weights: BookWeights) => M,
  free: (model: M) => void,
): BookModel<M> {
  let source: BookWeightsSource = browserWeightsSource;
  let host: Promise<BookWeights> | null = null;
  const listeners = new Set<(received: number, total: number) => void>();
  let device: M | null = null;
  let users = 0;
  let disposeAfterUse = false;

  const self: BookModel<M> = {
    name,
    weights(onBytes) {
      if (onBytes) listeners.add(onBytes);
      const p = (host ??= loadBookWeights(name, {
        source,
        onBytes: (n, total) => listeners.forEach((l) => l(n, total)),
      }));
      p.catch(() => {
        if (host === p) host = null;
      });
      return p.finally(() => {
        if (onBytes) listeners.delete(onBytes);
      });
    },
    async use(fn) {
      const [w] = await Promise.all([self.weights(), initEngine()]);
      users++;
      disposeAfterUse = false;
      try {
        device ??= build(w);
        try {
          return await fn(device);
        } catch (e) {
          if (!(e instanceof ContextLostError)) throw e;
          await engineSettled();
          return await fn(device);
        }
      } finally {
        users = Math.max(0, users - 1);
        if (users === 0 && disposeAfterUse) self.dispose();
      }
    },
    dispose() {
      if (users > 0) {
        disposeAfterUse = true;
        return;
      }
      disposeAfterUse = false;
      if (device) free(device);
      device = null;
    },
    setSource(s) {
      self.dispose();
      source = s;
      host = null;
    },
  };
  return self;
}
