// The book's mini-batch loop as a resumable session: run it in chunks of ≤ ~40 ms (the page
// never freezes), pause between chunks, step one iteration at a time. Data lives on the device
// (batches gathered by index); one readback per chunk (losses, accuracy counters); parameter
// snapshots for WebGL context-loss recovery every SNAPSHOT_MS, and a lost chunk is redone from
// the last snapshot with batches, dropout masks and Adam's t rewound (hostCheckpoint).
import {
  addInto,
  deviceScalar,
  engineGeneration,
  engineSettled,
  free,
  hostCheckpoint,
  initEngine,
  isBackendLoss,
  readAll,
  scope,
  type BackendName,
  type DeviceDataset,
  type DeviceTensor,
  type Net,
  type Optimizer,
  type Parameter,
  type Rng,
} from '../engine';
import { DIVERGENCE_LOSS } from './meta';
import { yieldToEvents } from './run-loop';

const CHUNK_MS = 40;
const SNAPSHOT_MS = 2_000;
const EVAL_BATCH = 500;

export interface SessionOptions {
  batchSize: number;
  iterations: number;
  evalEvery: number;
  /** training images evaluated for train accuracy (the first n) */
  evalTrain: number;
  /** test images evaluated for test accuracy (the first n) */
  evalTest: number;
  /** image shape for the net (e.g. [1, 28, 28] for a conv net; default flat) */
  imageShape?: number[];
  /** how many training images iteration i may draw from (default: all on the device) */
  usableTrain?: (iteration: number) => number;
}

/** What has happened so far (the host's view, appended once per chunk). */
export interface SessionState {
  iteration: number;
  loss: number[];
  evalAt: number[];
  trainAcc: number[];
  testAcc: number[];
  /** time spent in training steps (evaluation excluded), ms */
  trainMs: number;
  divergedAt: number | null;
  backend: BackendName;
}

interface Snapshot {
  rewind: () => void;
  iteration: number;
  lossLength: number;
  evalLength: number;
  trainMs: number;
  divergedAt: number | null;
  at: number;
}

export class TrainSession {
  readonly state: SessionState;
  private snapshotAt: Snapshot;
  private generation = engineGeneration();

  constructor(
    readonly net: Net,
    readonly opt: Optimizer,
    readonly train: DeviceDataset,
    readonly test: DeviceDataset,
    readonly rng: Rng,
    readonly o: SessionOptions,
    backend: BackendName,
  ) {
    this.state = {
      iteration: 0, loss: [], evalAt: [], trainAcc: [], testAcc: [],
      trainMs: 0, divergedAt: null, backend,
    }; // prettier-ignore
    this.snapshotAt = this.mark(performance.now());
  }

  get done(): boolean {
    return this.state.iteration >= this.o.iterations || this.state.divergedAt !== null;
  }

  private shape(n: number): number[] {
    return [n, ...(this.o.imageShape ?? [this.train.px])];
  }

  private persistent(): Parameter[] {
    return [...this.net.params, ...this.net.buffers, ...this.opt.stateParams()];
  }

  /** The progress so far, with `rewind` (a hostCheckpoint taken at the same point of the run). */
  private mark(at: number, rewind = hostCheckpoint(this.net, this.opt, [this.rng])): Snapshot {
    const s = this.state;
    return {
      rewind,
      iteration: s.iteration, lossLength: s.loss.length, evalLength: s.evalAt.length,
      trainMs: s.trainMs, divergedAt: s.divergedAt, at,
    }; // prettier-ignore
  }

  /** Correct predictions among the first n images of `set`, as a device scalar. */
  private async correct(set: DeviceDataset, n: number): Promise<DeviceTensor> {
    let total = deviceScalar(0);
    try {
      for (let s = 0; s < n; s += EVAL_BATCH) {
        const count = Math.min(EVAL_BATCH, n - s);
        const part = scope(() => {
          const { x, t } = set.slice(s, count, this.shape(count));
          return this.net.correct(x, t);
        });
        total = addInto(total, part);
        await yieldToEvents(); // let the page's messages in between batches
      }
      return total;
    } catch (e) {
      free(total);
      throw e;
    }
  }

