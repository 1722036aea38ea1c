// Every op: forward values and gradients, against tfjs's own autodiff (the oracle) and against
// central differences, on random shapes with broadcasting and with reused inputs.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import {
  createRng,
  mse,
  ops,
  scope,
  softmaxCrossEntropy,
  tensor,
  Tensor,
} from '../../../src/engine';
import * as nn from '../../../src/engine/nn-ops';

const rng = createRng(123);
const dim = () => 1 + rng.int(4);

interface Spec {
  name: string;
  /** input shapes (a fresh random draw per case) */
  shapes: () => number[][];
  /** 'pos' keeps inputs in [0.5, 2] (log, sqrt, pow, div's denominator) */
  domain?: Array<'any' | 'pos'>;
  ours: (...xs: Tensor[]) => Tensor;
  theirs: (...xs: tf.Tensor[]) => tf.Tensor;
}

const same = () => {
  const s = [dim(), dim()];
  return [s, s];
};
const bcast = () => {
  const [a, b] = [dim(), dim()];
  return [[a, b], [b]];
};
const bcast2 = () => {
  const [a, b] = [dim(), dim()];
  return [
    [a, 1],
    [1, b],
  ];
};
const one = () => [[dim(), dim(), dim()]];

const SPECS: Spec[] = [
  { name: 'add', shapes: same, ours: (a, b) => a.add(b), theirs: tf.add },
  { name: 'add (broadcast row)', shapes: bcast, ours: (a, b) => a.add(b), theirs: tf.add },
  { name: 'add (broadcast both)', shapes: bcast2, ours: (a, b) => a.add(b), theirs: tf.add },
  { name: 'sub (broadcast)', shapes: bcast, ours: (a, b) => a.sub(b), theirs: tf.sub },
  { name: 'mul (broadcast both)', shapes: bcast2, ours: (a, b) => a.mul(b), theirs: tf.mul },
  { name: 'mul', shapes: same, ours: (a, b) => a.mul(b), theirs: tf.mul },
  {
    name: 'div (broadcast)',
    shapes: bcast,
    domain: ['any', 'pos'],
    ours: (a, b) => a.div(b),
    theirs: tf.div,
  },
  { name: 'neg', shapes: one, ours: (a) => a.neg(), theirs: tf.neg },
  { name: 'pow 2', shapes: one, ours: (a) => a.pow(2), theirs: tf.square },
  {
    name: 'pow 3',
    shapes: one,
    domain: ['pos'],
    ours: (a) => a.pow(3),
    theirs: (a) => tf.pow(a, 3),
  },
  {
    name: 'pow −0.5',
    shapes: one,
    domain: ['pos'],
    ours: (a) => a.pow(-0.5),
    theirs: (a) => tf.pow(a, -0.5),
  },
  { name: 'exp', shapes: one, ours: (a) => a.exp(), theirs: tf.exp },
  { name: 'log', shapes: one, domain: ['pos'], ours: (a) => a.log(), theirs: tf.log },
  { name: 'sqrt', shapes: one, domain: ['pos'], ours: (a) => a.sqrt(), theirs: tf.sqrt },
  { name: 'matmul', shapes: () => { const [n, k, m] = [dim(), dim(), dim()]; return [[n, k], [k, m]]; }, ours: (a, b) => a.matmul(b), theirs: (a, b) => tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D) }, // prettier-ignore
  {
    name: 'transpose',
    shapes: one,
    ours: (a) => a.transpose([2, 0, 1]),
    theirs: (a) => tf.transpose(a, [2, 0, 1]),
  },
  {
    name: 'reshape',
    shapes: () => [[2, 3, dim()]],
    ours: (a) => a.reshape([6, -1]),
    theirs: (a) => tf.reshape(a, [6, -1]),
  },
  { name: 'sum (all)', shapes: one, ours: (a) => a.sum(), theirs: (a) => tf.sum(a) },
  { name: 'sum (axis 1)', shapes: one, ours: (a) => a.sum(1), theirs: (a) => tf.sum(a, 1) },
  {
    name: 'sum (axes 0,2, keepDims)',
    shapes: one,
    ours: (a) => a.sum([0, 2], true),
    theirs: (a) => tf.sum(a, [0, 2], true),
  },
  { name: 'mean (axis −1)', shapes: one, ours: (a) => a.mean(-1), theirs: (a) => tf.mean(a, -1) },
  { name: 'max (axis 1)', shapes: one, ours: (a) => a.max(1), theirs: (a) => tf.max(a, 1) },
  { name: 'relu', shapes: one, ours: (a) => a.relu(), theirs: tf.relu },
  { name: 'sigmoid', shapes: one, ours: (a) => a.sigmoid(), theirs: tf.sigmoid },
  { name: 'tanh', shapes: one, ours: (a) => a.tanh(), theirs: tf.tanh },
  {
    name: 'softmax',
    shapes: () => [[dim(), 2 + dim()]],
    ours: (a) => a.softmax(),
    theirs: (a) => tf.softmax(a),
  },
  {
    name: 'logSoftmax',
    shapes: () => [[dim(), 2 + dim()]],
    ours: (a) => a.logSoftmax(),
    theirs: (a) => tf.logSoftmax(a),
  },
  {
    name: 'leakyRelu',
    shapes: one,
    ours: (a) => a.leakyRelu(0.1),
    theirs: (a) => tf.leakyRelu(a, 0.1),
  },
  { name: 'concat (axis 1)', shapes: () => { const n = dim(); return [[n, dim()], [n, dim()], [n, 1]]; }, ours: (a, b, c) => ops.concat([a, b, c], 1), theirs: (a, b, c) => tf.concat([a, b, c], 1) }, // prettier-ignore
  { name: 'slice (a column), reused', shapes: () => [[dim(), 3]], ours: (a) => ops.slice(a, [0, 1], [-1, 1]).mul(ops.slice(a, [0, 2], [-1, 1])), theirs: (a) => tf.mul(tf.slice(a, [0, 1], [-1, 1]), tf.slice(a, [0, 2], [-1, 1])) }, // prettier-ignore
  { name: 'reused input: a + a', shapes: one, ours: (a) => a.add(a), theirs: (a) => tf.add(a, a) },
  { name: 'reused input: a·a + exp(a)·a', shapes: one, ours: (a) => a.mul(a).add(a.exp().mul(a)), theirs: (a) => tf.add(tf.mul(a, a), tf.mul(tf.exp(a), a)) }, // prettier-ignore
  { name: 'chain: relu(x·W + b).sum over a batch', shapes: () => { const [n, k, m] = [dim(), dim(), dim()]; return [[n, k], [k, m], [m]]; }, ours: (x, w, b) => x.matmul(w).add(b).relu(), theirs: (x, w, b) => tf.relu(tf.add(tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D), b)) }, // prettier-ignore
];

