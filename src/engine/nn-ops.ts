// Neural-network ops: activations (each paired with its derivative), softmax, the two losses,
// and `take`, the index lookup that im2col convolution and pooling are built on.
import * as tf from '@tensorflow/tfjs-core';
import { trackRestorable } from './backend';
import { hasLogSoftmaxKernel, LOG_SOFTMAX, LOG_SOFTMAX_GRAD } from './backend/log-softmax-kernel';
import { fromOp, lift, type Tensor, type TensorLike } from './tensor';

/** out = x (the identity);  ∂x = dout */
export function identity(x: TensorLike): Tensor {
  const a = lift(x);
  return fromOp('identity', tf.clone(a.value), [a], (g) => [g]);
}

/** out = max(0, x);  ∂x = dout where x > 0, else 0 */
export function relu(x: TensorLike): Tensor {
  const a = lift(x);
  return fromOp('relu', tf.relu(a.value), [a], (g) => [tf.mul(g, tf.step(a.value))]);
}

/** out = x if x > 0 else αx;  ∂x = dout · (1 if x > 0 else α) */
export function leakyRelu(x: TensorLike, alpha = 0.01): Tensor {
  const a = lift(x);
  return fromOp('leakyRelu', tf.leakyRelu(a.value, alpha), [a], (g) => [
    tf.mul(g, tf.where(tf.greater(a.value, 0), tf.onesLike(g), tf.fill(g.shape, alpha))),
  ]);
}

/** out = 1 if x > 0 else 0 (the perceptron's step);  ∂x = 0 everywhere (undefined at 0) */
export function step(x: TensorLike): Tensor {
  const a = lift(x);
  return fromOp('step', tf.step(a.value), [a], (g) => [tf.zerosLike(g)]);
}

/** out = 1 / (1 + e⁻ˣ);  ∂x = dout · out · (1 − out) */
export function sigmoid(x: TensorLike): Tensor {
  const a = lift(x);
  const out = tf.sigmoid(a.value);
  return fromOp('sigmoid', out, [a], (g) => [tf.mul(g, tf.mul(out, tf.sub(1, out)))]);
}

/** out = tanh x;  ∂x = dout · (1 − out²) */
export function tanh(x: TensorLike): Tensor {
  const a = lift(x);
  const out = tf.tanh(a.value);
  return fromOp('tanh', out, [a], (g) => [tf.mul(g, tf.sub(1, tf.square(out)))]);
}

/** out = eˣ / Σ eˣ along the last axis;  ∂x = out · (dout − Σ dout·out) */
export function softmax(x: TensorLike): Tensor {
  const a = lift(x);
  const out = tf.softmax(a.value);
  return fromOp('softmax', out, [a], (g) => [
    tf.mul(out, tf.sub(g, tf.sum(tf.mul(g, out), -1, true))),
  ]);
}

/**
 * out = x − log Σ eˣ along the last axis (log π for π = softmax(x)), computed as s − log Σ eˢ with
 * s = x − max x (the same value, and eˢ ≤ 1 cannot overflow);  ∂x = dout − π · Σ dout, π = eᵒᵘᵗ
 */
export function logSoftmax(x: TensorLike): Tensor {
  // One op, not exp → sum → log → sub; and on cpu and wasm one kernel each way
  // (log-softmax-kernel.ts) instead of six and four: policy-gradient runs it in each of 300
  // sequential episodes, where a kernel call costs more than its arithmetic.
  const a = lift(x);
  let out: tf.Tensor;
  if (hasLogSoftmaxKernel(a.value)) {
    out = tf.engine().runKernel(LOG_SOFTMAX, { x: a.value }) as tf.Tensor;
  } else {
    const s = tf.sub(a.value, tf.max(a.value, -1, true));
    out = tf.sub(s, tf.log(tf.sum(tf.exp(s), -1, true)));
  }
  return fromOp('logSoftmax', out, [a], (g) => [
    hasLogSoftmaxKernel(g)
      ? (tf.engine().runKernel(LOG_SOFTMAX_GRAD, { dy: g, y: out }) as tf.Tensor)
      : tf.sub(g, tf.mul(tf.exp(out), tf.sum(g, -1, true))),
  ]);
}

/** Labels as a one-hot float tensor of `shape`: accepts one-hot rows or class indices. */
function oneHotLabels(labels: TensorLike | tf.Tensor1D, shape: number[]): tf.Tensor {
  const classes = shape[shape.length - 1];
  if (labels instanceof tf.Tensor && labels.dtype === 'int32' && labels.rank === shape.length - 1) {
    return tf.reshape(tf.oneHot(labels as tf.Tensor1D, classes), shape);
  }
  if (
    Array.isArray(labels) &&
    labels.length > 0 &&
    typeof labels[0] === 'number' &&
    shape.length === 2
  ) {
    return tf.oneHot(tf.tensor1d(labels as number[], 'int32'), classes);
  }
  const t = tf.cast(lift(labels as TensorLike).value, 'float32');
  if (t.shape.join() !== shape.join()) {
    throw new Error(
      `softmaxCrossEntropy: 정답 모양 [${t.shape.join(', ')}] 이 출력 모양 [${shape.join(', ')}] 과 다릅니다.`,
    );
  }
  return t;
}

/**
 * The book's SoftmaxWithLoss, fused: L = −(1/N) Σ t·log softmax(x) over a batch of N rows;
 * ∂x = dout · (softmax(x) − t) / N. Labels: one-hot rows, or class indices (int32 or number[]).
 * (Computed with log-softmax instead of the book's log(y + 1e-7): the same value, without
 * overflow; the gradient is identical.)
 */
