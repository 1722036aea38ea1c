// Engine-free names and metadata of the experiments, for the page: widgets draw controls and
// axes with them before (and without) the engine, which runs in the worker. Nothing here may
// import the engine's code (types only), so importing this module never pulls tfjs into the
// page's bundle. client.ts re-exports it; the experiments import it too (one source).
import type { OptimizerName } from '../engine';

/** Every member of the union `U` is in the list `L` (a new name fails to compile here). */
type Complete<U, L extends readonly U[]> = [Exclude<U, L[number]>] extends [never] ? L : never;

const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] as const;
/** The book's optimizers, in the order of its Fig 6-8 (the engine's OPTIMIZER_NAMES). */
export const OPTIMIZER_NAMES: readonly OptimizerName[] = OPTIMIZERS satisfies Complete<
  OptimizerName,
  typeof OPTIMIZERS
>;

export type ActivationName = 'step' | 'sigmoid' | 'tanh' | 'relu' | 'identity' | 'leakyRelu';
const ACTIVATIONS = ['step', 'sigmoid', 'tanh', 'relu', 'identity', 'leakyRelu'] as const;
/** The activations of activationCurves, in the engine's order. */
export const ACTIVATION_NAMES: ActivationName[] = [
  ...(ACTIVATIONS satisfies Complete<ActivationName, typeof ACTIVATIONS>),
];

export type SurfaceName = 'bowl' | 'rosenbrock' | 'saddle';

export interface SurfaceInfo {
  /** Korean name for the widget */
  label: string;
  /** the formula, in TeX */
  tex: string;
  /** x range of the plot */
  x: [number, number];
  /** y range of the plot */
  y: [number, number];
  /** where the optimizers start by default */
  start: [number, number];
}

export const SURFACES: Record<SurfaceName, SurfaceInfo> = {
  bowl: {
    label: '길쭉한 그릇 (책 그림 6-8)',
    tex: 'f(x, y) = \\frac{1}{20}x^2 + y^2',
    x: [-10, 10],
    y: [-5, 5],
    start: [-7, 2],
  },
  rosenbrock: {
    label: '로젠브록 골짜기',
    tex: 'f(x, y) = (1 - x)^2 + 100\\,(y - x^2)^2',
    x: [-2, 2],
    y: [-1, 3],
    start: [-1.5, 2],
  },
  saddle: {
    label: '말안장',
    tex: 'f(x, y) = x^2 - y^2',
    x: [-2, 2],
    y: [-2, 2],
    start: [-1.5, 0.01],
  },
};

export type WeightInitActivation = 'sigmoid' | 'tanh' | 'relu';

/**
 * The default histogram range: the book's range=(0, 1) for sigmoid (and for ReLU, whose zeros
 * then fill the first bin, as in the book's figure), (−1, 1) for tanh. Values outside the range
 * are not counted (numpy's histogram(range=…) convention); the right edge is included.
 */
export const DEFAULT_RANGE: Record<WeightInitActivation, [number, number]> = {
  sigmoid: [0, 1],
  tanh: [-1, 1],
  relu: [0, 1],
};

/**
 * A mini-batch loss above this is a blow-up, not learning (training stops and says it
 * diverged): guessing uniformly among ten classes costs ln 10 ≈ 2.3, and the book's
 * cross-entropy, log(y + 1e−7), cannot pass 16.1. Our stable softmax-with-loss rarely reaches
 * ∞/NaN (the ReLUs die first), so ∞/NaN alone would miss most divergent runs.
 */
export const DIVERGENCE_LOSS = 100;