function draw(shape: number[], domain: 'any' | 'pos'): Float32Array {
  const n = shape.reduce((a, b) => a * b, 1);
  const v = new Float32Array(n);
  for (let i = 0; i < n; i++)
    v[i] = domain === 'pos' ? 0.5 + 1.5 * rng.uniform() : (rng.uniform() * 2 - 1) * 1.5;
  return v;
}

/** L = Σ out ⊙ R for a fixed random R, so every output element carries a different weight. */
function check(spec: Spec) {
  const shapes = spec.shapes();
  const values = shapes.map((s, i) => draw(s, spec.domain?.[i] ?? 'any'));
  const before = tf.memory().numTensors;
  scope(() => {
    const tfInputs = values.map((v, i) => tf.tensor(v, shapes[i]));
    const theirsOut = spec.theirs(...tfInputs);
    const R = tf.tensor(draw(theirsOut.shape, 'any'), theirsOut.shape);
    // ours
    const xs = tfInputs.map((t) => tensor(t, { requiresGrad: true }));
    const out = spec.ours(...xs);
    expect(out.shape, `${spec.name}: shape`).toEqual(theirsOut.shape);
    expectClose(out.value, theirsOut, 1e-5, `${spec.name}: value`);
    out.mul(R).sum().backward();
    // oracle: tfjs autodiff
    const oracle = tf.grads((...a: tf.Tensor[]) => tf.sum(tf.mul(spec.theirs(...a), R)))(tfInputs);
    xs.forEach((x, i) => {
      expect(x.grad!.shape, `${spec.name}: grad shape ${i}`).toEqual(shapes[i]);
      expectClose(x.grad!, oracle[i], 1e-4, `${spec.name}: ∂input${i} vs tf.grads`);
    });
    // central differences (float32: h = 1e-2, a few entries)
    xs.forEach((x, i) => {
      const g = x.grad!.dataSync();
      for (let trial = 0; trial < 3; trial++) {
        const j = rng.int(values[i].length);
        const f = (delta: number) => {
          const moved = values.map((v, k) => {
            const c = v.slice();
            if (k === i) c[j] += delta;
            return tf.tensor(c, shapes[k]);
          });
          return tf.sum(tf.mul(spec.theirs(...moved), R)).dataSync()[0];
        };
        const h = 1e-2;
        const numeric = (f(h) - f(-h)) / (2 * h);
        if (
          spec.name.startsWith('max') ||
          spec.name.startsWith('relu') ||
          spec.name.startsWith('leaky') ||
          spec.name.startsWith('chain')
        ) {
          if (Math.abs(values[i][j]) < 2 * h) continue; // kinks
        }
        expect(
          Math.abs(g[j] - numeric),
          `${spec.name}: ∂input${i}[${j}] vs central difference`,
        ).toBeLessThan(2e-2 * (1 + Math.abs(numeric)));
      }
    });
    xs.forEach((x) => x.zeroGrad());
  });
  expect(tf.memory().numTensors, `${spec.name}: tensors freed`).toBe(before);
}

function expectClose(a: tf.Tensor, b: tf.Tensor, tol: number, what: string) {
  const x = a.dataSync(), y = b.dataSync(); // prettier-ignore
  expect(x.length, what).toBe(y.length);
  for (let i = 0; i < x.length; i++) {
    expect(Math.abs(x[i] - y[i]), `${what} [${i}]: ${x[i]} vs ${y[i]}`).toBeLessThanOrEqual(
      tol * (1 + Math.abs(y[i])),
    );
  }
}

