// Backend selection, WebGL context-loss recovery and readback (see each file).
export { BACKENDS, ContextLostError, engineGeneration, engineSettled, engineStatus } from './state';
export { isBackendLoss, onEngineStatus } from './state';
export type { BackendName, EngineStatus } from './state';
export {
  backendFromSearch,
  chooseBackend,
  initEngine,
  onCpu,
  onSmall,
  smallOnCpu,
  webglContext,
} from './select';
export type { ChooseOptions, InitOptions } from './select';
export { decideBackend, isSoftwareRenderer, recordStillValid } from './probe';
export type { BackendDecision, BackendRecord, DecisionSource, ProbeTimings } from './probe';
export { trackRestorable } from './context-loss';
export type { Restorable } from './context-loss';
export { readAll, readback, READBACK_TIMEOUT_MS } from './readback';
export { PINNED_TFJS_VERSION } from './tfjs-internals';
