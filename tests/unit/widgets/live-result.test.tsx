// @vitest-environment jsdom
// useLiveResult: after a quick result, the value a drag is expected to reach next is computed
// ahead and kept; when the reader's input reaches it, the render that changed the input already
// has its numbers (no call); a wrong guess is never shown; slow runs are not followed by guesses
// (a wrong one would hold up the next real run); a slider pressed or focused before it moves has
// the values one step either side computed (after runs up to three frames long); a stoppable
// computation guesses after runs of any length, and an input that is not the guess in flight
// stops it; `__kitAhead = 'off'` turns guessing off.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createElement, type ReactNode } from 'react';
import { useLiveResult } from '../../../src/widgets/kit';
import { announceTouch, SliderTouch } from '../../../src/widgets/kit/slider-touch';
import { defineSchema, type Values } from '../../../src/widgets/schema';

const schema = defineSchema({
  t: { kind: 'number', default: 1, min: 0.1, max: 5, step: 0.1, label: 'T' },
  mode: { kind: 'enum', default: 'a', options: ['a', 'b'] as const, label: 'mode' },
});
type V = Values<typeof schema>;
const toInput = (v: V) => ({ t: v.t, mode: v.mode });
const g = globalThis as { __kitAhead?: string };

beforeEach(() => {
  delete g.__kitAhead; // as on the site
});
afterEach(() => {
  cleanup();
  g.__kitAhead = 'off'; // tests/unit/setup.ts
});

/**
 * Guesses regardless of how long the last run took: these tests are about which inputs are
 * guessed and in what order; how many a run's time allows (AHEAD_BUDGET_MS / the last run) is
 * tested below with slow engines. On a loaded machine an instant engine's run, React included,
 * once took over 5 ms, and only one of three guesses fit the budget.
 */
const always = () => {
  g.__kitAhead = 'always';
};

/** A compute answering after `ms` (0: at once), recording every input it was asked for. */
function engine(ms = 0) {
  const asked: number[] = [];
  const compute = vi.fn(async (i: { t: number }) => {
    asked.push(i.t);
    if (ms) await new Promise((r) => setTimeout(r, ms));
    return { v: Math.round(i.t * 10), doneAt: performance.now() };
  });
  return { asked, compute };
}

/** The hook at T = 1; with `channel`, inside a frame whose sliders announce touches on it. */
const hook = (compute: ReturnType<typeof engine>['compute'], channel?: EventTarget) =>
  renderHook(({ values }: { values: V }) => useLiveResult({ values, schema }, toInput, compute), {
    initialProps: { values: { t: 1, mode: 'a' } as V },
    wrapper: channel
      ? ({ children }: { children: ReactNode }) =>
          createElement(SliderTouch.Provider, { value: channel }, children)
      : undefined,
  });

