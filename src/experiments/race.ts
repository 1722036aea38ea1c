// Races: several networks (the book's MultiLayerNet, each with its own optimizer, learning rate,
// initial weights or activation) trained side by side on the SAME mini-batches of the official
// MNIST, the way the book's ch6 comparisons do (Fig 6-9 optimizers, Fig 6-15 initial weights;
// later batch norm and overfitting). Each lane is a TrainSession (session.ts: chunks of ≤ 40 ms,
// data on the device, one readback per chunk, context-loss recovery); every lane's batch order
// comes from an rng with the same seed, so they draw the same batches. Lanes run interleaved,
// chunk by chunk, so all curves grow together; a lane whose loss blows up stops, the others go
// on. Races are addressed by id (create/run/pause/step/reset/dispose) so the API crosses the
// worker boundary unchanged (race-meta.ts).
import {
  createOptimizer,
  createRng,
  initEngine,
  MultiLayerNet,
  SimpleConvNet,
  type BackendName,
} from '../engine';
import {
  dataProgress,
  loadShared,
  progressListeners,
  releaseShared,
  usable,
  chunkStreamed,
  type SharedData,
} from './mnist-device';
import {
  RACE_EVAL_SIZE,
  type RaceLane,
  type RaceOptions,
  type RacePhase,
  type RaceProgress,
  type RaceVariant,
} from './race-meta';
import { runLoop, stepOnce, yieldToEvents, type RunHooks } from './run-loop';
import { TrainSession } from './session';

export type * from './race-meta';

export interface Lane {
  v: RaceVariant;
  session: TrainSession;
}

export interface Race {
  id: number;
  o: RaceOptions;
  data: SharedData;
  /** training digits the lanes draw from (trainSize, at most the whole set) */
  trainSize: number;
  lanes: Lane[];
  backend: BackendName;
  emit: () => void;
  phase: RacePhase;
  pausing: boolean;
  running: Promise<RaceProgress> | null;
  /** time spent running so far, ms, and when the current run started */
  elapsed: number;
  since: number;
  disposed: boolean;
}

const races = new Map<number, Race>();
let nextId = 1;

function get(id: number): Race {
  const r = races.get(id);
  if (!r || r.disposed) throw new Error(`경주 ${id} 이 없습니다 (이미 초기화되었습니다).`);
  return r;
}

function validate(o: RaceOptions): void {
  if (o.variants.length === 0) throw new Error('비교할 신경망이 하나도 없습니다.');
  const ints = { batchSize: o.batchSize, iterations: o.iterations, trainSize: o.trainSize ?? 1 };
  for (const [k, v] of Object.entries(ints))
    if (!Number.isInteger(v) || v < 1) throw new Error(`${k}는 1 이상의 정수여야 합니다: ${v}`);
  for (const v of o.variants)
    if (!(v.lr > 0 && Number.isFinite(v.lr)))
      throw new Error(`${v.label}: 학습률은 0보다 큰 수여야 합니다: ${v.lr}`);
}

/**
 * Every lane afresh: the book's MultiLayerNet (SimpleConvNet for kind 'simple-conv') from `seed`
 * (the same seed, the same random draws scaled by each lane's init), its optimizer, and an rng
 * with the same seed in every lane, so every lane draws the same mini-batches.
 */
export function makeLanes(r: Pick<Race, 'o' | 'data' | 'trainSize' | 'backend'>): Lane[] {
  const { o, data, trainSize } = r;
  const evalSize = o.evalSize ?? RACE_EVAL_SIZE;
  const lanes: Lane[] = [];
  try {
    for (const v of o.variants) {
      const conv = v.net.kind === 'simple-conv';
      const net = conv
        ? SimpleConvNet({ seed: o.seed })
        : MultiLayerNet({ inputSize: 784, outputSize: 10, ...v.net, seed: o.seed });
      const session = new TrainSession(
        net, createOptimizer(v.optimizer, v.lr), data.train, data.test, createRng(o.seed + 17),
        {
          batchSize: o.batchSize, iterations: o.iterations, evalEvery: o.evalEvery ?? o.iterations,
          evalTrain: Math.min(evalSize, trainSize), evalTest: evalSize,
          usableTrain: (i) => Math.min(trainSize, usable(i, data.total)),
          imageShape: conv ? [1, 28, 28] : undefined,
        },
        r.backend,
      ); // prettier-ignore
      lanes.push({ v, session });
    }
    return lanes;
  } catch (e) {
    lanes.forEach((l) => l.session.dispose());
    throw e;
  }
}

function laneOf(l: Lane, batchSize: number): RaceLane {
  const s = l.session.state;
  return {
    label: l.v.label, iteration: s.iteration, loss: Float32Array.from(s.loss),
    evalAt: s.evalAt.slice(), trainAcc: s.trainAcc.slice(), testAcc: s.testAcc.slice(),
    divergedAt: s.divergedAt,
    examplesPerSecond: s.trainMs > 0 ? (s.iteration * batchSize) / (s.trainMs / 1000) : 0,
  }; // prettier-ignore
}