describe('ops: values and gradients vs tf.grads and central differences', () => {
  for (const spec of SPECS) {
    it(spec.name, () => {
      for (let k = 0; k < 3; k++) check(spec);
    });
  }
});

describe('losses', () => {
  it('softmaxCrossEntropy: value and gradient (y − t)/N, one-hot and index labels', () => {
    scope(() => {
      const logits = tf.tensor2d([
        [1, 2, 3],
        [0.5, -1, 2],
        [0, 0, 0],
        [3, 1, -2],
      ]);
      const labels = [2, 0, 1, 0];
      const onehot = tf.oneHot(tf.tensor1d(labels, 'int32'), 3);
      const x = tensor(logits, { requiresGrad: true });
      const loss = softmaxCrossEntropy(x, labels);
      expectClose(loss.value, tf.losses.softmaxCrossEntropy(onehot, logits), 1e-6, 'loss');
      loss.backward();
      const expected = tf.div(tf.sub(tf.softmax(logits), onehot), 4);
      expectClose(x.grad!, expected, 1e-6, 'grad');
      const x2 = tensor(logits, { requiresGrad: true });
      softmaxCrossEntropy(x2, onehot).backward();
      expectClose(x2.grad!, expected, 1e-6, 'grad (one-hot)');
      x.zeroGrad();
      x2.zeroGrad();
    });
  });

  it("mse is the book's ½Σ(y − t)² per batch row, gradient (y − t)/N", () => {
    scope(() => {
      const y = tensor(
        [
          [0.1, 0.9],
          [0.4, 0.6],
        ],
        { requiresGrad: true },
      );
      const loss = mse(y, [
        [0, 1],
        [1, 0],
      ]);
      expect(loss.value.dataSync()[0]).toBeCloseTo((0.5 * (0.01 + 0.01 + 0.36 + 0.36)) / 2, 6);
      loss.backward();
      Array.from(y.grad!.dataSync()).forEach((g, i) =>
        expect(g).toBeCloseTo([0.05, -0.05, -0.3, 0.3][i], 6),
      );
      y.zeroGrad();
    });
  });

  it('take (im2col gather) and its backward (col2im) agree with the oracle', () => {
    scope(() => {
      const table = nn.makeTakeTable(4, Int32Array.from([0, 1, 1, 4, 3, 0]));
      const xv = tf.tensor2d([
        [1, 2, 3, 4],
        [5, 6, 7, 8],
      ]);
      const x = tensor(xv, { requiresGrad: true });
      const out = nn.take(x, table);
      expect(Array.from(out.value.dataSync())).toEqual([1, 2, 2, 0, 4, 1, 5, 6, 6, 0, 8, 5]);
      const R = tf.tensor2d([
        [1, 2, 3, 4, 5, 6],
        [7, 8, 9, 10, 11, 12],
      ]);
      out.mul(R).sum().backward();
      expect(Array.from(x.grad!.dataSync())).toEqual([1 + 6, 2 + 3, 0, 5, 7 + 12, 8 + 9, 0, 11]);
      x.zeroGrad();
      nn.disposeTakeTable(table);
    });
  });
});

describe('tape semantics', () => {
  it('backward twice accumulates (+=) until zeroGrad()', () => {
    scope(() => {
      const a = tensor([1, 2, 3], { requiresGrad: true });
      const y = a.mul(a).sum(); // dy/da = 2a
      y.backward();
      y.backward();
      expect(Array.from(a.grad!.dataSync())).toEqual([4, 8, 12]);
      a.zeroGrad();
      expect(a.grad).toBeNull();
      y.backward();
      expect(Array.from(a.grad!.dataSync())).toEqual([2, 4, 6]);
      a.zeroGrad();
    });
  });

  it('the issue example: relu(x·w + b).sum()', () => {
    const before = tf.memory().numTensors;
    scope(() => {
      const x = tensor(
        [
          [1, 2],
          [3, 4],
        ],
        { requiresGrad: true },
      );
      const w = tensor(
        [
          [1, -1],
          [0.5, 2],
        ],
        { requiresGrad: true },
      );
      const b = tensor([0.1, -4.5], { requiresGrad: true });
      const y = x.matmul(w).add(b).relu().sum();
      y.backward();
      expect(x.grad!.shape).toEqual([2, 2]);
      expect(Array.from(b.grad!.dataSync())).toEqual([2, 1]); // second unit is active only for row 2
      [x, w, b].forEach((t) => t.zeroGrad());
    });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('shape mismatches name both shapes', () => {
    scope((): void => {
      expect(() => tensor([[1, 2, 3]]).matmul([[1, 2]])).toThrow(/\[1, 3\].*\[1, 2\]/);
      expect(() => tensor([1, 2, 3]).add([1, 2])).toThrow(/\[3\].*\[2\]/);
    });
  });

  it('backward needs something to differentiate', () => {
    scope(() => {
      expect(() => tensor([1]).exp().backward()).toThrow();
    });
  });
});
