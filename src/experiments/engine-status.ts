// The engine's status for the page: which backend computes, how many tensors are alive, and any
// notice (such as a fallback after a lost WebGL context). The app's badge imports this small
// module lazily, after first paint, so chapter text never waits for tfjs; the app never imports
// the engine itself.
export { backendFromSearch, initEngine, engineStatus, onEngineStatus } from '../engine';
export type { BackendName, EngineStatus } from '../engine';
