// Arithmetic, shape and reduction ops. Each op is one small function: the forward value, and
// next to it the closure that maps ∂L/∂out to ∂L/∂inputs (the local derivative times dout).
// Broadcasting in the forward pass is undone in the backward pass by summing over the
// broadcast axes (unbroadcast), as tfjs-core's own Multiply_grad does.
import * as tf from '@tensorflow/tfjs-core';
import { fromOp, lift, type Tensor, type TensorLike } from './tensor';

/** Sums a gradient back down to `shape` over the axes that broadcasting stretched. */
export function unbroadcast(g: tf.Tensor, shape: number[]): tf.Tensor {
  if (g.shape.length === shape.length && g.shape.every((d, i) => d === shape[i])) return g;
  const axes = tf.backend_util.getReductionAxes(shape, g.shape);
  return tf.reshape(axes.length ? tf.sum(g, axes) : g, shape);
}

/** Both shapes in one message when two operands cannot broadcast. */
function broadcastShape(op: string, a: Tensor, b: Tensor): void {
  try {
    tf.broadcast_util.assertAndGetBroadcastShape(a.shape, b.shape);
  } catch {
    throw new Error(
      `${op}: 모양 [${a.shape.join(', ')}] 와 [${b.shape.join(', ')}] 는 브로드캐스트할 수 없습니다.`,
    );
  }
}

/** out = a + b;  ∂a = dout, ∂b = dout (each summed back to its own shape) */
export function add(x: TensorLike, y: TensorLike): Tensor {
  const a = lift(x),
    b = lift(y);
  broadcastShape('add', a, b);
  return fromOp('add', tf.add(a.value, b.value), [a, b], (g) => [
    a.requiresGrad ? unbroadcast(g, a.shape) : null,
    b.requiresGrad ? unbroadcast(g, b.shape) : null,
  ]);
}

/** out = a − b;  ∂a = dout, ∂b = −dout */
export function sub(x: TensorLike, y: TensorLike): Tensor {
  const a = lift(x),
    b = lift(y);
  broadcastShape('sub', a, b);
  return fromOp('sub', tf.sub(a.value, b.value), [a, b], (g) => [
    a.requiresGrad ? unbroadcast(g, a.shape) : null,
    b.requiresGrad ? unbroadcast(tf.neg(g), b.shape) : null,
  ]);
}

/** out = a·b (elementwise);  ∂a = dout·b, ∂b = dout·a */
export function mul(x: TensorLike, y: TensorLike): Tensor {
  const a = lift(x),
    b = lift(y);
  broadcastShape('mul', a, b);
  return fromOp('mul', tf.mul(a.value, b.value), [a, b], (g) => [
    a.requiresGrad ? unbroadcast(tf.mul(g, b.value), a.shape) : null,
    b.requiresGrad ? unbroadcast(tf.mul(g, a.value), b.shape) : null,
  ]);
}

/** out = a / b;  ∂a = dout / b, ∂b = −dout·a / b² */
export function div(x: TensorLike, y: TensorLike): Tensor {
  const a = lift(x),
    b = lift(y);
  broadcastShape('div', a, b);
  return fromOp('div', tf.div(a.value, b.value), [a, b], (g) => [
    a.requiresGrad ? unbroadcast(tf.div(g, b.value), a.shape) : null,
    b.requiresGrad
      ? unbroadcast(tf.neg(tf.div(tf.mul(g, a.value), tf.square(b.value))), b.shape)
      : null,
  ]);
}

/** out = −a;  ∂a = −dout */
export function neg(x: TensorLike): Tensor {
  const a = lift(x);
  return fromOp('neg', tf.neg(a.value), [a], (g) => [tf.neg(g)]);
}

/** out = aᵖ for a constant exponent p;  ∂a = dout·p·aᵖ⁻¹ */
export function pow(x: TensorLike, p: number): Tensor {
  const a = lift(x);
  const value = p === 2 ? tf.square(a.value) : tf.pow(a.value, p);
  return fromOp('pow', value, [a], (g) => [
    tf.mul(g, p === 2 ? tf.mul(a.value, 2) : tf.mul(tf.pow(a.value, p - 1), p)),
  ]);
}

/** out = eᵃ;  ∂a = dout·out */
export function exp(x: TensorLike): Tensor {
  const a = lift(x);
  const out = tf.exp(a.value);
  return fromOp('exp', out, [a], (g) => [tf.mul(g, out)]);
}

/** out = ln a;  ∂a = dout / a */
export function log(x: TensorLike): Tensor {
  const a = lift(x);
  return fromOp('log', tf.log(a.value), [a], (g) => [tf.div(g, a.value)]);
}

/** out = √a;  ∂a = dout / (2·out) */
export function sqrt(x: TensorLike): Tensor {
  const a = lift(x);
  const out = tf.sqrt(a.value);
  return fromOp('sqrt', out, [a], (g) => [tf.div(g, tf.mul(out, 2))]);
}

/** out = A·B (2-D);  ∂A = dout·Bᵀ, ∂B = Aᵀ·dout */
export function matmul(x: TensorLike, y: TensorLike): Tensor {
  const a = lift(x),
    b = lift(y);
  if (a.shape.length !== 2 || b.shape.length !== 2 || a.shape[1] !== b.shape[0]) {
    throw new Error(
      `matmul: 모양 [${a.shape.join(', ')}] 와 [${b.shape.join(', ')}] 는 곱할 수 없습니다 (2차원, 안쪽 크기가 같아야 합니다).`,
    );
  }
  return fromOp('matmul', tf.matMul(a.value, b.value), [a, b], (g) => [
    a.requiresGrad ? matMulT(g, b.value, false, true) : null,
    b.requiresGrad ? matMulT(a.value, g, true, false) : null,
  ]);
}

