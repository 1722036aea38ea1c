// The page's training loop without the page: the same TrainSession (src/experiments/session.ts)
// that the `train-mnist` widget runs in its Web Worker, here in Node on wasm (one thread), on the
// official MNIST 60,000 / 10,000, TwoLayerNet 784-50-10 ReLU, SGD 0.1, batch 100, seed 0, an
// evaluation every 600 iterations on 10,000 training and 10,000 test digits. Its examples/s is
// the figure the page's (bench/training-page.bench.ts) is compared with: the worker, the
// messages and the page's drawing should cost the training nothing.
//   npx tsx bench/session-node.bench.ts [--iterations=1200]
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { createOptimizer, createRng, DeviceDataset, TwoLayerNet } from '../src/engine';
import { loadMnistNode } from '../src/data/mnist-node';
import { TrainSession } from '../src/experiments/session';

const iterations = Number(
  process.argv.find((a) => a.startsWith('--iterations='))?.split('=')[1] ?? 1200,
);
await tf.setBackend('wasm');
await tf.ready();
const data = await loadMnistNode();
const train = new DeviceDataset(784);
train.append(data.trainImages, data.trainLabels);
const test = new DeviceDataset(784);
test.append(data.testImages, data.testLabels);
const net = TwoLayerNet({ hiddenSize: 50, weightInitStd: 0.01, activation: 'relu', seed: 0 });
const session = new TrainSession(
  net,
  createOptimizer('sgd', 0.1),
  train,
  test,
  createRng(0),
  { batchSize: 100, iterations, evalEvery: 600, evalTrain: 10_000, evalTest: 10_000 },
  'wasm',
);
const t0 = performance.now();
while (!session.done) await session.chunk();
const wall = (performance.now() - t0) / 1000;
const exs = (iterations * 100) / (session.state.trainMs / 1000);
console.log(
  `\n## The page's TrainSession in Node (wasm, one thread): ${iterations} iterations, ${Math.round(exs).toLocaleString('en')} examples/s of training, wall ${wall.toFixed(1)} s, test accuracy ${session.state.testAcc.at(-1)?.toFixed(4)}\n`,
);
session.dispose();
train.dispose();
test.dispose();