function progressOf(r: Race): RaceProgress {
  const states = r.lanes.map((l) => l.session.state);
  const alive = states.filter((s) => s.divergedAt === null);
  const iteration = Math.min(...(alive.length ? alive : states).map((s) => s.iteration));
  const images = states.reduce((a, s) => a + s.iteration * r.o.batchSize, 0);
  const ms = states.reduce((a, s) => a + s.trainMs, 0);
  return {
    phase: r.phase, raceId: r.id, iteration: alive.length ? iteration : Math.max(...states.map((s) => s.iteration)),
    iterations: r.o.iterations, lanes: r.lanes.map((l) => laneOf(l, r.o.batchSize)),
    examplesPerSecond: ms > 0 ? images / (ms / 1000) : 0,
    elapsedMs: r.elapsed + (r.running ? performance.now() - r.since : 0),
    backend: states[0]?.backend ?? r.backend, data: dataProgress,
  }; // prettier-ignore
}

function loading(o: RaceOptions, backend: BackendName): RaceProgress {
  return {
    phase: 'loading', iteration: 0, iterations: o.iterations, lanes: [], examplesPerSecond: 0,
    elapsedMs: 0, backend, data: dataProgress,
  }; // prettier-ignore
}

/**
 * A new race: loads the official MNIST (shared by the page; progress with phase 'loading'),
 * builds every lane from `seed` and reports phase 'ready'.
 */
export async function createRace(
  o: RaceOptions,
  onProgress: (p: RaceProgress) => void,
): Promise<number> {
  validate(o);
  const backend = await initEngine();
  const listen = () => onProgress(loading(o, backend));
  progressListeners.add(listen);
  let data: SharedData;
  try {
    data = await loadShared();
  } finally {
    progressListeners.delete(listen);
  }
  clearTimeout(data.release);
  data.users++;
  const trainSize = Math.min(o.trainSize ?? data.total, data.total);
  let lanes: Lane[];
  try {
    lanes = makeLanes({ o, data, trainSize, backend });
  } catch (e) {
    releaseShared();
    throw e;
  }
  const id = nextId++;
  const r: Race = {
    id, o, data, trainSize, lanes, backend, phase: 'ready', pausing: false, running: null,
    elapsed: 0, since: 0, disposed: false, emit: () => onProgress(progressOf(r)),
  }; // prettier-ignore
  races.set(id, r);
  r.emit();
  return id;
}

/** One chunk of one lane, with the training digits it needs already on the device. */
function advance(r: Race, l: Lane, maxSteps: number): Promise<void> {
  return chunkStreamed(l.session, r.data, maxSteps, r.trainSize);
}

const allDone = (r: Race) => r.lanes.every((l) => l.session.done);

/**
 * One round: the lane furthest behind takes one chunk (≤ 40 ms or `maxSteps`), then every other
 * lane still training catches up to the same iteration, chunk by chunk.
 */
export async function raceRound(r: Race, maxSteps: number): Promise<void> {
  const active = r.lanes.filter((l) => !l.session.done);
  if (active.length === 0) return;
  const leader = active.reduce((a, b) =>
    b.session.state.iteration < a.session.state.iteration ? b : a,
  );
  await advance(r, leader, maxSteps);
  const target = leader.session.state.iteration;
  for (const l of active) {
    while (l !== leader && !l.session.done && l.session.state.iteration < target && !r.disposed) {
      await advance(r, l, target - l.session.state.iteration);
      await yieldToEvents();
    }
  }
}

function settle(r: Race): void {
  r.phase = allDone(r) ? 'done' : 'paused';
}

/** The run loop's view of one race: a chunk is a round. */
function hooks(r: Race): RunHooks<RaceProgress> {
  return {
    done: () => allDone(r),
    advance: (maxSteps) => raceRound(r, maxSteps),
    settle: () => settle(r),
    finish: () => finish(r),
    progress: () => progressOf(r),
  };
}

/**
 * The network of lane `lane` of race `id`, as it stands now (for experiments that read more than
 * the curves, e.g. batch norm's running statistics). Read only between rounds; do not keep it.
 */
export function raceLaneNet(id: number, lane: number) {
  const l = get(id).lanes[lane];
  if (!l) throw new Error(`경주 ${id} 에 ${lane}번 신경망이 없습니다.`);
  return l.session.net;
}

/** Trains every lane until done (or diverged) or paused; reports once per round. */
export function raceRun(id: number): Promise<RaceProgress> {
  const r = get(id);
  return runLoop(r, hooks(r));
}

/** Stops a run at the end of the current round (its promise then resolves with phase 'paused'). */
export function racePause(id: number): void {
  get(id).pausing = true;
}

/** Exactly one iteration of every lane still training (on the same batch). */
export async function raceStep(id: number): Promise<RaceProgress> {
  const r = get(id);
  return stepOnce(r, hooks(r));
}

/** Back to the start: every lane's initial weights and batch order again (the data stays). */
export async function raceReset(id: number): Promise<RaceProgress> {
  const r = get(id);
  r.pausing = true;
  if (r.running) await r.running;
  if (r.disposed) return progressOf(r);
  const lanes = makeLanes(r);
  r.lanes.forEach((l) => l.session.dispose());
  r.lanes = lanes;
  r.elapsed = 0;
  r.phase = 'ready';
  r.emit();
  return progressOf(r);
}

function finish(r: Race): void {
  r.lanes.forEach((l) => l.session.dispose());
  releaseShared();
}

/** Frees the race (after its current round if it is running). */
export function disposeRace(id: number): void {
  const r = races.get(id);
  if (!r || r.disposed) return;
  r.disposed = true;
  r.pausing = true;
  races.delete(id);
  if (!r.running) finish(r);
}
