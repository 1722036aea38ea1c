// The book's DeepConvNet (ch. 8, deep_convnet.py): six 3×3 convolutions with ReLU, a 2×2 max
// pool after every second one, then Affine → ReLU → Dropout → Affine → Dropout. Built from the
// engine's layers, with He-initialised weights (the book's) or given ones (its trained file).
import { createRng, type Rng } from '../data/rng';
import { initStd } from './init';
import {
  Activation,
  Affine,
  Convolution,
  Dropout,
  outputSize,
  Pooling,
  type Layer,
} from './layers';
import { Net } from './nets';
import { Parameter } from './parameter';

/** One convolution of the stack: filters, size, padding and stride (the book's conv_param_n). */
export interface ConvSpec {
  filterNum: number;
  filterSize: number;
  pad: number;
  stride: number;
}

/** The book's six convolutions; note conv4's pad 2 (16×16 after it instead of 14×14). */
export const DEEP_CONVNET_CONVS: readonly ConvSpec[] = [
  { filterNum: 16, filterSize: 3, pad: 1, stride: 1 },
  { filterNum: 16, filterSize: 3, pad: 1, stride: 1 },
  { filterNum: 32, filterSize: 3, pad: 1, stride: 1 },
  { filterNum: 32, filterSize: 3, pad: 2, stride: 1 },
  { filterNum: 64, filterSize: 3, pad: 1, stride: 1 },
  { filterNum: 64, filterSize: 3, pad: 1, stride: 1 },
];

/** Host numbers for a parameter by the book's name ('W1' … 'W8', 'b1' … 'b8'). */
export interface GivenTensor {
  shape: readonly number[];
  data: Float32Array;
}

export interface DeepConvNetOptions {
  /** (C, H, W) of one input: the book's (1, 28, 28) */
  inputDim?: [number, number, number];
  convs?: readonly ConvSpec[];
  hiddenSize?: number;
  outputSize?: number;
  /** the book's dropout ratio (0.5) after the hidden ReLU and after the last Affine */
  dropout?: number;
  /** trained numbers by name (W1 … W8, b1 … b8); the shapes must match the stack exactly */
  weights?: ReadonlyMap<string, GivenTensor>;
  /** whether the parameters take gradients (false for a frozen trained network) */
  requiresGrad?: boolean;
  seed?: number;
  rng?: Rng;
}

/** The shape of every parameter of the stack, in the book's order W1, b1, …, W8, b8. */
export function deepConvNetShapes(o: DeepConvNetOptions = {}): Map<string, number[]> {
  const { inputDim = [1, 28, 28], convs = DEEP_CONVNET_CONVS } = o;
  const { hiddenSize = 50, outputSize: classes = 10 } = o;
  const shapes = new Map<string, number[]>();
  let [C, H, W] = inputDim;
  convs.forEach((c, i) => {
    shapes.set(`W${i + 1}`, [c.filterNum, C, c.filterSize, c.filterSize]);
    shapes.set(`b${i + 1}`, [c.filterNum]);
    C = c.filterNum;
    H = outputSize(H, c.filterSize, c.stride, c.pad);
    W = outputSize(W, c.filterSize, c.stride, c.pad);
    if (i % 2 === 1) [H, W] = [outputSize(H, 2, 2, 0), outputSize(W, 2, 2, 0)];
  });
  const n = convs.length;
  shapes.set(`W${n + 1}`, [C * H * W, hiddenSize]);
  shapes.set(`b${n + 1}`, [hiddenSize]);
  shapes.set(`W${n + 2}`, [hiddenSize, classes]);
  shapes.set(`b${n + 2}`, [classes]);
  return shapes;
}

/**
 * The book's DeepConvNet: (Conv → ReLU → Conv → ReLU → Pool) × 3 → Affine(50) → ReLU →
 * Dropout(0.5) → Affine(10) → Dropout(0.5), input [N, 1, 28, 28]. The book's Dropout is not
 * inverted: at test time it multiplies by (1 − ratio), the last one included (the scores are
 * halved, which keeps the argmax but softens the softmax). Weights: He (√(2/fan-in)), biases 0,
 * unless `weights` gives the trained numbers.
 */
export function DeepConvNet(o: DeepConvNetOptions = {}): Net {
  const { convs = DEEP_CONVNET_CONVS, dropout = 0.5, requiresGrad = true } = o;
  const shapes = deepConvNetShapes(o);
  const rng = o.rng ?? createRng(o.seed ?? 0);
  const dropoutRng = createRng((o.seed ?? 0) + 1_000_003);
  const made: Parameter[] = [];
  const param = (name: string): Parameter => {
    const shape = shapes.get(name)!;
    const size = shape.reduce((a, b) => a * b, 1);
    const given = o.weights?.get(name);
    let data: Float32Array;
    if (o.weights) {
      if (!given) throw new Error(`가중치 ${name}이(가) 없습니다.`);
      if (given.shape.join() !== shape.join())
        throw new Error(
          `가중치 ${name}의 모양 (${given.shape.join(', ')})이 DeepConvNet의 (${shape.join(', ')})과 다릅니다.`,
        );
      data = given.data;
    } else if (name.startsWith('b')) {
      data = new Float32Array(size);
    } else {
      const fanIn = shape.length === 4 ? shape[1] * shape[2] * shape[3] : shape[0];
      data = rng.normalArray(size, initStd('he', fanIn));
    }
    const p = new Parameter(name, data, shape, { requiresGrad });
    made.push(p);
    return p;
  };
  try {
    const layers: Layer[] = [];
    convs.forEach((c, i) => {
      const k = i + 1;
      layers.push(new Convolution(`Conv${k}`, param(`W${k}`), param(`b${k}`), c.stride, c.pad));
      layers.push(new Activation(`Relu${k}`, 'relu'));
      if (i % 2 === 1) layers.push(new Pooling(`Pool${(i + 1) / 2}`, 2, 2, 2));
    });
    const n = convs.length;
    layers.push(new Affine(`Affine1`, param(`W${n + 1}`), param(`b${n + 1}`)));
    layers.push(new Activation(`Relu${n + 1}`, 'relu'));
    layers.push(new Dropout('Dropout1', dropout, dropoutRng));
    layers.push(new Affine(`Affine2`, param(`W${n + 2}`), param(`b${n + 2}`)));
    layers.push(new Dropout('Dropout2', dropout, dropoutRng));
    return new Net(layers);
  } catch (e) {
    made.forEach((p) => p.dispose());
    throw e;
  }
}
