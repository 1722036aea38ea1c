// The heart of the engine: a Tensor that remembers how it was made, and backward(), which walks
// that record in reverse and applies the chain rule. Read this file first; the ops it calls
// (forward and backward side by side) are in ops.ts and nn-ops.ts.
import * as tf from '@tensorflow/tfjs-core';
import * as ops from './ops';
import * as nn from './nn-ops';

/** Given ∂L/∂out of an op, returns ∂L/∂input for each input (null where no gradient is needed). */
export type BackwardFn = (dout: tf.Tensor) => Array<tf.Tensor | null>;

export type NestedNumbers = number | number[] | number[][] | number[][][] | number[][][][];
export type TensorLike = Tensor | tf.Tensor | NestedNumbers | Float32Array;

export class Tensor {
  /** the value computed in the forward pass (a tfjs tensor on the active backend) */
  value: tf.Tensor;
  /** ∂L/∂this, filled by backward() on tensors created with requiresGrad; += until zeroGrad() */
  grad: tf.Tensor | null = null;
  /** whether backward() computes ∂L/∂this (true for such leaves and anything computed from them) */
  readonly requiresGrad: boolean;
  /** the inputs of the op that made this tensor; empty for a leaf */
  readonly parents: readonly Tensor[];
  /** the op's name ('add', 'matmul', …; 'leaf' for data and parameters), for errors and printing */
  readonly op: string;
  /** the op's chain rule: ∂L/∂out ↦ ∂L/∂inputs; null for leaves and constants */
  private readonly backwardFn: BackwardFn | null;

  constructor(
    value: tf.Tensor,
    opts: { requiresGrad?: boolean; parents?: Tensor[]; op?: string; backward?: BackwardFn } = {},
  ) {
    this.value = value;
    this.parents = opts.parents ?? [];
    this.op = opts.op ?? 'leaf';
    this.requiresGrad = opts.requiresGrad ?? this.parents.some((p) => p.requiresGrad);
    this.backwardFn = this.requiresGrad ? (opts.backward ?? null) : null;
  }

  get shape(): number[] {
    return this.value.shape;
  }
  get size(): number {
    return this.value.size;
  }
  get isLeaf(): boolean {
    return this.parents.length === 0;
  }

  // The explicit list of ops (each defined in ops.ts / nn-ops.ts with its derivative).
  add(o: TensorLike): Tensor {
    return ops.add(this, o);
  }
  sub(o: TensorLike): Tensor {
    return ops.sub(this, o);
  }
  mul(o: TensorLike): Tensor {
    return ops.mul(this, o);
  }
  div(o: TensorLike): Tensor {
    return ops.div(this, o);
  }
  neg(): Tensor {
    return ops.neg(this);
  }
  pow(p: number): Tensor {
    return ops.pow(this, p);
  }
  exp(): Tensor {
    return ops.exp(this);
  }
  log(): Tensor {
    return ops.log(this);
  }
  sqrt(): Tensor {
    return ops.sqrt(this);
  }
  matmul(o: TensorLike): Tensor {
    return ops.matmul(this, o);
  }
  transpose(perm?: number[]): Tensor {
    return ops.transpose(this, perm);
  }
  reshape(shape: number[]): Tensor {
    return ops.reshape(this, shape);
  }
  sum(axis?: number | number[], keepDims = false): Tensor {
    return ops.sum(this, axis, keepDims);
  }
  mean(axis?: number | number[], keepDims = false): Tensor {
    return ops.mean(this, axis, keepDims);
  }
  max(axis?: number | number[], keepDims = false): Tensor {
    return ops.max(this, axis, keepDims);
  }
  relu(): Tensor {
    return nn.relu(this);
  }
  leakyRelu(alpha = 0.01): Tensor {
    return nn.leakyRelu(this, alpha);
  }
  step(): Tensor {
    return nn.step(this);
  }
  sigmoid(): Tensor {
    return nn.sigmoid(this);
  }
  tanh(): Tensor {
    return nn.tanh(this);
  }
  softmax(): Tensor {
    return nn.softmax(this);
  }
  logSoftmax(): Tensor {
    return nn.logSoftmax(this);
  }

