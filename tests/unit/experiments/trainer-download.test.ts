// A train-mnist session is ready after the test set and the first 10,000 training digits; the
// rest of MNIST streams in behind it. An idle session (nobody pressed Run) still reports each step
// of that download until the last digit is in, so the page never shows a stale "내려받는 중".
// In Node on the CPU backend, with the prepared files behind a gate that holds the later chunks.
import { afterAll, expect, it, vi } from 'vitest';
import type { TrainerProgress } from '../../../src/experiments';

// this file's own module registry: the page's shared MNIST starts unloaded here
vi.resetModules();
const { setMnistSource } = await import('../../../src/data/mnist');
const { nodeMnistSource, useNodeMnist } = await import('../../../src/data/mnist-node');
const { createTrainer, disposeTrainer } = await import('../../../src/experiments');

afterAll(() => useNodeMnist());

it('after ready, the idle session reports the rest of the download as it comes, up to 70,000 digits', async () => {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  setMnistSource({
    manifest: () => nodeMnistSource.manifest(),
    async chunk(entry, onBytes) {
      if (entry.set === 'train' && entry.index > 0) await gate;
      return nodeMnistSource.chunk(entry, onBytes);
    },
  });
  const seen: TrainerProgress[] = [];
  const id = await createTrainer(
    { hiddenSize: 10, activation: 'relu', weightInitStd: 0.01, optimizer: 'sgd', lr: 0.1,
      batchSize: 100, iterations: 10, seed: 0 }, // prettier-ignore
    (p) => seen.push(p),
  );
  const ready = seen.length;
  expect(seen.at(-1)).toMatchObject({ phase: 'ready', iteration: 0 });
  expect(seen.at(-1)!.data.digitsLoaded).toBe(20_000);
  open();
  await vi.waitFor(() => expect(seen.at(-1)!.data.digitsLoaded).toBe(70_000), { timeout: 30_000 });
  const after = seen.slice(ready);
  expect(after.every((p) => p.phase === 'ready' && p.iteration === 0)).toBe(true);
  const digits = after.map((p) => p.data.digitsLoaded);
  expect(digits).toEqual([...digits].sort((a, b) => a - b));
  expect(new Set(digits)).toEqual(new Set([20_000, 30_000, 40_000, 50_000, 60_000, 70_000]));
  expect(seen.at(-1)!.data.bytesLoaded).toBe(seen.at(-1)!.data.bytesTotal);
  // once the download is over, nothing more is reported while the session stays idle
  const count = seen.length;
  await new Promise((r) => setTimeout(r, 200));
  expect(seen).toHaveLength(count);
  disposeTrainer(id);
});