  /**
   * One chunk: steps until ~CHUNK_MS have passed, `maxSteps` were taken, or an evaluation is
   * due (then it evaluates), and one readback. Redone from the last snapshot if the backend
   * is lost meanwhile. Returns when the chunk's numbers are in `state`.
   */
  async chunk(maxSteps = Infinity): Promise<void> {
    const { o, state: s } = this;
    for (;;) {
      await engineSettled(); // never issue ops while a backend is being switched in
      if (this.done) return;
      const start = performance.now();
      const losses: DeviceTensor[] = [];
      const accs: DeviceTensor[] = [];
      let it = s.iteration;
      let evalMs = 0;
      let values: Float32Array[];
      const snap = s.backend === 'webgl' && start - this.snapshotAt.at > SNAPSHOT_MS;
      const persistent = snap ? this.persistent() : [];
      let rewindAfter: (() => void) | null = null; // the host state at this chunk's end
      try {
        while (it < o.iterations && it - s.iteration < maxSteps) {
          const usable = Math.min(o.usableTrain?.(it) ?? this.train.size, this.train.size);
          const rows = this.rng.choice(usable, o.batchSize);
          losses.push(
            scope(() => {
              const { x, t } = this.train.batch(rows, this.shape(o.batchSize));
              const loss = this.net.loss(x, t);
              loss.backward();
              this.opt.step(this.net.params);
              this.net.zeroGrad();
              return loss.value;
            }),
          );
          it++;
          if (it % o.evalEvery === 0 || performance.now() - start > CHUNK_MS) break;
        }
        if (snap) rewindAfter = hostCheckpoint(this.net, this.opt, [this.rng]);
        if (it % o.evalEvery === 0 || it === o.iterations) {
          const t0 = performance.now();
          accs.push(await this.correct(this.train, Math.min(o.evalTrain, this.train.size)));
          accs.push(await this.correct(this.test, Math.min(o.evalTest, this.test.size)));
          evalMs = performance.now() - t0;
        }
        values = await readAll([...losses, ...accs, ...persistent.map((p) => p.value)]);
      } catch (e) {
        if (!isBackendLoss(e)) throw e;
        await this.recover();
        continue;
      } finally {
        free([...losses, ...accs]);
      }
      persistent.forEach((p, i) => (p.host = values[losses.length + accs.length + i].slice()));
      if (engineGeneration() !== this.generation && !rewindAfter) {
        await this.recover(); // lost right after this readback, with no fresh snapshot in it
        continue;
      }
      // lost right after a readback that carried a snapshot: upload those numbers to the new backend
      if (rewindAfter && engineGeneration() !== this.generation)
        persistent.forEach((p) => p.restore());
      this.generation = engineGeneration();
      s.trainMs += performance.now() - start - evalMs;
      losses.forEach((_, i) => {
        const l = values[i][0];
        s.loss.push(l);
        if (!(l <= DIVERGENCE_LOSS) && s.divergedAt === null) s.divergedAt = s.iteration + i;
      });
      s.iteration = it;
      if (accs.length) {
        s.evalAt.push(it);
        s.trainAcc.push(values[losses.length][0] / Math.min(o.evalTrain, this.train.size));
        s.testAcc.push(values[losses.length + 1][0] / Math.min(o.evalTest, this.test.size));
      }
      // parameters, host state and progress now all describe the end of this chunk
      if (rewindAfter) this.snapshotAt = this.mark(performance.now(), rewindAfter);
      return;
    }
  }

  /** After a backend loss: the engine restored the parameters from the last snapshot; rewind the rest to it. */
  private async recover(): Promise<void> {
    await engineSettled();
    const snap = this.snapshotAt;
    snap.rewind();
    this.net.zeroGrad();
    const s = this.state;
    s.iteration = snap.iteration;
    s.loss.length = snap.lossLength;
    for (const a of [s.evalAt, s.trainAcc, s.testAcc]) a.length = snap.evalLength;
    s.trainMs = snap.trainMs;
    s.divergedAt = snap.divergedAt;
    s.backend = await initEngine();
    this.generation = engineGeneration();
  }

  dispose(): void {
    this.net.dispose();
    this.opt.dispose();
  }
}
