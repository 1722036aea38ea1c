// The engine's public surface: our Tensor and its ops, losses, optimizers, layers and nets,
// gradient checking, initialisation, seeded randomness and backend selection.
export { Tensor, tensor, scope, fromOp, lift, assertSameShape } from './tensor';
export type { BackwardFn, TensorLike, NestedNumbers } from './tensor';
export * as ops from './ops';
export { unbroadcast } from './ops';
export {
  identity,
  relu,
  leakyRelu,
  step,
  sigmoid,
  tanh,
  softmax,
  logSoftmax,
  softmaxCrossEntropy,
  mse,
  take,
  windowMax,
  makeTakeTable,
  disposeTakeTable,
} from './nn-ops';
export type { TakeTable } from './nn-ops';
export { Parameter, snapshot } from './parameter';
export {
  Optimizer,
  Adam,
  sgd,
  momentum,
  nesterov,
  adagrad,
  rmsprop,
  adam,
  createOptimizer,
  OPTIMIZER_NAMES,
} from './optimizers';
export type { OptimizerName } from './optimizers';
export { initStd, initWeight, initBias } from './init';
export type { Init } from './init';
export { createRng } from '../data/rng';
export type { Rng } from '../data/rng';
export {
  BACKENDS,
  backendFromSearch,
  initEngine,
  engineStatus,
  onEngineStatus,
  engineGeneration,
  engineSettled,
  isBackendLoss,
  readback,
  readAll,
  webglContext,
  onCpu,
  onSmall,
  smallOnCpu,
  trackRestorable,
  ContextLostError,
  READBACK_TIMEOUT_MS,
} from './backend';
export type { BackendName, EngineStatus, InitOptions, Restorable } from './backend';
export {
  Affine,
  Activation,
  BatchNorm,
  Dropout,
  Convolution,
  Pooling,
  im2colTable,
  outputSize,
} from './layers';
export type { Layer } from './layers';
export { Net, TwoLayerNet, MultiLayerNet, SimpleConvNet } from './nets';
export type { ActivationKind, MultiLayerNetOptions } from './nets';
export { DeepConvNet, deepConvNetShapes, DEEP_CONVNET_CONVS } from './deep-convnet';
export type { ConvSpec, DeepConvNetOptions, GivenTensor } from './deep-convnet';
export { numericalGradient, gradientCheck } from './gradcheck';
export type { GradientCheckRow } from './gradcheck';
export { histogram, summary, SUMMARY_CENTER } from './histogram';
export { layerSummaries } from './layer-summaries';
export type { Saturation } from './histogram';
export { free, hold, packRow, symmetricHistogram } from './device';
export type { DeviceTensor, Freeable } from './device';
export { argMaxRows, deviceScalar, addInto, hostCheckpoint } from './training';
export { DeviceDataset } from './dataset';
