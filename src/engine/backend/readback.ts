// Reading device values back to the host without ever hanging: one readback per frame or
// chunk, failing at once (ContextLostError) when the data sits on a lost WebGL context.
import * as tf from '@tensorflow/tfjs-core';
import { ContextLostError, state } from './state';
import { backendOf, withCpuBackend } from './tfjs-internals';

export const READBACK_TIMEOUT_MS = 20_000;

/** Readbacks waiting on the device: rejected at once when the WebGL context is lost. */
const pending = new Set<(e: Error) => void>();

/** Fails every readback in flight with ContextLostError (called when the context goes). */
export function rejectPendingReadbacks(): void {
  for (const reject of pending) reject(new ContextLostError());
  pending.clear();
}

/** Whether `t`'s numbers sit on a WebGL context that is gone (they can never be read). */
function onLostContext(t: tf.Tensor): boolean {
  return state.webglLost && backendOf(t) === 'webgl';
}

/**
 * `await t.data()` that never hangs: it fails with ContextLostError at once when `t` lives on a
 * lost WebGL context (before or while waiting) and with a timeout error after `timeoutMs`.
 * The caller still owns (and disposes) `t`.
 */
export async function readback<D extends tf.DataType = 'float32'>(
  t: tf.Tensor,
  timeoutMs = READBACK_TIMEOUT_MS,
): Promise<tf.DataTypeMap[D]> {
  // cpu and wasm hold their values in memory: nothing to lose and nothing to wait for (the
  // guard's timer and race cost more than the read itself: policy-gradient reads 300 a change)
  const on = backendOf(t);
  if (on === 'cpu' || on === 'wasm') return t.data<D>();
  if (onLostContext(t)) throw new ContextLostError();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fail: (e: Error) => void = () => undefined;
  const guard = new Promise<never>((_, reject) => {
    fail = reject;
    pending.add(fail);
    timer = setTimeout(
      () => reject(new Error(`장치에서 값을 읽는 데 ${timeoutMs} ms가 넘게 걸렸어요.`)),
      timeoutMs,
    );
  });
  try {
    return (await Promise.race([t.data<D>(), guard])) as tf.DataTypeMap[D];
  } finally {
    clearTimeout(timer);
    pending.delete(fail);
  }
}

/**
 * Reads many tensors with ONE readback: flattened and concatenated on the device, read once,
 * split on the host. The caller still owns (and disposes) the inputs. `cpu`: the tensors were
 * made by onCpu() (they are concatenated on the CPU backend too).
 */
export async function readAll(
  tensors: tf.Tensor[],
  opts: { timeoutMs?: number; cpu?: boolean } = {},
): Promise<Float32Array[]> {
  if (tensors.length === 0) return [];
  if ((state.switching && !opts.cpu) || tensors.some(onLostContext)) throw new ContextLostError();
  const concat = () =>
    tf.tidy(() => (sameRows(tensors) ? tf.concat(tensors) : tf.concat(tensors.map(flatFloat))));
  const flat = opts.cpu ? withCpuBackend(concat) : concat();
  try {
    const data = await readback(flat, opts.timeoutMs ?? READBACK_TIMEOUT_MS);
    let offset = 0;
    return tensors.map((t) => data.subarray(offset, (offset += t.size)));
  } finally {
    flat.dispose();
  }
}

/**
 * Whether the tensors are float32 rows of one width (same shape after the first axis): then
 * concatenated along that axis they are already their values one after another, without a
 * reshape kernel each (policy-gradient reads 300 [128, 3] gradients at once).
 */
function sameRows(tensors: tf.Tensor[]): boolean {
  const [first] = tensors;
  return (
    first.rank > 0 &&
    tensors.every(
      (t) =>
        t.dtype === 'float32' &&
        t.rank === first.rank &&
        t.shape.every((d, i) => i === 0 || d === first.shape[i]),
    )
  );
}

/** `t` as a float32 vector: no kernel when it is one already (each kernel costs µs on the CPU). */
function flatFloat(t: tf.Tensor): tf.Tensor {
  const f = t.dtype === 'float32' ? t : tf.cast(t, 'float32');
  return f.rank === 1 ? f : tf.reshape(f, [-1]);
}
