// Chapter 2: the perceptron with the book's hand-picked weights (plain arithmetic: four points
// and two weights need no tensors).

export type Gate = 'and' | 'nand' | 'or' | 'xor';
export type Bit = 0 | 1;

/** The book's weights w = (w1, w2) and bias b for the three single-layer gates. */
export const BOOK_GATE_WEIGHTS: Record<Exclude<Gate, 'xor'>, { w: [number, number]; b: number }> = {
  and: { w: [0.5, 0.5], b: -0.7 },
  nand: { w: [-0.5, -0.5], b: 0.7 },
  or: { w: [0.5, 0.5], b: -0.2 },
};

/** y = 1 if w1·x1 + w2·x2 + b > 0 else 0. */
export function perceptronOutput(
  w: readonly [number, number],
  b: number,
  x1: number,
  x2: number,
): Bit {
  return w[0] * x1 + w[1] * x2 + b > 0 ? 1 : 0;
}

/** The book's gates; XOR is the two-layer AND(NAND(x1, x2), OR(x1, x2)). */
export function perceptron(gate: Gate, x1: Bit, x2: Bit): Bit {
  if (gate === 'xor')
    return perceptron('and', perceptron('nand', x1, x2), perceptron('or', x1, x2));
  const { w, b } = BOOK_GATE_WEIGHTS[gate];
  return perceptronOutput(w, b, x1, x2);
}

/** The four inputs in truth-table order. */
export const GATE_INPUTS: ReadonlyArray<readonly [Bit, Bit]> = [
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
];

/** Target column of a gate's truth table, in GATE_INPUTS order. */
export function gateTargets(gate: Gate): Bit[] {
  const logic: Record<Gate, (a: Bit, b: Bit) => boolean> = {
    and: (a, b) => a === 1 && b === 1,
    nand: (a, b) => !(a === 1 && b === 1),
    or: (a, b) => a === 1 || b === 1,
    xor: (a, b) => a !== b,
  };
  return GATE_INPUTS.map(([a, b]) => (logic[gate](a, b) ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// The perceptron learning rule (Rosenblatt), one sample at a time, for the widget's "학습" steps.
// Four points and three numbers: plain arithmetic again, no tensors.

export interface PerceptronParams {
  w: [number, number];
  b: number;
}

export interface LearnStep {
  /** Index into GATE_INPUTS of the sample presented. */
  sample: number;
  x: readonly [Bit, Bit];
  target: Bit;
  /** The perceptron's output before the update. */
  output: Bit;
  /** What was added: Δw = η(t − y)x, Δb = η(t − y). Zero when the output was right. */
  delta: PerceptronParams;
  /** The parameters after the update. */
  params: PerceptronParams;
}

/** One application of the rule to sample `sample` (0..3, GATE_INPUTS order). */
export function perceptronLearnStep(
  gate: Gate,
  params: PerceptronParams,
  sample: number,
  lr: number,
): LearnStep {
  const x = GATE_INPUTS[sample];
  const target = gateTargets(gate)[sample];
  const output = perceptronOutput(params.w, params.b, x[0], x[1]);
  const err = target - output;
  const delta: PerceptronParams = { w: [lr * err * x[0], lr * err * x[1]], b: lr * err };
  // Round away float dust (0.1 + 0.2) so that states and slider values compare exactly.
  const clean = (v: number) => Number(v.toFixed(10));
  return {
    sample,
    x,
    target,
    output,
    delta,
    params: {
      w: [clean(params.w[0] + delta.w[0]), clean(params.w[1] + delta.w[1])],
      b: clean(params.b + delta.b),
    },
  };
}

export type LearningStatus = 'learning' | 'converged' | 'cycling';

/** Where a run of the learning rule stands; plain data, so a widget can keep it in state. */
export interface LearningState {
  params: PerceptronParams;
  /** The sample presented next (0..3). */
  next: number;
  /** Samples presented so far. */
  steps: number;
  /** Updates that changed the parameters (mistakes). */
  updates: number;
  /** Completed passes over the four samples. */
  epoch: number;
  /** Samples classified correctly in a row (4 = every input right: converged). */
  streak: number;
  /** Parameters at the start of each epoch (key → epoch), to notice a cycle. */
  seen: Record<string, number>;
  status: LearningStatus;
  /** For 'cycling': the epoch whose starting parameters came back. */
  cycleFrom?: number;
  /** The last step taken, for the widget's log. */
  last?: LearnStep;
}

const paramsKey = (p: PerceptronParams) =>
  `${p.w[0].toFixed(6)},${p.w[1].toFixed(6)},${p.b.toFixed(6)}`;

/** True when the parameters put all four inputs on their target's side. */
export function classifiesAll(gate: Gate, p: PerceptronParams): boolean {
  const t = gateTargets(gate);
  return GATE_INPUTS.every(([a, b], i) => perceptronOutput(p.w, p.b, a, b) === t[i]);
}

export function startLearning(gate: Gate, params: PerceptronParams): LearningState {
  return {
    params,
    next: 0,
    steps: 0,
    updates: 0,
    epoch: 0,
    streak: 0,
    seen: { [paramsKey(params)]: 0 },
    status: classifiesAll(gate, params) ? 'converged' : 'learning',
  };
}

/**
 * Presents the next sample. Converged once four samples in a row needed no change. Because the
 * rule is deterministic, parameters that come back at the start of an epoch mean it loops
 * forever ('cycling'): what happens for XOR, whose classes no single line separates.
 */
export function learningStep(gate: Gate, state: LearningState, lr: number): LearningState {
  if (state.status !== 'learning') return state;
  const step = perceptronLearnStep(gate, state.params, state.next, lr);
  const changed = step.output !== step.target;
  const next = (state.next + 1) % GATE_INPUTS.length;
  const streak = changed ? 0 : state.streak + 1;
  const out: LearningState = {
    ...state,
    params: step.params,
    next,
    steps: state.steps + 1,
    updates: state.updates + (changed ? 1 : 0),
    streak,
    last: step,
  };
  if (streak >= GATE_INPUTS.length) {
    out.status = 'converged';
    return out;
  }
  if (next === 0) {
    out.epoch = state.epoch + 1;
    const key = paramsKey(step.params);
    if (key in state.seen) {
      out.status = 'cycling';
      out.cycleFrom = state.seen[key];
    } else {
      out.seen = { ...state.seen, [key]: out.epoch };
    }
  }
  return out;
}

/** Runs the rule until it converges, cycles or `maxSteps` samples have been presented. */
export function trainPerceptron(
  gate: Gate,
  params: PerceptronParams,
  lr: number,
  maxSteps = 10_000,
): LearningState {
  let s = startLearning(gate, params);
  while (s.status === 'learning' && s.steps < maxSteps) s = learningStep(gate, s, lr);
  return s;
}
