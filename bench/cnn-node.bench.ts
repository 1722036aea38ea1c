// The book's SimpleConvNet trained by our engine in Node on the wasm backend (one thread), on the
// official MNIST 60,000 / 10,000: Adam 0.001, batch 100 drawn at random each step (the book's
// Trainer), seed 0; the full test accuracy after every epoch (600 steps), and examples/s. What a
// reader who waits gets from the `::train-cnn` widget, without the page.
//   npx tsx bench/cnn-node.bench.ts [--epochs=3] [--until=0.985]  (stops after the first epoch
//   whose test accuracy reaches --until)
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { createOptimizer, createRng, SimpleConvNet, tensor } from '../src/engine';
import { loadMnistNode } from '../src/data/mnist-node';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const epochs = Number(arg('epochs') ?? 3);
const until = Number(arg('until') ?? 2);
await tf.setBackend('wasm');
await tf.ready();
const data = await loadMnistNode();
const px = 784;
const toX = (images: Uint8Array, idx: ArrayLike<number>) => {
  const x = new Float32Array(idx.length * px);
  for (let i = 0; i < idx.length; i++)
    for (let j = 0; j < px; j++) x[i * px + j] = images[idx[i] * px + j] / 255;
  return x;
};
const net = SimpleConvNet({ seed: 0 });
const opt = createOptimizer('adam', 0.001);
const rng = createRng(17);
const nTrain = data.trainLabels.length;
const nTest = data.testLabels.length;

async function testAccuracy(): Promise<number> {
  let right = 0;
  for (let s = 0; s < nTest; s += 500) {
    const idx = Array.from({ length: Math.min(500, nTest - s) }, (_, i) => s + i);
    const y = tf.tidy(() => {
      const x = tensor(toX(data.testImages, idx), { shape: [idx.length, 1, 28, 28] });
      return tf.argMax(net.predict(x, false).value, 1);
    });
    const p = await y.data();
    y.dispose();
    idx.forEach((k, i) => (right += p[i] === data.testLabels[k] ? 1 : 0));
  }
  return right / nTest;
}

console.log(`SimpleConvNet, wasm in Node, Adam 0.001, batch 100, seed 0, ${epochs} epochs`);
let trainMs = 0;
for (let e = 1; e <= epochs; e++) {
  for (let it = 0; it < 600; it++) {
    const idx = Array.from({ length: 100 }, () => rng.int(nTrain));
    const t0 = performance.now();
    tf.tidy(() => {
      const x = tensor(toX(data.trainImages, idx), { shape: [100, 1, 28, 28] });
      const t = tf.tensor1d(
        idx.map((k) => data.trainLabels[k]),
        'int32',
      );
      const loss = net.loss(x, t);
      loss.backward();
      opt.step(net.params);
      net.params.forEach((p) => p.zeroGrad());
    });
    trainMs += performance.now() - t0;
  }
  const acc = await testAccuracy();
  console.log(
    `epoch ${e}: test ${acc.toFixed(4)} · ${Math.round((e * 60_000) / (trainMs / 1000))} examples/s · ${(trainMs / 1000).toFixed(0)} s of training`,
  );
  if (acc >= until) {
    console.log(
      `reached ${until} after ${e} epochs, ${(trainMs / 60_000).toFixed(1)} min of training`,
    );
    break;
  }
}
