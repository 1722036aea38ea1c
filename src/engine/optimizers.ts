// The book's optimizers (common/optimizer.py), formula for formula. Each reads p.grad and
// replaces p's value; its per-parameter state (v, h, m) lives in Parameters too, so it is kept
// across steps, snapshotted with the weights and restored after a WebGL context loss.
import * as tf from '@tensorflow/tfjs-core';
import { Parameter } from './parameter';

export type OptimizerName = 'sgd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';
export const OPTIMIZER_NAMES: readonly OptimizerName[] = [
  'sgd',
  'momentum',
  'nesterov',
  'adagrad',
  'rmsprop',
  'adam',
];

/** One parameter's update: given p, its gradient g and its state slots, the new p (slots assigned in place). */
type Rule = (p: tf.Tensor, g: tf.Tensor, s: Record<string, Parameter>, lr: number) => tf.Tensor;

export class Optimizer {
  /** which of the book's optimizers */
  readonly name: OptimizerName;
  /** η, the learning rate */
  lr: number;
  /** names of the per-parameter state tensors, e.g. ['v'] for Momentum, ['m', 'v'] for Adam */
  readonly slotNames: readonly string[];
  /** number of step() calls so far (Adam's t) */
  iteration = 0;
  private readonly rule: Rule;
  private readonly slots = new Map<Parameter, Record<string, Parameter>>();

  constructor(name: OptimizerName, lr: number, slotNames: string[], rule: Rule) {
    this.name = name;
    this.lr = lr;
    this.slotNames = slotNames;
    this.rule = rule;
  }

  /** One update of every parameter that has a gradient. */
  step(params: Parameter[]): void {
    this.iteration++;
    this.beforeStep();
    tf.tidy(() => {
      for (const p of params) {
        if (!p.grad) continue;
        p.assign(this.rule(p.value, p.grad, this.stateOf(p), this.stepLr()));
      }
    });
  }

  /** Per-step bookkeeping on the host (Adam computes ηt here). */
  protected beforeStep(): void {}

  /** The η the rule uses this step (Adam: its bias-corrected ηt). */
  protected stepLr(): number {
    return this.lr;
  }

  /** The state tensors of one parameter ({} for SGD), created as zeros on first use. */
  stateOf(p: Parameter): Record<string, Parameter> {
    let s = this.slots.get(p);
    if (!s) {
      s = Object.fromEntries(
        this.slotNames.map((k) => [k, Parameter.zeros(`${p.name}.${k}`, p.shape)]),
      );
      this.slots.set(p, s);
    }
    return s;
  }

  /** Host-side scalars of the state (Adam's ηt), for display. */
  scalars(): Record<string, number> {
    return {};
  }

  /** Every state tensor, for snapshot() together with the weights. */
  stateParams(): Parameter[] {
    return [...this.slots.values()].flatMap((s) => Object.values(s));
  }

  dispose(): void {
    for (const p of this.stateParams()) p.dispose();
    this.slots.clear();
  }
}

/** ε added to √h so that the first steps never divide by zero (the book's 1e-7). */
const EPS = 1e-7;

/** p ← p − η g */
export const sgd = (lr = 0.01) =>
  new Optimizer('sgd', lr, [], (p, g, _s, η) => tf.sub(p, tf.mul(g, η)));

/** v ← αv − ηg;  p ← p + v */
export const momentum = (lr = 0.01, alpha = 0.9) =>
  new Optimizer('momentum', lr, ['v'], (p, g, s, η) => {
    s.v.assign(tf.sub(tf.mul(s.v.value, alpha), tf.mul(g, η)));
    return tf.add(p, s.v.value);
  });

/** v ← αv − ηg;  p ← p + α²v − (1 + α)ηg  (the book's Nesterov form) */
export const nesterov = (lr = 0.01, alpha = 0.9) =>
  new Optimizer('nesterov', lr, ['v'], (p, g, s, η) => {
    s.v.assign(tf.sub(tf.mul(s.v.value, alpha), tf.mul(g, η)));
    return tf.sub(tf.add(p, tf.mul(s.v.value, alpha * alpha)), tf.mul(g, (1 + alpha) * η));
  });

/** h ← h + g²;  p ← p − ηg / (√h + ε) */
export const adagrad = (lr = 0.01) =>
  new Optimizer('adagrad', lr, ['h'], (p, g, s, η) => {
    s.h.assign(tf.add(s.h.value, tf.square(g)));
    return tf.sub(p, tf.div(tf.mul(g, η), tf.add(tf.sqrt(s.h.value), EPS)));
  });

/** h ← ρh + (1 − ρ)g²;  p ← p − ηg / (√h + ε)   (ρ = 0.99) */
export const rmsprop = (lr = 0.01, decay = 0.99) =>
  new Optimizer('rmsprop', lr, ['h'], (p, g, s, η) => {
    s.h.assign(tf.add(tf.mul(s.h.value, decay), tf.mul(tf.square(g), 1 - decay)));
    return tf.sub(p, tf.div(tf.mul(g, η), tf.add(tf.sqrt(s.h.value), EPS)));
  });

/**
 * Adam with the book's folded bias correction: ηt = η·√(1 − β2ᵗ) / (1 − β1ᵗ);
 * m ← m + (1 − β1)(g − m);  v ← v + (1 − β2)(g² − v);  p ← p − ηt·m / (√v + ε)
 */
export class Adam extends Optimizer {
  /** ηt of the current step (computed on the host) */
  lrT = 0;
  /** β1, β2: decay rates of the first and second moment averages */
  readonly beta1: number;
  readonly beta2: number;
  constructor(lr = 0.001, beta1 = 0.9, beta2 = 0.999) {
    super('adam', lr, ['m', 'v'], (p, g, s, ηt) => {
      s.m.assign(tf.add(s.m.value, tf.mul(tf.sub(g, s.m.value), 1 - beta1)));
      s.v.assign(tf.add(s.v.value, tf.mul(tf.sub(tf.square(g), s.v.value), 1 - beta2)));
      return tf.sub(p, tf.div(tf.mul(s.m.value, ηt), tf.add(tf.sqrt(s.v.value), EPS)));
    });
    this.beta1 = beta1;
    this.beta2 = beta2;
  }
  protected override beforeStep(): void {
    const t = this.iteration;
    this.lrT = (this.lr * Math.sqrt(1 - this.beta2 ** t)) / (1 - this.beta1 ** t);
  }
  protected override stepLr(): number {
    return this.lrT;
  }
  override scalars(): Record<string, number> {
    return { lrT: this.lrT };
  }
}
export const adam = (lr = 0.001, beta1 = 0.9, beta2 = 0.999) => new Adam(lr, beta1, beta2);

/** An optimizer by name, with the book's hyper-parameters. */
export function createOptimizer(name: OptimizerName, lr: number): Optimizer {
  switch (name) {
    case 'sgd':
      return sgd(lr);
    case 'momentum':
      return momentum(lr);
    case 'nesterov':
      return nesterov(lr);
    case 'adagrad':
      return adagrad(lr);
    case 'rmsprop':
      return rmsprop(lr);
    case 'adam':
      return adam(lr);
  }
  throw new Error(`알 수 없는 최적화 방법: ${String(name)}`);
}