describe('useLiveResult', () => {
  test("a drag's next value is computed ahead and drawn in the render that reaches it", async () => {
    always(); // which guesses and in what order, whatever the machine's load
    const { asked, compute } = engine();
    const { result, rerender } = hook(compute);
    await waitFor(() => expect(result.current.output?.v).toBe(10));
    expect(asked).toEqual([1]); // nothing moved yet: nothing to guess
    rerender({ values: { t: 1.1, mode: 'a' } });
    await waitFor(() => expect(asked).toEqual([1, 1.1, 1.2]));
    rerender({ values: { t: 1.2, mode: 'a' } });
    expect(result.current.output?.v).toBe(12); // in this very render
    expect(result.current.ms).toBe(0);
    expect(result.current.reused).toBe('ahead');
    // and the drag goes on: 1.3 is guessed from 1.1 → 1.2, without asking for 1.2 again
    await waitFor(() => expect(asked).toEqual([1, 1.1, 1.2, 1.3]));
    rerender({ values: { t: 1.1, mode: 'a' } }); // back: an earlier visit, kept, not a guess
    expect(result.current.output?.v).toBe(11);
    expect(result.current.reused).toBe('kept');
  });

  test('changes that take turns (3, 4 steps): the change before last is guessed first', async () => {
    always(); // which guesses and in what order, whatever the machine's load
    const { asked, compute } = engine();
    const { result, rerender } = hook(compute);
    await waitFor(() => expect(result.current.output?.v).toBe(10));
    rerender({ values: { t: 1.3, mode: 'a' } });
    await waitFor(() => expect(asked).toEqual([1, 1.3, 1.6, 1.7, 1.5]));
    rerender({ values: { t: 1.7, mode: 'a' } }); // four steps, after three
    expect(result.current.reused).toBe('ahead');
    await waitFor(() => expect(asked.slice(5)).toEqual([2, 2.1, 2.2]));
  });

  test('a wrong guess is never shown: the real input is computed', async () => {
    always(); // which guesses and in what order, whatever the machine's load
    const { asked, compute } = engine();
    const { result, rerender } = hook(compute);
    await waitFor(() => expect(result.current.output?.v).toBe(10));
    rerender({ values: { t: 1.3, mode: 'a' } }); // three steps: guesses 1.6, 1.7, 1.5
    await waitFor(() => expect(asked).toEqual([1, 1.3, 1.6, 1.7, 1.5]));
    rerender({ values: { t: 2.5, mode: 'a' } });
    expect(result.current.output?.v).toBe(13); // still the last real numbers
    await waitFor(() => expect(result.current.output?.v).toBe(25));
    expect(asked.slice(0, 6)).toEqual([1, 1.3, 1.6, 1.7, 1.5, 2.5]);
    rerender({ values: { t: 2.5, mode: 'b' } }); // not a number's change: no guess
    await waitFor(() => expect(compute).toHaveBeenLastCalledWith({ t: 2.5, mode: 'b' }, expect.anything())); // prettier-ignore
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(compute).toHaveBeenLastCalledWith({ t: 2.5, mode: 'b' }, expect.anything());
  });

  test('no guess after a slow run, nor with guessing off', async () => {
    const slow = engine(30);
    const a = hook(slow.compute);
    await waitFor(() => expect(a.result.current.output?.v).toBe(10));
    a.rerender({ values: { t: 1.1, mode: 'a' } });
    await waitFor(() => expect(a.result.current.output?.v).toBe(11));
    await act(() => new Promise((r) => setTimeout(r, 60)));
    expect(slow.asked).toEqual([1, 1.1]);
    a.unmount();

    g.__kitAhead = 'off';
    const quick = engine();
    const b = hook(quick.compute);
    await waitFor(() => expect(b.result.current.output?.v).toBe(10));
    b.rerender({ values: { t: 1.1, mode: 'a' } });
    await waitFor(() => expect(b.result.current.output?.v).toBe(11));
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(quick.asked).toEqual([1, 1.1]);
  });

  test('a touched slider has both neighbours computed before it moves: its first step is drawn at once', async () => {
    const { asked, compute } = engine();
    const channel = new EventTarget();
    const { result, rerender } = hook(compute, channel);
    await waitFor(() => expect(result.current.output?.v).toBe(10));
    const drawn = result.current.output;
    act(() => announceTouch(channel, 't'));
    await waitFor(() => expect(asked).toEqual([1, 1.1, 0.9])); // up first, then down
    expect(result.current.output).toBe(drawn); // nothing drawn again
    rerender({ values: { t: 0.9, mode: 'a' } });
    expect(result.current.output?.v).toBe(9); // the first step, in its own render
    expect(result.current.reused).toBe('ahead');
    await waitFor(() => expect(asked).toEqual([1, 1.1, 0.9, 0.8])); // and the drag goes on
  });

  test('a touch has a larger budget than a drag: after 30 ms runs both neighbours, after 60 ms none', async () => {
    const slow = engine(30); // no guess during a drag (the test above)
    const channel = new EventTarget();
    const a = hook(slow.compute, channel);
    await waitFor(() => expect(a.result.current.output?.v).toBe(10));
    act(() => announceTouch(channel, 't'));
    await waitFor(() => expect(slow.asked).toEqual([1, 1.1, 0.9]));
    a.unmount();

    const slower = engine(60);
    const b = hook(slower.compute, channel);
    await waitFor(() => expect(b.result.current.output?.v).toBe(10));
    act(() => announceTouch(channel, 't'));
    await act(() => new Promise((r) => setTimeout(r, 150)));
    expect(slower.asked).toEqual([1]);
  });

  test('a touch while a run is in flight: the run ends not busy, and nothing is asked twice', async () => {
    const { asked, compute } = engine(60);
    const channel = new EventTarget();
    const { result, rerender } = hook(compute, channel);
    await waitFor(() => expect(result.current.output?.v).toBe(10));
    rerender({ values: { t: 2, mode: 'a' } });
    act(() => announceTouch(channel, 't')); // while 2 computes
    await waitFor(() => expect(result.current.output?.v).toBe(20));
    await waitFor(() => expect(result.current.busy).toBe(false));
    expect(asked).toEqual([1, 2]); // 60 ms runs: no guesses, and 2 not run again
  });

  describe('a stoppable computation (gives up when its signal aborts)', () => {
    /** Answers after `ms` unless its signal aborts first; records inputs asked and stopped. */
    function stoppableEngine(ms: number) {
      const asked: number[] = [];
      const stopped: number[] = [];
      const compute = vi.fn(
        (i: { t: number }, signal: AbortSignal) =>
          new Promise<{ v: number; doneAt: number }>((resolve, reject) => {
            asked.push(i.t);
            const timer = setTimeout(
              () => resolve({ v: Math.round(i.t * 10), doneAt: performance.now() }),
              ms,
            );
            signal.addEventListener('abort', () => {
              clearTimeout(timer);
              stopped.push(i.t);
              reject(new DOMException('stopped', 'AbortError'));
            });
          }),
      );
      return { asked, stopped, compute };
    }
    const stoppableHook = (compute: ReturnType<typeof stoppableEngine>['compute']) =>
      renderHook(
        ({ values }: { values: V }) =>
          useLiveResult({ values, schema }, toInput, compute, JSON.stringify, { stoppable: true }),
        { initialProps: { values: { t: 1, mode: 'a' } as V } },
      );

    test('guesses after runs of any length; the input a guess was for waits for it, not for a new run', async () => {
      const { asked, stopped, compute } = stoppableEngine(40); // over two frames, no guess if not stoppable
      const { result, rerender } = stoppableHook(compute);
      await waitFor(() => expect(result.current.output?.v).toBe(10));
      rerender({ values: { t: 1.1, mode: 'a' } });
      await waitFor(() => expect(result.current.output?.v).toBe(11));
      await waitFor(() => expect(asked).toEqual([1, 1.1, 1.2])); // 1.2 in flight
      rerender({ values: { t: 1.2, mode: 'a' } }); // the guess in flight: not stopped
      await waitFor(() => expect(result.current.output?.v).toBe(12));
      expect(result.current.reused).toBe('ahead');
      expect(asked.slice(0, 3)).toEqual([1, 1.1, 1.2]); // 1.2 asked once
      expect(stopped).toEqual([]);
    });

    test('an input that is not the guess in flight stops it and runs at once; the stopped guess is not kept', async () => {
      const { asked, stopped, compute } = stoppableEngine(40);
      const { result, rerender } = stoppableHook(compute);
      await waitFor(() => expect(result.current.output?.v).toBe(10));
      rerender({ values: { t: 1.1, mode: 'a' } });
      await waitFor(() => expect(asked).toEqual([1, 1.1, 1.2])); // 1.2 guessed, in flight
      rerender({ values: { t: 3, mode: 'a' } }); // a jump elsewhere
      expect(stopped).toEqual([1.2]); // in the render's own effects
      await waitFor(() => expect(result.current.output?.v).toBe(30));
      expect(asked.slice(0, 4)).toEqual([1, 1.1, 1.2, 3]);
      rerender({ values: { t: 1.2, mode: 'a' } }); // the stopped guess's value: computed afresh
      expect(result.current.output?.v).toBe(30);
      await waitFor(() => expect(result.current.output?.v).toBe(12));
      expect(asked.filter((t) => t === 1.2).length).toBeGreaterThanOrEqual(2);
    });
  });
});
