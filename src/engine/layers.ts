// The book's layers (common/layers.py) as small classes over our Tensor. Each forward() uses
// engine ops only, so its backward is derived by the tape; the layer holds its Parameters.
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../data/rng';
import { initBias, initWeight, type Init } from './init';
import {
  disposeTakeTable,
  makeTakeTable,
  relu,
  sigmoid,
  tanh,
  take,
  windowMax,
  type TakeTable,
} from './nn-ops';
import { Parameter } from './parameter';
import { tensor, type Tensor } from './tensor';

export interface Layer {
  /** 'Affine1', 'Relu1', … as in the book's OrderedDict */
  readonly name: string;
  /** the trainable parameters (weights first) */
  readonly params: Parameter[];
  /** `train` switches BatchNorm and Dropout between their training and test behaviour */
  forward(x: Tensor, train: boolean): Tensor;
  /** frees parameters and any other device state */
  dispose(): void;
}

/** out = x·W + b, x flattened to [N, −1] first (so it follows a convolution too) */
export class Affine implements Layer {
  readonly params: Parameter[];
  constructor(
    readonly name: string,
    /** W: [inputs, outputs] */
    readonly W: Parameter,
    /** b: [outputs] */
    readonly b: Parameter,
  ) {
    this.params = [W, b];
  }
  static create(
    name: string,
    inputs: number,
    outputs: number,
    init: Init,
    rng: Rng,
    index: number | string,
  ): Affine {
    return new Affine(
      name,
      initWeight(`W${index}`, [inputs, outputs], init, rng),
      initBias(`b${index}`, outputs),
    );
  }
  forward(x: Tensor): Tensor {
    const flat = x.shape.length === 2 ? x : x.reshape([x.shape[0], -1]);
    return flat.matmul(this.W).add(this.b);
  }
  dispose(): void {
    this.params.forEach((p) => p.dispose());
  }
}

/** An activation layer (no parameters). */
export class Activation implements Layer {
  readonly params: Parameter[] = [];
  private readonly fn: (x: Tensor) => Tensor;
  constructor(
    readonly name: string,
    kind: 'relu' | 'sigmoid' | 'tanh',
  ) {
    this.fn = { relu, sigmoid, tanh }[kind];
  }
  forward(x: Tensor): Tensor {
    return this.fn(x);
  }
  dispose(): void {}
}

/**
 * Batch normalisation over the batch axis (the book's BatchNorm for 2-D input):
 * train: μ, σ² of the batch; x̂ = (x − μ)/√(σ² + ε); out = γx̂ + β, and running averages
 * μ_run ← m·μ_run + (1 − m)·μ (same for σ²), m = 0.9;  test: x̂ uses μ_run, σ²_run.
 * The backward pass is derived by the tape through mean, sub, mul, sqrt and div.
 */
export class BatchNorm implements Layer {
  readonly params: Parameter[];
  /** running mean and variance (not trained; kept and restored like parameters) */
  readonly runningMean: Parameter;
  readonly runningVar: Parameter;
  constructor(
    readonly name: string,
    size: number,
    index: number,
    readonly momentum = 0.9,
    readonly eps = 10e-7,
  ) {
    this.params = [
      new Parameter(`gamma${index}`, new Float32Array(size).fill(1), [size]),
      initBias(`beta${index}`, size),
    ];
    this.runningMean = Parameter.zeros(`${name}.runningMean`, [size]);
    this.runningVar = Parameter.zeros(`${name}.runningVar`, [size]);
  }
  forward(x: Tensor, train: boolean): Tensor {
    const [gamma, beta] = this.params;
    let xn: Tensor;
    if (train) {
      const mu = x.mean(0);
      const xc = x.sub(mu);
      const variance = xc.pow(2).mean(0);
      xn = xc.div(variance.add(this.eps).sqrt());
      const m = this.momentum;
      this.runningMean.assign(tf.add(tf.mul(this.runningMean.value, m), tf.mul(mu.value, 1 - m)));
      this.runningVar.assign(
        tf.add(tf.mul(this.runningVar.value, m), tf.mul(variance.value, 1 - m)),
      );
    } else {
      xn = x.sub(this.runningMean.detach()).div(this.runningVar.detach().add(this.eps).sqrt());
    }
    return xn.mul(gamma).add(beta);
  }
  dispose(): void {
    [...this.params, this.runningMean, this.runningVar].forEach((p) => p.dispose());
  }
}

/**
 * Dropout, the book's (non-inverted) convention: training multiplies by a fresh 0/1 mask that
 * keeps each unit with probability 1 − ratio; testing multiplies by (1 − ratio) so that the
 * expected activation matches. Masks come from the seeded host RNG.
 */
export class Dropout implements Layer {
  readonly params: Parameter[] = [];
  constructor(
    readonly name: string,
    readonly ratio: number,
    /** draws the masks (a chunk redone after a context loss rewinds it) */
    readonly rng: Rng,
  ) {}
  forward(x: Tensor, train: boolean): Tensor {
    if (!train) return x.mul(1 - this.ratio);
    const u = this.rng.uniformArray(x.size);
    for (let i = 0; i < u.length; i++) u[i] = u[i] > this.ratio ? 1 : 0;
    return x.mul(tensor(u, { shape: x.shape }));
  }
  dispose(): void {}
}

