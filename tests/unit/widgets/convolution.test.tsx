// @vitest-environment jsdom
// The convolution component under a minimal frame, with the engine mocked: the size formula is
// the one of the maps shown (a new padding waits for its own maps), and a filter with no place is
// told at once, without the old maps beside it.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ConvolveResult } from '../../../src/experiments/client';
import { schema } from '../../../src/widgets/convolution/schema';
import { defaults, type Values } from '../../../src/widgets/schema';

const calls = vi.hoisted(() => ({
  runs: [] as { pad: number; stride: number; FH: number }[],
  /** when set, the engine answers only once this resolves */
  gate: null as Promise<void> | null,
}));

vi.mock('../../../src/experiments/client', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/experiments/client')>();
  return {
    ...real,
    engineBackend: async () => {
      if (calls.gate) await calls.gate;
      return 'cpu';
    },
    // The book's 4×4 input; a feature map of the right shape (its numbers do not matter here).
    convolve: async (o: {
      FH: number;
      FW: number;
      pad: number;
      stride: number;
    }): Promise<ConvolveResult> => {
      calls.runs.push({ pad: o.pad, stride: o.stride, FH: o.FH });
      if (calls.gate) await calls.gate;
      const OH = real.checkSize(4, o.FH, o.pad, o.stride).floored;
      const OW = real.checkSize(4, o.FW, o.pad, o.stride).floored;
      return {
        input: Float32Array.from(real.BOOK_INPUT),
        H: 4,
        W: 4,
        out: new Float32Array(OH * OW).map((_, k) => k),
        OH,
        OW,
        pooled: null,
        PH: 0,
        PW: 0,
        label: null,
      };
    },
  };
});

const { default: Convolution } = await import('../../../src/widgets/convolution/Convolution');

type V = Values<typeof schema>;

function Harness() {
  const [values, setValues] = useState<V>(defaults(schema));
  return (
    <Convolution
      values={values}
      set={(p) => setValues((v) => ({ ...v, ...p }))}
      schema={schema}
      report={() => {}}
      resetCount={0}
      instanceKey="convolution"
    />
  );
}

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(() => {
  cleanup();
  calls.runs.length = 0;
  calls.gate = null;
});

/** The widget's own formula (not the calculator's) and the feature map's shape. */
const formula = () => document.querySelector('.convolution > .conv-formula') as HTMLElement | null;
const output = () => document.querySelector('[data-grid="output"]') as HTMLElement | null;

describe('Convolution', () => {
  it('while a new padding is computed, the formula stays with the maps shown', async () => {
    render(<Harness />);
    await waitFor(() => expect(output()?.dataset.shape).toBe('2x2'));
    expect(formula()!.dataset.size).toBe('2x2');
    let open = () => {};
    calls.gate = new Promise<void>((r) => (open = r));
    fireEvent.change(screen.getByRole('slider', { name: '패딩 P' }), { target: { value: '1' } });
    await waitFor(() => expect(calls.runs.at(-1)).toMatchObject({ pad: 1 }));
    expect(screen.getByRole('spinbutton', { name: '패딩 P 값' })).toHaveProperty('value', '1');
    // still the pad-0 maps, with the pad-0 formula (not "OH = … = 4" above a 2×2 map)
    expect(output()!.dataset.shape).toBe('2x2');
    expect(formula()!.dataset.size).toBe('2x2');
    expect(formula()!.textContent).toContain('\\frac{4 + 2\\cdot0 - 3}{1} + 1 = 2');
    open();
    await waitFor(() => expect(output()?.dataset.shape).toBe('4x4'));
    expect(formula()!.dataset.size).toBe('4x4');
    expect(formula()!.textContent).toContain('\\frac{4 + 2\\cdot1 - 3}{1} + 1 = 4');
  });

  it('a filter with no place is told at once, without the old maps', async () => {
    render(<Harness />);
    await waitFor(() => expect(output()?.dataset.shape).toBe('2x2'));
    let open = () => {};
    calls.gate = new Promise<void>((r) => (open = r));
    fireEvent.change(screen.getByRole('combobox', { name: '필터 높이 FH' }), {
      target: { value: '5' },
    });
    // a 5×3 filter on the 4×4 input: nothing to compute, and the engine has not answered yet
    expect(formula()!.dataset.size).toBe('none');
    expect(screen.getByText(/필터\(5×3\)가 패딩을 더한 입력\(4×4\)보다 커서/)).toBeTruthy();
    expect(output()).toBeNull();
    open();
    await waitFor(() => expect(formula()!.dataset.size).toBe('none'));
    expect(output()).toBeNull();
    expect(calls.runs.every((r) => r.FH === 3)).toBe(true);
  });
});