/**
 * A·B with A or B transposed. WebGL and cpu read a transposed operand in place; tfjs-wasm's
 * matMul with a transpose flag leaves its fast (XNNPACK) kernel: 1–1.5 GFLOP/s against 15–20
 * here, so on wasm the operand is transposed first (one cheap copy) — a training step's
 * backward is mostly these two products.
 */
function matMulT(a: tf.Tensor, b: tf.Tensor, ta: boolean, tb: boolean): tf.Tensor {
  if (tf.getBackend() !== 'wasm') return tf.matMul(a, b, ta, tb);
  return tf.matMul(ta ? tf.transpose(a) : a, tb ? tf.transpose(b) : b);
}

/** out = aᵀ (axes permuted by perm, default reversed);  ∂a = doutᵀ with the inverse permutation */
export function transpose(x: TensorLike, perm?: number[]): Tensor {
  const a = lift(x);
  const p = perm ?? a.shape.map((_, i) => a.shape.length - 1 - i);
  const inverse = p.map((_, i) => p.indexOf(i));
  return fromOp('transpose', tf.transpose(a.value, p), [a], (g) => [tf.transpose(g, inverse)]);
}

/** out = a with a new shape (same numbers);  ∂a = dout reshaped back */
export function reshape(x: TensorLike, shape: number[]): Tensor {
  const a = lift(x);
  let value: tf.Tensor;
  try {
    value = tf.reshape(a.value, shape);
  } catch {
    throw new Error(
      `reshape: 모양 [${a.shape.join(', ')}] 를 [${shape.join(', ')}] 로 바꿀 수 없습니다.`,
    );
  }
  return fromOp('reshape', value, [a], (g) => [tf.reshape(g, a.shape)]);
}

/** Normalised reduction axes (non-negative, sorted) and the kept-dims shape of the result. */
function reduction(shape: number[], axis?: number | number[]): { axes: number[]; kept: number[] } {
  const axes = axis === undefined ? shape.map((_, i) => i) : tf.util.parseAxisParam(axis, shape);
  return { axes, kept: shape.map((d, i) => (axes.includes(i) ? 1 : d)) };
}

/** out = Σ a over axes;  ∂a = dout copied back along the summed axes */
export function sum(x: TensorLike, axis?: number | number[], keepDims = false): Tensor {
  const a = lift(x);
  const { axes, kept } = reduction(a.shape, axis);
  return fromOp('sum', tf.sum(a.value, axes, keepDims), [a], (g) => [
    tf.broadcastTo(tf.reshape(g, kept), a.shape),
  ]);
}

/** out = Σ a / n over axes;  ∂a = dout / n copied back along the averaged axes */
export function mean(x: TensorLike, axis?: number | number[], keepDims = false): Tensor {
  const a = lift(x);
  const { axes, kept } = reduction(a.shape, axis);
  const n = axes.reduce((k, i) => k * a.shape[i], 1);
  return fromOp('mean', tf.mean(a.value, axes, keepDims), [a], (g) => [
    tf.broadcastTo(tf.reshape(tf.div(g, n), kept), a.shape),
  ]);
}

/**
 * out = max a over axes;  ∂a = dout where a equals the max, 0 elsewhere. Every tied place gets
 * the whole dout (a subgradient, fine for a reduction); pooling must not do this: it uses
 * nn-ops' windowMax, which routes each window's gradient to its first maximum.
 */
export function max(x: TensorLike, axis?: number | number[], keepDims = false): Tensor {
  const a = lift(x);
  const { axes, kept } = reduction(a.shape, axis);
  const out = tf.max(a.value, axes, keepDims);
  return fromOp('max', out, [a], (g) => {
    const isMax = tf.cast(tf.equal(a.value, tf.reshape(out, kept)), 'float32');
    return [tf.mul(isMax, tf.reshape(g, kept))];
  });
}

/** out = the xs joined along `axis`;  ∂xᵢ = dout's slab of xᵢ (split back by their sizes) */
export function concat(xs: TensorLike[], axis = 0): Tensor {
  const ts = xs.map((x) => lift(x));
  if (ts.length === 0) throw new Error('concat: 이을 텐서가 없습니다.');
  const ax = axis < 0 ? axis + ts[0].shape.length : axis;
  const sizes = ts.map((t) => t.shape[ax]);
  let value: tf.Tensor;
  try {
    value =
      ts.length === 1
        ? tf.clone(ts[0].value)
        : tf.concat(
            ts.map((t) => t.value),
            ax,
          );
  } catch {
    throw new Error(
      `concat: 모양 ${ts.map((t) => `[${t.shape.join(', ')}]`).join(', ')} 를 축 ${axis}로 이을 수 없습니다.`,
    );
  }
  return fromOp('concat', value, ts, (g) => {
    const parts = ts.length === 1 ? [g] : tf.split(g, sizes, ax);
    return parts.map((p, i) => (ts[i].requiresGrad ? p : (p.dispose(), null)));
  });
}

/** out = the block of a from `begin`, `size` long on each axis (−1: to the end);
 *  ∂a = dout put back in its place, zeros elsewhere */
export function slice(x: TensorLike, begin: number[], size: number[]): Tensor {
  const a = lift(x);
  const value = tf.slice(a.value, begin, size);
  return fromOp('slice', value, [a], (g) => [
    tf.pad(
      g,
      a.shape.map((d, i) => [begin[i], d - begin[i] - g.shape[i]] as [number, number]),
    ),
  ]);
}
