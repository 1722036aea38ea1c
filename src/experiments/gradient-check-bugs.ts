// The planted bugs of the gradient-check widget: the book's TwoLayerNet loss with one backward
// rule written wrong. Each buggy op keeps the engine's forward value (so the loss, and with it
// the numerical gradient, is unchanged) and only its chain rule lies. Built with the engine's
// public op API (fromOp); src/engine itself stays correct.
import {
  fromOp,
  ops,
  relu,
  softmax,
  softmaxCrossEntropy,
  step,
  tensor,
  type Net,
  type Tensor,
} from '../engine';
import type { GradientBug } from './gradient-check-meta';

/** ReLU whose mask is inverted: dx = dout·(x ≤ 0) instead of dout·(x > 0). */
function reluInvertedMask(x: Tensor): Tensor {
  const out = relu(x.detach());
  return fromOp('relu(버그: 마스크 반전)', out.value, [x], (g) => [
    tensor(g).mul(ops.sub(1, step(x.detach()))).value,
  ]);
}

/** x + b whose db takes the first row of dout instead of summing over the batch. */
function addBiasFirstRow(x: Tensor, b: Tensor): Tensor {
  const out = x.detach().add(b.detach());
  const firstRow = new Float32Array(x.shape[0]);
  firstRow[0] = 1;
  return fromOp('add(버그: db = dout[0])', out.value, [x, b], (g) => [
    g,
    tensor(firstRow, { shape: [1, x.shape[0]] })
      .matmul(tensor(g))
      .reshape(b.shape).value,
  ]);
}

/** Softmax-with-loss whose backward forgets ÷ batch size: dx = dout·(y − t). */
function lossWithoutBatchMean(z: Tensor, oneHot: Tensor): Tensor {
  const loss = softmaxCrossEntropy(z.detach(), oneHot);
  return fromOp('softmaxCrossEntropy(버그: ÷N 없음)', loss.value, [z], (g) => [
    softmax(z.detach()).sub(oneHot).mul(tensor(g)).value,
  ]);
}

/**
 * The loss of a TwoLayerNet (Affine1, Relu1, Affine2 as TwoLayerNet builds it) on x with one-hot
 * labels and one backward bug planted; 'none' is the engine's own net.loss.
 */
export function plantedLoss(net: Net, x: Tensor, labels: Tensor, bug: GradientBug): Tensor {
  if (bug === 'none') return net.loss(x, labels);
  const [W1, b1, W2, b2] = net.params;
  const addBias = bug === 'bias-sum' ? addBiasFirstRow : (a: Tensor, b: Tensor) => a.add(b);
  const activation = bug === 'relu-mask' ? reluInvertedMask : relu;
  const z1 = addBias(x.matmul(W1), b1);
  const z2 = addBias(activation(z1).matmul(W2), b2);
  return bug === 'loss-batch' ? lossWithoutBatchMean(z2, labels) : softmaxCrossEntropy(z2, labels);
}