  /**
   * Reverse-mode autodiff from this tensor: ∂this/∂x for every x it depends on that requires a
   * gradient. The graph is sorted topologically so a tensor used twice (b = a + a) receives both
   * contributions before passing its total on. Leaves accumulate: calling backward() twice adds
   * the gradients (+=) until zeroGrad(). `dout` (default: ones) seeds ∂L/∂this; it stays the
   * caller's (read, never freed or kept here: a leaf keeps a copy).
   * Intermediate gradients are freed as soon as they have been passed on; leaf gradients are
   * kept (tf.keep), so they survive a surrounding scope().
   */
  backward(dout?: tf.Tensor): void {
    if (!this.requiresGrad)
      throw new Error('backward(): 이 텐서는 기울기가 필요한 입력에 의존하지 않습니다.');
    const order = topologicalOrder(this);
    const grads = new Map<Tensor, tf.Tensor>();
    grads.set(this, dout ?? tf.onesLike(this.value));
    for (let i = order.length - 1; i >= 0; i--) {
      const t = order[i];
      const g = grads.get(t);
      if (!g) continue;
      grads.delete(t);
      assertSameShape(g.shape, t.shape, `∂L/∂(${t.op})`);
      if (t.backwardFn === null) {
        accumulateLeaf(t, g === dout ? tf.clone(g) : g);
        continue;
      }
      const parentGrads = t.backwardFn(g);
      const handedOut = new Set<tf.Tensor>([g]);
      t.parents.forEach((p, k) => {
        let pg = parentGrads[k];
        if (!pg || !p.requiresGrad) return;
        if (handedOut.has(pg)) pg = tf.clone(pg); // every node owns its gradient (clone shares data)
        handedOut.add(pg);
        const prev = grads.get(p);
        if (prev) {
          grads.set(p, tf.add(prev, pg)); // a tensor used twice: contributions add up
          prev.dispose();
          pg.dispose();
        } else grads.set(p, pg);
      });
      if (g !== dout) g.dispose();
      for (const pg of parentGrads) if (pg && !handedOut.has(pg)) pg.dispose(); // unused (no grad needed)
    }
  }

  /** Forget the accumulated gradient (before the next backward). */
  zeroGrad(): void {
    this.grad?.dispose();
    this.grad = null;
  }

  /** A tensor with the same value and no history (gradients stop here). */
  detach(): Tensor {
    return new Tensor(this.value);
  }

  /** Frees this tensor's value and gradient. Values of a whole graph are freed by scope(). */
  dispose(): void {
    this.value.dispose();
    this.zeroGrad();
  }

  /** Reads the value back to the host (one await; never dataSync in interactive code). */
  async data(): Promise<Float32Array> {
    return (await this.value.data()) as Float32Array;
  }

  toString(): string {
    return `Tensor(${this.op}, shape=[${this.shape.join(', ')}]${this.requiresGrad ? ', requiresGrad' : ''})`;
  }
}

/** Every tensor after the tensors it was computed from (depth-first, each node once). */
function topologicalOrder(root: Tensor): Tensor[] {
  const order: Tensor[] = [];
  const seen = new Set<Tensor>();
  const stack: Array<[Tensor, boolean]> = [[root, false]];
  while (stack.length) {
    const [t, expanded] = stack.pop()!;
    if (expanded) {
      order.push(t);
      continue;
    }
    if (seen.has(t) || !t.requiresGrad) continue;
    seen.add(t);
    stack.push([t, true]);
    for (const p of t.parents) if (!seen.has(p)) stack.push([p, false]);
  }
  return order;
}

function accumulateLeaf(t: Tensor, g: tf.Tensor): void {
  if (t.grad) {
    const sum = tf.add(t.grad, g);
    t.grad.dispose();
    g.dispose();
    t.grad = tf.keep(sum);
  } else t.grad = tf.keep(g);
}

export function assertSameShape(a: readonly number[], b: readonly number[], what: string): void {
  if (a.length !== b.length || a.some((d, i) => d !== b[i])) {
    throw new Error(`${what}: 모양이 맞지 않습니다 — [${a.join(', ')}] 와 [${b.join(', ')}]`);
  }
}

/** A leaf tensor from numbers, a Float32Array (give `shape`) or a tf.Tensor (wrapped, not copied). */
export function tensor(
  x: TensorLike,
  opts: { requiresGrad?: boolean; shape?: number[] } = {},
): Tensor {
  if (x instanceof Tensor) return new Tensor(x.value, { requiresGrad: opts.requiresGrad });
  const value = x instanceof tf.Tensor ? x : tf.tensor(x as number[], opts.shape, 'float32');
  return new Tensor(value, { requiresGrad: opts.requiresGrad ?? false });
}

/** Turns an op argument into a Tensor (numbers and arrays become constants). */
export function lift(x: TensorLike): Tensor {
  return x instanceof Tensor ? x : tensor(x);
}

/** Makes an op's output: its value, its inputs and its chain rule. */
export function fromOp(
  op: string,
  value: tf.Tensor,
  parents: Tensor[],
  backward: BackwardFn,
): Tensor {
  return new Tensor(value, { parents, op, backward });
}

type Kept =
  | Tensor
  | tf.Tensor
  | Kept[]
  | { [k: string]: unknown }
  | number
  | string
  | boolean
  | null
  | undefined
  | void;

/**
 * Runs synchronous engine work and frees every tf.Tensor it created, except those reachable in
 * the returned value (a Tensor's value, a tf.Tensor, or arrays/plain objects of them) and leaf
 * gradients (kept by backward). Never pass an async function: keep `await` outside.
 */
export function scope<T extends Kept>(fn: () => T): T {
  let out!: T;
  tf.tidy(() => {
    out = fn();
    if (out instanceof Promise)
      throw new Error('scope(): 비동기 함수는 넣을 수 없습니다 (await는 scope 밖에서).');
    keepAll(out);
  });
  return out;
}

function keepAll(x: unknown): void {
  if (x instanceof Tensor) tf.keep(x.value);
  else if (x instanceof tf.Tensor) tf.keep(x);
  else if (Array.isArray(x)) x.forEach(keepAll);
  else if (x && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype)
    Object.values(x).forEach(keepAll);
}