/** Output size of a sliding window: ⌊(in + 2·pad − window) / stride⌋ + 1, as the book computes it. */
export function outputSize(input: number, window: number, stride: number, pad: number): number {
  const out = Math.floor((input + 2 * pad - window) / stride) + 1;
  if (!Number.isInteger(out) || out < 1) {
    throw new Error(
      `창 크기 ${window}, 보폭 ${stride}, 패딩 ${pad} 로는 입력 크기 ${input} 에 창을 놓을 수 없습니다.`,
    );
  }
  return out;
}

/**
 * The im2col table of one sample [C, H, W] (flattened): for every output position (oy, ox) the
 * C·FH·FW input pixels under the window, in the book's column order (c, ky, kx). Positions in
 * the padding point at the zero column (index C·H·W).
 */
export function im2colTable(
  C: number,
  H: number,
  W: number,
  FH: number,
  FW: number,
  stride: number,
  pad: number,
): TakeTable {
  const OH = outputSize(H, FH, stride, pad), OW = outputSize(W, FW, stride, pad); // prettier-ignore
  const cols = new Int32Array(OH * OW * C * FH * FW);
  let k = 0;
  for (let oy = 0; oy < OH; oy++)
    for (let ox = 0; ox < OW; ox++)
      for (let c = 0; c < C; c++)
        for (let ky = 0; ky < FH; ky++)
          for (let kx = 0; kx < FW; kx++) {
            const y = oy * stride + ky - pad, x = ox * stride + kx - pad; // prettier-ignore
            cols[k++] = y < 0 || y >= H || x < 0 || x >= W ? C * H * W : c * H * W + y * W + x;
          }
  return makeTakeTable(C * H * W, cols);
}

/**
 * Convolution by im2col + matmul (so it trains on every backend, wasm included):
 * x [N, C, H, W] → col [N·OH·OW, C·FH·FW] → col·Wᵀ + b → [N, FN, OH, OW].
 */
export class Convolution implements Layer {
  readonly params: Parameter[];
  private table: TakeTable | null = null;
  private tableKey = '';
  constructor(
    readonly name: string,
    /** W: [FN, C, FH, FW] filters */
    readonly W: Parameter,
    /** b: [FN] */
    readonly b: Parameter,
    readonly stride = 1,
    readonly pad = 0,
  ) {
    this.params = [W, b];
  }
  forward(x: Tensor): Tensor {
    const [N, C, H, Wd] = x.shape;
    const [FN, , FH, FW] = this.W.shape;
    const OH = outputSize(H, FH, this.stride, this.pad), OW = outputSize(Wd, FW, this.stride, this.pad); // prettier-ignore
    const key = `${C},${H},${Wd}`;
    if (this.tableKey !== key) {
      if (this.table) disposeTakeTable(this.table);
      this.table = im2colTable(C, H, Wd, FH, FW, this.stride, this.pad);
      this.tableKey = key;
    }
    const col = take(x.reshape([N, C * H * Wd]), this.table!).reshape([N * OH * OW, C * FH * FW]);
    const out = col.matmul(this.W.reshape([FN, -1]).transpose()).add(this.b);
    return out.reshape([N, OH, OW, FN]).transpose([0, 3, 1, 2]);
  }
  dispose(): void {
    this.params.forEach((p) => p.dispose());
    if (this.table) disposeTakeTable(this.table);
    this.table = null;
  }
}

/**
 * Max pooling, window PH×PW with stride: each channel's windows gathered, then the max of each
 * window, whose gradient goes to the window's first maximum only (the book's argmax routing).
 */
export class Pooling implements Layer {
  readonly params: Parameter[] = [];
  private table: TakeTable | null = null;
  private tableKey = '';
  constructor(
    readonly name: string,
    readonly poolH = 2,
    readonly poolW = 2,
    readonly stride = 2,
  ) {}
  forward(x: Tensor): Tensor {
    const [N, C, H, W] = x.shape;
    const { poolH: PH, poolW: PW, stride } = this;
    const OH = outputSize(H, PH, stride, 0), OW = outputSize(W, PW, stride, 0); // prettier-ignore
    if (stride === PH && stride === PW && H === OH * PH && W === OW * PW) {
      // windows that tile the input exactly (the book's 2×2, stride 2 on even sizes): the same
      // windows, in the same (ky, kx) order, by a reshape and a transpose instead of a gather
      const tiles = x.reshape([N, C, OH, PH, OW, PW]).transpose([0, 1, 2, 4, 3, 5]);
      return windowMax(tiles.reshape([N, C, OH, OW, PH * PW]));
    }
    const key = `${C},${H},${W}`;
    if (this.tableKey !== key) {
      if (this.table) disposeTakeTable(this.table);
      const cols = new Int32Array(C * OH * OW * PH * PW);
      let k = 0;
      for (let c = 0; c < C; c++)
        for (let oy = 0; oy < OH; oy++)
          for (let ox = 0; ox < OW; ox++)
            for (let ky = 0; ky < PH; ky++)
              for (let kx = 0; kx < PW; kx++)
                cols[k++] = c * H * W + (oy * stride + ky) * W + ox * stride + kx;
      this.table = makeTakeTable(C * H * W, cols);
      this.tableKey = key;
    }
    const windows = take(x.reshape([N, C * H * W]), this.table!).reshape([N, C, OH, OW, PH * PW]);
    return windowMax(windows);
  }
  dispose(): void {
    if (this.table) disposeTakeTable(this.table);
    this.table = null;
  }
}
