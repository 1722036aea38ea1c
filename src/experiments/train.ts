// Training on MNIST with the engine (chapters 4–7): trainNet runs the book's mini-batch loop to
// the end through a TrainSession (session.ts: chunks of ≤ ~40 ms, data on the device, one
// readback per chunk, context-loss recovery). Widgets that pause and step use trainer.ts.
import { loadMnist, type MnistData } from '../data/mnist';
import {
  createOptimizer,
  createRng,
  DeviceDataset,
  initEngine,
  MultiLayerNet,
  readAll,
  scope,
  SimpleConvNet,
  tensor,
  TwoLayerNet,
  type ActivationKind,
  type BackendName,
  type Init,
  type Net,
  type OptimizerName,
} from '../engine';
import { TrainSession } from './session';

export type ModelName = 'two-layer' | 'multi-layer' | 'conv';

export interface TrainOptions {
  /** 'two-layer' (book ch. 5, default), 'multi-layer' (ch. 6) or 'conv' (SimpleConvNet, ch. 7) */
  model?: ModelName;
  /** hidden layer sizes: two-layer uses the first (default 50); multi-layer all (default 4×100) */
  hiddenSizes?: number[];
  activation?: ActivationKind;
  /** weight σ: number, 'xavier' or 'he' (two-layer and conv: the book's 0.01) */
  init?: Init;
  weightDecay?: number;
  batchNorm?: boolean;
  dropout?: number;
  optimizer?: OptimizerName;
  /** learning rate (default 0.1, the book's TwoLayerNet) */
  lr?: number;
  batchSize?: number;
  iterations?: number;
  /** use the first `trainSize` training images (default: all) */
  trainSize?: number;
  /** evaluate train/test accuracy every this many iterations (default: one epoch) and at the end */
  evalEvery?: number;
  /** evaluate on at most this many images of each set (default: all) */
  evalSize?: number;
  seed?: number;
  signal?: AbortSignal;
  onProgress?: (p: TrainProgress) => void;
  /** the data (default: the bundled MNIST) */
  data?: MnistData;
  /** keep the trained network: the result gets `predict` and `dispose` */
  keep?: boolean;
}

export interface TrainProgress {
  iteration: number;
  iterations: number;
  /** loss of every iteration so far */
  loss: number[];
  evalAt: number[];
  trainAcc: number[];
  testAcc: number[];
  backend: BackendName;
}

export interface TrainResult extends TrainProgress {
  /** wall time of the whole run */
  ms: number;
  /** training throughput: examples per second of the training chunks (evaluation excluded) */
  examplesPerSecond: number;
  /** iteration of the first NaN/Inf loss (training stops there), or null */
  divergedAt: number | null;
  /** with keep: class probabilities for one 28×28 image (pixels 0..1, row-major) */
  predict?: (pixels: ArrayLike<number>) => Promise<number[]>;
  dispose?: () => void;
}

function buildNet(o: TrainOptions, inputSize: number): Net {
  const seed = o.seed ?? 0;
  if (o.model === 'conv')
    return SimpleConvNet({ seed, weightInitStd: typeof o.init === 'number' ? o.init : 0.01 });
  if (o.model === 'multi-layer') {
    const { hiddenSizes, activation, init, weightDecay, batchNorm, dropout } = o;
    return MultiLayerNet({
      inputSize,
      hiddenSizes,
      activation,
      init,
      weightDecay,
      batchNorm,
      dropout,
      seed,
    });
  }
  const weightInitStd = typeof o.init === 'number' ? o.init : 0.01;
  return TwoLayerNet({
    inputSize,
    hiddenSize: o.hiddenSizes?.[0] ?? 50,
    activation: o.activation ?? 'relu',
    weightInitStd,
    seed,
  });
}

const abortError = (signal: AbortSignal) =>
  signal.reason instanceof Error
    ? signal.reason
    : new DOMException('학습을 멈췄습니다.', 'AbortError');

/** Both sets of `data` on the device (uploaded once). */
export function deviceSets(data: MnistData): { train: DeviceDataset; test: DeviceDataset } {
  const px = data.rows * data.cols;
  const train = new DeviceDataset(px);
  const test = new DeviceDataset(px);
  train.append(
    data.trainImages.subarray(0, data.nTrain * px),
    data.trainLabels.subarray(0, data.nTrain),
  );
  test.append(
    data.testImages.subarray(0, data.nTest * px),
    data.testLabels.subarray(0, data.nTest),
  );
  return { train, test };
}

export async function trainNet(o: TrainOptions = {}): Promise<TrainResult> {
  const { optimizer = 'sgd', lr = 0.1, batchSize = 100, iterations = 10_000, seed = 0 } = o;
  for (const [k, v] of [
    ['batchSize', batchSize],
    ['iterations', iterations],
  ] as const) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`${k}는 1 이상의 정수여야 합니다: ${v}`);
  }
  if (!Number.isFinite(lr) || lr <= 0) throw new Error(`학습률은 0보다 큰 수여야 합니다: ${lr}`);
  const backend = await initEngine();
  const data = o.data ?? (await loadMnist());
  const px = data.rows * data.cols;
  const nTrain = Math.min(o.trainSize ?? data.nTrain, data.nTrain);
  const { train, test } = deviceSets({ ...data, nTrain });
  const imageShape = o.model === 'conv' ? [1, data.rows, data.cols] : undefined;
  const session = new TrainSession(
    buildNet(o, px),
    createOptimizer(optimizer, lr),
    train,
    test,
    createRng(seed + 17),
    {
      batchSize,
      iterations,
      evalEvery: o.evalEvery ?? Math.max(1, Math.floor(nTrain / batchSize)),
      evalTrain: Math.min(o.evalSize ?? nTrain, nTrain),
      evalTest: Math.min(o.evalSize ?? data.nTest, data.nTest),
      imageShape,
    },
    backend,
  );
  const t0 = performance.now();
  const s = session.state;
  try {
    while (!session.done) {
      if (o.signal?.aborted) throw abortError(o.signal);
      await session.chunk();
      o.onProgress?.({
        iteration: s.iteration, iterations, loss: s.loss.slice(), evalAt: s.evalAt.slice(),
        trainAcc: s.trainAcc.slice(), testAcc: s.testAcc.slice(), backend: s.backend,
      }); // prettier-ignore
    }
  } catch (e) {
    session.dispose();
    train.dispose();
    test.dispose();
    throw e;
  }
  train.dispose();
  test.dispose();
  const out: TrainResult = {
    iteration: s.iteration, iterations, loss: s.loss, evalAt: s.evalAt, trainAcc: s.trainAcc,
    testAcc: s.testAcc, backend: s.backend, ms: performance.now() - t0,
    examplesPerSecond: (s.iteration * batchSize) / (s.trainMs / 1000), divergedAt: s.divergedAt,
  }; // prettier-ignore
  session.opt.dispose();
  const net = session.net;
  if (!o.keep) {
    net.dispose();
    return out;
  }
  const shape = [1, ...(imageShape ?? [px])];
  out.predict = async (pixels) => {
    if (pixels.length !== px)
      throw new Error(`이미지는 ${px}개의 픽셀이어야 합니다 (받은 개수 ${pixels.length}).`);
    await initEngine();
    const p = scope(
      () => net.predict(tensor(Float32Array.from(pixels), { shape }), false).softmax().value,
    );
    try {
      return Array.from((await readAll([p]))[0]);
    } finally {
      p.dispose();
    }
  };
  out.dispose = () => net.dispose();
  return out;
}