export function softmaxCrossEntropy(logits: TensorLike, labels: TensorLike | tf.Tensor1D): Tensor {
  const x = lift(logits);
  const n = x.shape.length === 1 ? 1 : x.shape[0];
  const t = oneHotLabels(labels, x.shape);
  const logp = tf.logSoftmax(x.value);
  const loss = tf.div(tf.neg(tf.sum(tf.mul(t, logp))), n);
  return fromOp('softmaxCrossEntropy', loss, [x], (g) => [
    tf.mul(tf.div(tf.sub(tf.exp(logp), t), n), g),
  ]);
}

/**
 * The book's mean squared error, ½ Σ (y − t)², divided by the batch size N when y is 2-D;
 * ∂y = dout · (y − t) / N.
 */
export function mse(y: TensorLike, target: TensorLike): Tensor {
  const a = lift(y),
    t = lift(target).value;
  if (a.shape.join() !== t.shape.join()) {
    throw new Error(`mse: 모양 [${a.shape.join(', ')}] 와 [${t.shape.join(', ')}] 가 다릅니다.`);
  }
  const n = a.shape.length >= 2 ? a.shape[0] : 1;
  const diff = tf.sub(a.value, t);
  return fromOp('mse', tf.div(tf.mul(tf.sum(tf.square(diff)), 0.5), n), [a], (g) => [
    tf.mul(tf.div(diff, n), g),
  ]);
}

/**
 * An index table over the columns of a 2-D tensor, and its inverse for the backward pass:
 * `columns[k]` = which input column lands in output column k (`width` = a zero column, used as
 * padding); `inverse` = for every input column the output columns that copied it, `slots` per
 * input column, padded with `columns.length` (points to a zero column of dout).
 */
export interface TakeTable {
  width: number;
  columns: tf.Tensor1D;
  inverse: tf.Tensor1D;
  slots: number;
  /** stops rebuilding the table after a backend switch (called by disposeTakeTable) */
  untrack: () => void;
}

export function makeTakeTable(width: number, columns: Int32Array): TakeTable {
  const count = new Int32Array(width);
  for (const c of columns) if (c < width) count[c]++;
  const slots = Math.max(1, ...count);
  const inverse = new Int32Array(width * slots).fill(columns.length);
  const filled = new Int32Array(width);
  columns.forEach((c, k) => {
    if (c < width) inverse[c * slots + filled[c]++] = k;
  });
  const upload = (host: Int32Array) => tf.keep(tf.tensor1d(host, 'int32'));
  const table: TakeTable = {
    width,
    slots,
    columns: upload(columns),
    inverse: upload(inverse),
    untrack: () => undefined,
  };
  // After a WebGL context loss the device copies are gone: rebuild both from the host arrays.
  table.untrack = trackRestorable({
    restore() {
      for (const t of [table.columns, table.inverse]) {
        try {
          t.dispose();
        } catch {
          // the lost backend may refuse; its memory is gone anyway
        }
      }
      table.columns = upload(columns);
      table.inverse = upload(inverse);
    },
  });
  return table;
}

export function disposeTakeTable(t: TakeTable): void {
  t.untrack();
  t.columns.dispose();
  t.inverse.dispose();
}

/**
 * out[:, k] = x[:, columns[k]] (0 where columns[k] is the padding column) — im2col in one gather;
 * ∂x[:, j] = Σ dout[:, k] over the k that copied column j — col2im in one gather and a sum.
 */
export function take(x: TensorLike, table: TakeTable): Tensor {
  const a = lift(x);
  const [n, width] = a.shape;
  if (a.shape.length !== 2 || width !== table.width) {
    throw new Error(
      `take: 입력 모양 [${a.shape.join(', ')}] 이 표의 너비 ${table.width} 와 맞지 않습니다.`,
    );
  }
  const padded = tf.concat([a.value, tf.zeros([n, 1])], 1);
  return fromOp('take', tf.gather(padded, table.columns, 1), [a], (g) => {
    const gPadded = tf.concat([g, tf.zeros([n, 1])], 1);
    const copies = tf.reshape(tf.gather(gPadded, table.inverse, 1), [n, width, table.slots]);
    return [tf.sum(copies, 2)];
  });
}

/**
 * out = the maximum of each window (the last axis): max pooling once the windows are gathered;
 * ∂x = dout routed to ONE element per window, the first maximum (the book's `np.argmax`), so a
 * window of equal values passes its gradient on once, not once per tied element.
 */
export function windowMax(x: TensorLike): Tensor {
  const a = lift(x);
  const last = a.shape.length - 1;
  const out = tf.max(a.value, last);
  return fromOp('windowMax', out, [a], (g) => {
    // one row per window (WebGL's cumsum takes at most rank 4): mark the maxima, keep the first
    const k = a.shape[last];
    const rows = tf.reshape(a.value, [-1, k]);
    // 1 where x = max, 0 elsewhere: step(max − x) is 0 only at the maxima (a broadcast equal
    // is ~20× slower on wasm)
    const isMax = tf.sub(1, tf.step(tf.sub(tf.reshape(out, [-1, 1]), rows)));
    const first = tf.mul(isMax, tf.cast(tf.equal(tf.cumsum(isMax, 1), 1), 'float32'));
    // (+ 0 turns the −0 of 0 × a negative gradient into +0, as tf.maxPool's gradient has it)
    return [tf.reshape(tf.add(tf.mul(first, tf.reshape(g, [-1, 1])), 0), a.shape)];
  });
}
