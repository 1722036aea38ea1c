// The engine's status in-process: which backend computes, how many tensors are alive, and any
// notice (such as a fallback after a lost WebGL context). On the site the engine runs in its
// worker and the page reads this through client.ts (startEngine, onEngineStatus); the lab page,
// Node tests and benchmarks, which run the engine in-process, use these directly.
export { backendFromSearch, initEngine, engineStatus, onEngineStatus } from '../engine';
export type { BackendName, EngineStatus } from '../engine';
