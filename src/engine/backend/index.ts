// Backend selection, WebGL context-loss recovery and readback (see each file).
export { BACKENDS, ContextLostError, engineGeneration, engineSettled, engineStatus } from './state';
export { isBackendLoss, onEngineStatus } from './state';
export type { BackendName, EngineStatus } from './state';
export { backendFromSearch, initEngine, onCpu, webglContext } from './select';
export type { InitOptions } from './select';
export { trackRestorable } from './context-loss';
export type { Restorable } from './context-loss';
export { readAll, readback, READBACK_TIMEOUT_MS } from './readback';
export { PINNED_TFJS_VERSION } from './tfjs-internals';
