// The book's networks: a list of layers, a softmax-with-loss on top, and weight decay.
// TwoLayerNet (ch. 5), MultiLayerNet(Extend) (ch. 6) and SimpleConvNet (ch. 7).
import * as tf from '@tensorflow/tfjs-core';
import { createRng, type Rng } from '../data/rng';
import type { Init } from './init';
import {
  Activation,
  Affine,
  BatchNorm,
  Convolution,
  Dropout,
  outputSize,
  Pooling,
  type Layer,
} from './layers';
import { softmaxCrossEntropy } from './nn-ops';
import { Parameter } from './parameter';
import { initBias, initWeight } from './init';
import type { Tensor } from './tensor';

export type ActivationKind = 'relu' | 'sigmoid' | 'tanh';

export class Net {
  /** layers in order (the book's OrderedDict) */
  readonly layers: Layer[];
  /** λ of the weight-decay penalty ½λΣW² added to the loss (0: none) */
  readonly weightDecay: number;

  constructor(layers: Layer[], weightDecay = 0) {
    this.layers = layers;
    this.weightDecay = weightDecay;
  }

  /** every trainable parameter, layer by layer */
  get params(): Parameter[] {
    return this.layers.flatMap((l) => l.params);
  }

  /** parameters that are not trained but must be kept and restored (BatchNorm running averages) */
  get buffers(): Parameter[] {
    return this.layers.flatMap((l) =>
      l instanceof BatchNorm ? [l.runningMean, l.runningVar] : [],
    );
  }

  /** the generators the forward pass draws from (dropout masks), to save and rewind */
  get rngs(): Rng[] {
    return [...new Set(this.layers.flatMap((l) => (l instanceof Dropout ? [l.rng] : [])))];
  }

  /** the weight matrices the decay applies to (the book's W1, W2, …) */
  get weights(): Parameter[] {
    return this.layers.flatMap((l) =>
      l instanceof Affine || l instanceof Convolution ? [l.W] : [],
    );
  }

  /** the scores before softmax, [N, classes] */
  predict(x: Tensor, train = false): Tensor {
    return this.layers.reduce((h, layer) => layer.forward(h, train), x);
  }

  /** L = softmax cross-entropy + ½λ Σ‖W‖²  (its gradient adds λW to ∂L/∂W) */
  loss(x: Tensor, labels: Tensor | tf.Tensor1D, train = true): Tensor {
    let loss = softmaxCrossEntropy(this.predict(x, train), labels);
    if (this.weightDecay > 0) {
      for (const W of this.weights)
        loss = loss.add(
          W.pow(2)
            .sum()
            .mul(0.5 * this.weightDecay),
        );
    }
    return loss;
  }

  /** Number of correct predictions in a batch, as a device scalar (read it back with the rest). */
  correct(x: Tensor, labels: tf.Tensor1D): tf.Tensor {
    const y = this.predict(x, false).value;
    return tf.sum(tf.cast(tf.equal(tf.argMax(y, 1), tf.cast(labels, 'int32')), 'float32'));
  }

  zeroGrad(): void {
    for (const p of this.params) p.zeroGrad();
  }

  dispose(): void {
    for (const l of this.layers) l.dispose();
  }
}

function activationLayer(kind: ActivationKind, i: number): Activation {
  const name = { relu: 'Relu', sigmoid: 'Sigmoid', tanh: 'Tanh' }[kind];
  return new Activation(`${name}${i}`, kind);
}

/** The book's two_layer_net.py (ch. 5): Affine → ReLU → Affine → SoftmaxWithLoss, W ~ N(0, 0.01²). */
export function TwoLayerNet(
  o: {
    inputSize?: number;
    hiddenSize?: number;
    outputSize?: number;
    weightInitStd?: number;
    activation?: ActivationKind;
    seed?: number;
    rng?: Rng;
  } = {},
): Net {
  const {
    inputSize = 784,
    hiddenSize = 50,
    outputSize = 10,
    weightInitStd = 0.01,
    activation = 'relu',
  } = o;
  const rng = o.rng ?? createRng(o.seed ?? 0);
  return new Net([
    Affine.create('Affine1', inputSize, hiddenSize, weightInitStd, rng, 1),
    activationLayer(activation, 1),
    Affine.create('Affine2', hiddenSize, outputSize, weightInitStd, rng, 2),
  ]);
}

