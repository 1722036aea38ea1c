// The book's experiments as plain async functions over our engine: options in, numbers out.
// In the browser they run in the engine's Web Worker (worker.ts); widgets call them through
// client.ts, never this module. Node tests, benchmarks and lab.html call them in-process.
export {
  perceptron,
  perceptronOutput,
  gateTargets,
  GATE_INPUTS,
  BOOK_GATE_WEIGHTS,
  perceptronLearnStep,
  startLearning,
  learningStep,
  trainPerceptron,
  classifiesAll,
} from './perceptron';
export type {
  Gate,
  Bit,
  PerceptronParams,
  LearnStep,
  LearningState,
  LearningStatus,
} from './perceptron';
export { SURFACES, surfaceGrid, linspace } from './surfaces';
export type { SurfaceName, SurfaceInfo } from './surfaces';
export { optimizerRuns, optimizerTrajectory, BOOK_LR } from './optimizer-runs';
export type { OptimizerRun, OptimizerRunsResult } from './optimizer-runs';
export {
  weightInitActivations,
  weightInitHistograms,
  disposeWeightInitCache,
  DEFAULT_RANGE,
} from './weight-init';
export type { WeightInitActivation, WeightInitHistograms } from './weight-init';
export { activationCurves, stackedLayers, ACTIVATION_NAMES } from './activations';
export type { ActivationName } from './activations';
export { backendFromSearch, initEngine, engineStatus, onEngineStatus } from './engine-status';
export type { BackendName, EngineStatus } from './engine-status';
export { OPTIMIZER_NAMES } from '../engine';
export type { OptimizerName } from '../engine';
export { trainNet } from './train';
export type { TrainOptions, TrainProgress, TrainResult, ModelName } from './train';
export { loadMnist, parseIdx, loadIdxPair, loadIdxDataset, normalized } from '../data/mnist';
export type { MnistData, IdxArray } from '../data/mnist';
export {
  createTrainer,
  trainerRun,
  trainerPause,
  trainerStep,
  trainerPredict,
  trainerMistakes,
  disposeTrainer,
} from './trainer';
export type {
  TrainerOptions,
  TrainerProgress,
  TrainerPhase,
  TrainerActivation,
  DataProgress,
  Mistake,
} from './trainer-types';
export { softmaxDemo, softmaxOverflow, lossFunctions } from './probabilities';
export {
  loadInference,
  runInference,
  timedAccuracy,
  inferenceProbabilities,
  disposeInference,
} from './inference';
export { shoppingGraph, probe } from './backprop';
export { layerBackprop, softmaxWithLoss } from './backprop-layers';
export { gradientCheckRun } from './gradient-check';
export { gradientField, gradientDescent } from './gradients';
export { convolve, im2colDemo, directConvolution } from './convolution';
export { searchTrial, splitIndices } from './search';
export { sampleTrials, rankTrials } from './search-meta';
export { createRace, raceRun, racePause, raceStep, raceReset, disposeRace } from './race';
