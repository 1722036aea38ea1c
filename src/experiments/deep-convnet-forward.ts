// The DeepConvNet forward pass of one batch for the scoring run, kept short for the shared
// worker: in one go, or — when a single digit already takes longer than the run's target (a
// slow CPU backend) — one layer at a time with a turn of the event loop between layers.
import { free, scope, tensor, type DeviceTensor, type Net, type Tensor } from '../engine';
import { yieldToEvents } from './run-loop';

/** The images [rows, 1, 28, 28] of test digits start … start + rows − 1, pixels / 255. */
export function batchInput(images: Uint8Array, start: number, rows: number): Tensor {
  const px = 784;
  const x = new Float32Array(rows * px);
  const src = images.subarray(start * px, (start + rows) * px);
  for (let i = 0; i < x.length; i++) x[i] = src[i] / 255;
  return tensor(x, { shape: [rows, 1, 28, 28] });
}

/**
 * The softmax probabilities [rows, 10] of a batch (train = false) and the synchronous time it
 * took: the whole pass (`stepwise` false) or its longest layer, with `total` the sum.
 */
export async function batchProbs(
  net: Net,
  input: () => Tensor,
  stepwise: boolean,
): Promise<{ y: DeviceTensor; syncMs: number; totalMs: number }> {
  if (!stepwise) {
    const s0 = performance.now();
    const y = scope(() => net.predict(input(), false).softmax().value);
    const ms = performance.now() - s0;
    return { y, syncMs: ms, totalMs: ms };
  }
  let longest = 0;
  let total = 0;
  const timed = <T>(fn: () => T): T => {
    const s0 = performance.now();
    const out = fn();
    const ms = performance.now() - s0;
    longest = Math.max(longest, ms);
    total += ms;
    return out;
  };
  let h: Tensor | null = timed(() => scope(input));
  try {
    for (const l of net.layers) {
      const x: Tensor = h;
      const next = timed(() => scope(() => l.forward(x, false)));
      free(x);
      h = next;
      await yieldToEvents();
    }
    const last: Tensor = h;
    const y = timed(() => scope(() => last.softmax().value));
    return { y, syncMs: longest, totalMs: total };
  } finally {
    free(h);
  }
}
