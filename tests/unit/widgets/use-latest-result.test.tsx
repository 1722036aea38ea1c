// @vitest-environment jsdom
// useLatestResult: inputs that arrive while a run is in flight are coalesced (the newest runs
// next); with `keep`, a key seen before is answered from the kept results in the render that
// changed it — no call — restamped so its drawing is timed from now; the oldest are let go.
import { StrictMode } from 'react';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useLatestResult } from '../../../src/widgets/kit';

afterEach(cleanup);

interface Out {
  v: number;
  doneAt: number;
}

/** A compute whose calls are held until released, in order. */
function deferred() {
  const calls: Array<{ input: number; resolve: () => void }> = [];
  const compute = vi.fn(
    (input: number) =>
      new Promise<Out>((resolve) =>
        calls.push({ input, resolve: () => resolve({ v: input * 10, doneAt: performance.now() }) }),
      ),
  );
  return { calls, compute };
}

const hook = (compute: (i: number) => Promise<Out>, keep?: number) =>
  renderHook(({ x }) => useLatestResult(String(x), x, compute, { keep }), {
    initialProps: { x: 1 },
  });

describe('useLatestResult', () => {
  test('mounted, unmounted and mounted again (StrictMode in development): the run is made for the second mount', async () => {
    const { calls, compute } = deferred();
    const { result } = renderHook(() => useLatestResult('1', 1, compute), { wrapper: StrictMode });
    // the first mount's run was aborted by its unmount; its answer must not be the end of it
    await act(async () => calls[0].resolve());
    await waitFor(() => expect(calls).toHaveLength(2));
    await act(async () => calls[1].resolve());
    await waitFor(() => expect(result.current.output?.v).toBe(10));
    expect(result.current.busy).toBe(false);
  });

  test('coalesces: while a run is in flight only the newest input runs next', async () => {
    const { calls, compute } = deferred();
    const { result, rerender } = hook(compute);
    expect(calls.map((c) => c.input)).toEqual([1]);
    rerender({ x: 2 });
    rerender({ x: 3 });
    await act(async () => calls[0].resolve());
    await waitFor(() => expect(calls.map((c) => c.input)).toEqual([1, 3]));
    expect(result.current.output?.v).toBe(10);
    expect(result.current.busy).toBe(true);
    await act(async () => calls[1].resolve());
    await waitFor(() => expect(result.current.output?.v).toBe(30));
    expect(result.current.busy).toBe(false);
  });

  test('keep: a key seen before shows its result in the same render, without a call', async () => {
    const { calls, compute } = deferred();
    const { result, rerender } = hook(compute, 2);
    await act(async () => calls[0].resolve());
    await waitFor(() => expect(result.current.output?.v).toBe(10));
    rerender({ x: 2 });
    expect(result.current.output?.v).toBe(10); // not kept yet: the old picture until it is back
    await act(async () => calls[1].resolve());
    await waitFor(() => expect(result.current.output?.v).toBe(20));
    const first = result.current.output!;

    const before = performance.now();
    rerender({ x: 1 });
    expect(result.current.output?.v).toBe(10); // at once
    expect(result.current.ms).toBe(0);
    expect(result.current.output!.doneAt).toBeGreaterThanOrEqual(before); // restamped
    const shown = result.current.output;
    await act(async () => undefined);
    expect(result.current.output).toBe(shown); // the same object after the effect: drawn once
    expect(calls).toHaveLength(2);
    rerender({ x: 2 });
    expect(result.current.output?.v).toBe(20);
    expect(result.current.output).not.toBe(first);
    expect(calls).toHaveLength(2);
  });

  test('keep: only the newest `keep` results stay; without keep, every input is computed', async () => {
    const { calls, compute } = deferred();
    const { result, rerender } = hook(compute, 2);
    for (const x of [2, 3]) {
      await act(async () => calls.at(-1)!.resolve());
      rerender({ x });
    }
    await act(async () => calls.at(-1)!.resolve());
    await waitFor(() => expect(result.current.output?.v).toBe(30));
    expect(calls.map((c) => c.input)).toEqual([1, 2, 3]);
    rerender({ x: 1 }); // let go: computed again
    await waitFor(() => expect(calls.map((c) => c.input)).toEqual([1, 2, 3, 1]));
    await act(async () => calls.at(-1)!.resolve());
    rerender({ x: 3 }); // still kept
    expect(result.current.output?.v).toBe(30);

    const plain = deferred();
    const r2 = hook(plain.compute);
    await act(async () => plain.calls[0].resolve());
    r2.rerender({ x: 2 });
    await act(async () => plain.calls[1].resolve());
    r2.rerender({ x: 1 });
    await waitFor(() => expect(plain.calls.map((c) => c.input)).toEqual([1, 2, 1]));
  });
});
