// Loading and starting one tfjs backend. Each backend's code is imported only when needed
// (keeps the engine chunk small). Callers go through the queue in state.ts, so two backends
// never initialise at once.
import * as tf from '@tensorflow/tfjs-core';
import { registerBroadcastKernels } from './broadcast-kernels';
import { registerCpuGather } from './cpu-gather';
import { registerLogSoftmax } from './log-softmax-kernel';
import { registerLayerSummary } from './summary-kernel';
import type { BackendName } from './state';
import { registerWasmSlice } from './wasm-slice';

/** A page or a Web Worker (the site's engine runs in one); false in Node. */
export const isBrowser =
  typeof document !== 'undefined' ||
  typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined';

async function register(name: BackendName, wasmPrefix?: string): Promise<void> {
  if (name === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
  if (name === 'webgl') await import('@tensorflow/tfjs-backend-webgl');
  if (name === 'wasm') {
    // the paths first: importing the backend registers it, and from then on anything that
    // starts tfjs's best backend would fetch its binaries from their default (missing) place
    const paths = wasmPrefix ?? (isBrowser ? (await import('../wasm-paths')).WASM_PATHS : null);
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    if (paths) wasm.setWasmPaths(paths);
  }
}

/** Makes `name` the active tfjs backend; false if it cannot run here (never throws). */
export async function trySet(name: BackendName, wasmPrefix?: string): Promise<boolean> {
  try {
    if (!tf.findBackendFactory(name)) await register(name, wasmPrefix);
    const ok = await tf.setBackend(name);
    if (ok) await tf.ready();
    return ok && tf.getBackend() === name;
  } catch {
    return false;
  }
}

/**
 * Registers and initialises the CPU backend next to the active one, for onCpu(); and swaps in
 * our faster kernels where tfjs's own copy far more than they need (cpu-gather.ts,
 * broadcast-kernels.ts, summary-kernel.ts, log-softmax-kernel.ts, wasm-slice.ts; each only once
 * its backend is registered).
 */
export async function prepareCpu(): Promise<void> {
  try {
    if (!tf.findBackendFactory('cpu')) await import('@tensorflow/tfjs-backend-cpu');
    tf.findBackend('cpu'); // initialises it (synchronously) without making it active
  } catch {
    // onCpu() then simply runs on the active backend
  }
  registerCpuGather();
  registerBroadcastKernels();
  registerLayerSummary();
  registerLogSoftmax();
  registerWasmSlice();
}
