// Every use of tfjs-core's non-public internals, in one place. They were read from tfjs-core
// 4.22.0 (dist/engine.js, backends/webgl); tests/unit/engine/tfjs-internals.test.ts pins that
// version, so an upgrade fails loudly here instead of misbehaving somewhere else.
import * as tf from '@tensorflow/tfjs-core';
import type { GPGPUProgram, MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';

/** the tfjs-core version these internals were written against */
export const PINNED_TFJS_VERSION = '4.22.0';

/** The fields of tfjs's Engine we touch (engine.js): the active backend and a pending init. */
interface EngineInternals {
  backendName: string;
  backendInstance: tf.KernelBackend | null;
  pendingBackendInit: Promise<boolean> | null;
  profiler: unknown;
  registry: Record<string, tf.KernelBackend | undefined>;
  state: { tensorInfo: WeakMap<object, { backend: tf.KernelBackend }> };
}

/** What our own cpu kernels (cpu-gather.ts, summary-kernel.ts) touch of tfjs-backend-cpu's
 *  MathBackendCPU: a tensor's values in place, and a new tensor from values. */
export interface CpuBackendLike {
  data: { get(id: tf.DataId): { values: tf.TypedArray } };
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: tf.TypedArray): tf.TensorInfo;
}

/** What our own wasm kernels (wasm-slice.ts, summary-kernel.ts) touch of tfjs-backend-wasm's
 *  BackendWasm (not exported as a type there): a new output, and a tensor's view on the heap. */
export interface WasmBackendLike {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(t: tf.TensorInfo): tf.TypedArray;
}

const engine = () => tf.engine() as unknown as EngineInternals;

/** Whether tfjs is initialising a backend right now (every op would throw until it is done). */
export function backendInitPending(): boolean {
  return engine().pendingBackendInit != null;
}

/** The name of the backend that holds `t`'s data (its dataId), or null if tfjs forgot it. */
export function backendOf(t: tf.Tensor): string | null {
  const e = engine();
  const holder = e.state.tensorInfo.get(t.dataId)?.backend;
  if (!holder) return null;
  return Object.keys(e.registry).find((name) => e.registry[name] === holder) ?? null;
}

/**
 * Runs `fn` with the registered CPU backend active, synchronously, and puts the previous state
 * back exactly — even while another backend is initialising. (`tf.setBackend(prev)` would start
 * a second initialisation of a pending backend and make the first one fail.)
 */
export function withCpuBackend<T>(fn: () => T): T {
  const e = engine();
  const cpu = e.registry.cpu;
  if (!cpu || e.backendName === 'cpu') return fn();
  const saved = {
    backendName: e.backendName,
    backendInstance: e.backendInstance,
    pendingBackendInit: e.pendingBackendInit,
    profiler: e.profiler,
  };
  e.backendName = 'cpu';
  e.backendInstance = cpu;
  e.pendingBackendInit = null;
  try {
    return fn();
  } finally {
    Object.assign(e, saved);
  }
}

interface WebGLBackendLike {
  gpgpu?: { gl: WebGLRenderingContext | WebGL2RenderingContext };
}

/** The WebGL context of the active backend, or null when the active backend is not WebGL. */
export function activeWebGLContext(): WebGLRenderingContext | WebGL2RenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  return (tf.backend() as unknown as WebGLBackendLike).gpgpu?.gl ?? null;
}

/** Runs our own shader program on the active WebGL backend and wraps its output as a tf.Tensor. */
export function runWebGLProgram(program: GPGPUProgram, inputs: tf.Tensor[]): tf.Tensor {
  const backend = tf.backend() as MathBackendWebGL;
  const info = backend.compileAndRun(program, inputs);
  return tf.engine().makeTensorFromTensorInfo(info);
}
