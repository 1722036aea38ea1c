// Training on MNIST with the engine (chapters 4–7): the book's mini-batch loop, run in chunks of
// ≤ ~40 ms so the page never freezes; one readback per chunk (losses, accuracies and, on WebGL,
// a host snapshot of the parameters so that a lost context resumes where it was).
import { loadMnist, normalized, type MnistData } from '../data/mnist';
import {
  addInto,
  createOptimizer,
  createRng,
  deviceScalar,
  engineGeneration,
  engineSettled,
  free,
  hostCheckpoint,
  imageBatch,
  initEngine,
  isBackendLoss,
  labelBatch,
  MultiLayerNet,
  readAll,
  scope,
  SimpleConvNet,
  tensor,
  TwoLayerNet,
  type ActivationKind,
  type BackendName,
  type DeviceTensor,
  type Init,
  type Net,
  type OptimizerName,
  type Parameter,
} from '../engine';

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

const CHUNK_MS = 40;

export async function trainNet(o: TrainOptions = {}): Promise<TrainResult> {
  const { optimizer = 'sgd', lr = 0.1, batchSize = 100, iterations = 10_000, seed = 0 } = o;
  for (const [k, v] of [
    ['batchSize', batchSize],
    ['iterations', iterations],
  ] as const) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`${k}는 1 이상의 정수여야 합니다: ${v}`);
  }
  if (!Number.isFinite(lr) || lr <= 0) throw new Error(`학습률은 0보다 큰 수여야 합니다: ${lr}`);
  let backend = await initEngine();
  const data = o.data ?? (await loadMnist());
  const px = data.rows * data.cols;
  const nTrain = Math.min(o.trainSize ?? data.nTrain, data.nTrain);
  const nEvalTrain = Math.min(o.evalSize ?? nTrain, nTrain);
  const nEvalTest = Math.min(o.evalSize ?? data.nTest, data.nTest);
  const evalEvery = o.evalEvery ?? Math.max(1, Math.floor(nTrain / batchSize));
  const shape = (n: number) => (o.model === 'conv' ? [n, 1, data.rows, data.cols] : [n, px]);
  const xAll = normalized(data.trainImages);
  const xTestAll = normalized(data.testImages);

  const net = buildNet(o, px);
  const opt = createOptimizer(optimizer, lr);
  const rng = createRng(seed + 17);
  let generation = engineGeneration();
  /** rows `rows` of a host image array as a batch tensor (the book's x_train[batch_mask]) */
  const batchOf = (images: Float32Array, rows: ArrayLike<number>) =>
    imageBatch(images, rows, px, shape(rows.length));

  const out: TrainResult = {
    iteration: 0, iterations, loss: [], evalAt: [], trainAcc: [], testAcc: [],
    backend, ms: 0, examplesPerSecond: 0, divergedAt: null,
  }; // prettier-ignore
  /** correct predictions among the first n images as a device scalar; batches of 500 with a yield between */
  const correctCount = async (
    images: Float32Array,
    labels: Uint8Array,
    n: number,
  ): Promise<DeviceTensor> => {
    let total = deviceScalar(0);
    try {
      for (let s = 0; s < n; s += 500) {
        const rows = Array.from({ length: Math.min(500, n - s) }, (_, i) => s + i);
        total = addInto(
          total,
          scope(() => net.correct(batchOf(images, rows), labelBatch(labels, rows))),
        );
        await new Promise((r) => setTimeout(r, 0)); // let the page breathe between batches
      }
      return total;
    } catch (e) {
      free(total);
      throw e;
    }
  };
  const persistent = (): Parameter[] => [...net.params, ...net.buffers, ...opt.stateParams()];
  const t0 = performance.now();
  let trainMs = 0; // time in training chunks only (evaluation excluded), for examplesPerSecond
  let done = false;
  try {
    while (!done) {
      if (o.signal?.aborted) throw abortError(o.signal);
      await engineSettled(); // never issue ops while a backend is being switched in
      const start = out.iteration;
      const chunkStart = performance.now();
      // If the backend is lost during this chunk, the chunk is redone from here: parameters
      // come back from their host snapshots, this rewinds the rest (batches, masks, Adam's t).
      const rewind = hostCheckpoint(net, opt, [rng]);
      const losses: DeviceTensor[] = [];
      const accs: DeviceTensor[] = [];
      let it = start;
      let values: Float32Array[];
      let evalMs = 0;
      const snap = backend === 'webgl' ? persistent() : [];
      try {
        // The book's loop: pick a random mini-batch, gradient by backprop, update.
        while (it < iterations && performance.now() - chunkStart < CHUNK_MS) {
          const batch = rng.choice(nTrain, batchSize);
          losses.push(
            scope(() => {
              const loss = net.loss(batchOf(xAll, batch), labelBatch(data.trainLabels, batch));
              loss.backward();
              opt.step(net.params);
              net.zeroGrad();
              return loss.value;
            }),
          );
          it++;
          if (it % evalEvery === 0) break;
        }
        if (it % evalEvery === 0 || it === iterations) {
          const evalStart = performance.now();
          accs.push(await correctCount(xAll, data.trainLabels, nEvalTrain));
          accs.push(await correctCount(xTestAll, data.testLabels, nEvalTest));
          evalMs = performance.now() - evalStart;
        }
        values = await readAll([...losses, ...accs, ...snap.map((p) => p.value)]);
      } catch (e) {
        if (!isBackendLoss(e)) throw e;
        await engineSettled(); // parameters are back from their last snapshot: redo this chunk
        rewind();
        net.zeroGrad();
        backend = await initEngine();
        generation = engineGeneration();
        continue;
      } finally {
        free([...losses, ...accs]);
      }
      const evaluate = accs.length > 0;
      trainMs += performance.now() - chunkStart - evalMs; // (on WebGL the readback also waits for the evaluation)
      snap.forEach((p, i) => (p.host = values[losses.length + accs.length + i].slice()));
      if (engineGeneration() !== generation) {
        // Lost just after this readback: put back the values it read, on the new backend.
        await engineSettled();
        snap.forEach((p) => p.restore());
        backend = await initEngine();
        generation = engineGeneration();
      }
      for (let i = 0; i < losses.length; i++) {
        const l = values[i][0];
        out.loss.push(l);
        if (!Number.isFinite(l) && out.divergedAt === null) out.divergedAt = start + i;
      }
      out.iteration = it;
      if (evaluate) {
        out.evalAt.push(it);
        out.trainAcc.push(values[losses.length][0] / nEvalTrain);
        out.testAcc.push(values[losses.length + 1][0] / nEvalTest);
      }
      out.backend = backend;
      done = it >= iterations || out.divergedAt !== null;
      o.onProgress?.({ ...out, loss: out.loss.slice() });
    }
  } catch (e) {
    net.dispose();
    opt.dispose();
    throw e;
  }
  out.ms = performance.now() - t0;
  out.examplesPerSecond = (out.iteration * batchSize) / (trainMs / 1000);
  opt.dispose();
  if (!o.keep) {
    net.dispose();
    return out;
  }
  out.predict = async (pixels) => {
    if (pixels.length !== px)
      throw new Error(`이미지는 ${px}개의 픽셀이어야 합니다 (받은 개수 ${pixels.length}).`);
    await initEngine();
    const p = scope(
      () =>
        net.predict(tensor(Float32Array.from(pixels), { shape: shape(1) }), false).softmax().value,
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