export interface MultiLayerNetOptions {
  inputSize?: number;
  hiddenSizes?: number[];
  outputSize?: number;
  activation?: ActivationKind;
  /** σ of the weights: a number, 'xavier' or 'he' (default: 'he' for ReLU, 'xavier' otherwise) */
  init?: Init;
  /** λ of ½λΣW² (0: none) */
  weightDecay?: number;
  batchNorm?: boolean;
  /** where BatchNorm goes: before the activation (the book, default) or after it */
  batchNormPosition?: 'before' | 'after';
  /** dropout ratio after each hidden activation (0: no dropout layers) */
  dropout?: number;
  seed?: number;
  rng?: Rng;
}

/**
 * The book's MultiLayerNetExtend: (Affine → [BatchNorm] → activation → [Dropout]) × n → Affine;
 * `batchNormPosition: 'after'` puts each BatchNorm after its activation instead.
 */
export function MultiLayerNet(o: MultiLayerNetOptions = {}): Net {
  const {
    inputSize = 784,
    hiddenSizes = [100, 100, 100, 100],
    outputSize = 10,
    activation = 'relu',
  } = o;
  const { weightDecay = 0, batchNorm = false, dropout = 0 } = o;
  const init = o.init ?? (activation === 'relu' ? 'he' : 'xavier');
  if (!(dropout >= 0 && dropout < 1))
    throw new Error(`dropout 비율은 0 이상 1 미만이어야 합니다: ${dropout}`);
  if (!(weightDecay >= 0)) throw new Error(`weightDecay는 0 이상이어야 합니다: ${weightDecay}`);
  const rng = o.rng ?? createRng(o.seed ?? 0);
  const dropoutRng = createRng((o.seed ?? 0) + 1_000_003);
  const sizes = [inputSize, ...hiddenSizes, outputSize];
  const layers: Layer[] = [];
  for (let i = 1; i < sizes.length; i++) {
    layers.push(Affine.create(`Affine${i}`, sizes[i - 1], sizes[i], init, rng, i));
    if (i === sizes.length - 1) break;
    const norm = () => new BatchNorm(`BatchNorm${i}`, sizes[i], i);
    if (batchNorm && o.batchNormPosition !== 'after') layers.push(norm());
    layers.push(activationLayer(activation, i));
    if (batchNorm && o.batchNormPosition === 'after') layers.push(norm());
    if (dropout > 0) layers.push(new Dropout(`Dropout${i}`, dropout, dropoutRng));
  }
  return new Net(layers, weightDecay);
}

/**
 * The book's SimpleConvNet: Conv(30 filters 5×5) → ReLU → Pool(2×2, stride 2) → Affine(100) →
 * ReLU → Affine(10), all weights N(0, 0.01²), input [N, 1, 28, 28].
 */
export function SimpleConvNet(
  o: {
    inputDim?: [number, number, number];
    filterNum?: number;
    filterSize?: number;
    pad?: number;
    stride?: number;
    hiddenSize?: number;
    outputSize?: number;
    /** σ of every weight: a number (the book's 0.01), 'xavier' or 'he' (fan-in C·FH·FW for the filters) */
    weightInitStd?: Init;
    seed?: number;
    rng?: Rng;
  } = {},
): Net {
  const { inputDim = [1, 28, 28], filterNum = 30, filterSize = 5, pad = 0, stride = 1 } = o;
  const { hiddenSize = 100, outputSize: classes = 10, weightInitStd = 0.01 } = o;
  const rng = o.rng ?? createRng(o.seed ?? 0);
  const [C, H] = inputDim;
  const convOut = outputSize(H, filterSize, stride, pad);
  const pooled = outputSize(convOut, 2, 2, 0); // ⌊(convOut − 2)/2⌋ + 1, as the book's Pooling
  const poolOut = filterNum * pooled * pooled;
  const W1 = initWeight('W1', [filterNum, C, filterSize, filterSize], weightInitStd, rng);
  return new Net([
    new Convolution('Conv1', W1, initBias('b1', filterNum), stride, pad),
    new Activation('Relu1', 'relu'),
    new Pooling('Pool1', 2, 2, 2),
    Affine.create('Affine1', poolOut, hiddenSize, weightInitStd, rng, 2),
    new Activation('Relu2', 'relu'),
    Affine.create('Affine2', hiddenSize, classes, weightInitStd, rng, 3),
  ]);
}
