// @vitest-environment jsdom
// The convolution component under a minimal frame, with the engine mocked: the size formula is
// the one of the maps shown (a new padding waits for its own maps), a filter with no place is
// told at once, without the old maps beside it, and before the first answer every map waits in
// its size with "…" where the engine's numbers go.
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
    // The book's 4×4 input or a digit's 28×28; maps of the right shapes (their numbers do not
    // matter here).
    convolve: async (o: {
      FH: number;
      FW: number;
      pad: number;
      stride: number;
      digit?: number;
    }): Promise<ConvolveResult> => {
      calls.runs.push({ pad: o.pad, stride: o.stride, FH: o.FH });
      if (calls.gate) await calls.gate;
      const H = o.digit === undefined ? 4 : 28;
      const OH = real.checkSize(H, o.FH, o.pad, o.stride).floored;
      const OW = real.checkSize(H, o.FW, o.pad, o.stride).floored;
      const pool = OH >= 2 && OW >= 2;
      const [PH, PW] = pool ? [Math.floor(OH / 2), Math.floor(OW / 2)] : [0, 0];
      return {
        input: o.digit === undefined ? Float32Array.from(real.BOOK_INPUT) : new Float32Array(H * H),
        H,
        W: H,
        out: new Float32Array(OH * OW).map((_, k) => k),
        OH,
        OW,
        pooled: pool ? new Float32Array(PH * PW).fill(7) : null,
        PH,
        PW,
        label: o.digit === undefined ? null : 7,
      };
    },
  };
});

const { default: Convolution } = await import('../../../src/widgets/convolution/Convolution');

type V = Values<typeof schema>;

function Harness({ initial }: { initial?: Partial<V> }) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
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
    await waitFor(() => expect(output()?.dataset.values).toBeDefined());
    expect(output()!.dataset.shape).toBe('2x2');
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
    await waitFor(() => expect(output()?.dataset.values).toBeDefined());
    expect(output()!.dataset.shape).toBe('2x2');
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

  it('before the engine answers, every map stands in its size with "…" where its numbers go', async () => {
    // it used to show the formula only, then grow by the maps, the step-through and the pooling
    let open = () => {};
    calls.gate = new Promise<void>((r) => (open = r));
    render(<Harness initial={{ bias: 3 }} />);
    await waitFor(() => expect(calls.runs).toHaveLength(1));
    const grid = (name: string) => document.querySelector(`[data-grid="${name}"]`) as HTMLElement;
    const texts = (name: string) => [...grid(name).children].map((c) => c.textContent);
    // the reader's input (the book's 4×4) and filter at once, the current window outlined
    expect(grid('input').dataset.values).toBe('1,2,3,0,0,1,2,3,3,0,1,2,2,3,0,1');
    expect(grid('filter').dataset.values).toBe('2,0,1,0,1,2,1,0,2');
    expect(grid('input').querySelectorAll('.conv-cell-on')).toHaveLength(9);
    // the feature map, 2×2 by the formula, and its 1×1 pooling: "…" in every cell
    for (const [name, shape, n] of [
      ['output', '2x2', 4],
      ['pooled', '1x1', 1],
    ] as const) {
      expect(grid(name).dataset).toMatchObject({ shape, waiting: '' });
      expect(grid(name).dataset.values).toBeUndefined();
      expect(texts(name)).toEqual(Array(n).fill('…계산 중'));
    }
    expect(grid('output').getAttribute('aria-label')).toBe('출력 (편향 3 더함): 2×2 (계산 중)');
    // the step-through follows the 4 cells; the sum is written out, its value waits in its room
    expect(document.querySelector('[data-step]')!.textContent).toBe('출력 칸 1 / 4');
    const sum = document.querySelector('[data-sum]') as HTMLElement;
    expect(sum.textContent).toBe(
      '1·2 + 2·0 + 3·1 + 0·0 + 1·1 + 2·2 + 3·1 + 0·0 + 1·2 + 3 = 00…계산 중',
    );
    expect(sum.querySelector('.kit-slot[data-waiting]')).not.toBeNull();
    expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(3);
    open();
    await waitFor(() => expect(grid('output').dataset.values).toBe('0,1,2,3'));
    expect(grid('pooled').dataset.values).toBe('7');
    expect(sum.textContent).toBe('1·2 + 2·0 + 3·1 + 0·0 + 1·1 + 2·2 + 3·1 + 0·0 + 1·2 + 3 = 0');
    expect(document.querySelectorAll('[data-waiting]')).toHaveLength(0);
    expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0);
  });

  it('a digit waits for its pixels: blank grey maps under a "…", the window values "…"', async () => {
    let open = () => {};
    calls.gate = new Promise<void>((r) => (open = r));
    render(<Harness initial={{ input: 'digit' }} />);
    await waitFor(() => expect(calls.runs).toHaveLength(1));
    const grid = (name: string) => document.querySelector(`[data-grid="${name}"]`) as HTMLElement;
    for (const [name, shape] of [
      ['input', '28x28'],
      ['output', '26x26'],
      ['pooled', '13x13'],
    ] as const) {
      expect(grid(name).dataset).toMatchObject({ shape, waiting: '' });
      // blank pixels (no grey level, no number) and one "…" over them
      expect(grid(name).querySelector('.conv-cell[style]')).toBeNull();
      expect(grid(name).textContent).toBe('…계산 중');
    }
    const sum = document.querySelector('[data-sum]') as HTMLElement;
    expect(sum.textContent).toBe(`${['2', '0', '1', '0', '1', '2', '1', '0', '2'].map((w) => `0…계산 중·${w}`).join(' + ')} = 00…계산 중`); // prettier-ignore
    expect(document.querySelector('.conv-note')!.textContent).toMatch(/정답 레이블: 0…계산 중\.$/);
    open();
    await waitFor(() => expect(grid('output').dataset.values).toBeDefined());
    expect(document.querySelector('.conv-note')!.textContent).toMatch(/정답 레이블: 7\.$/);
    expect(sum.textContent).toBe(`${['2', '0', '1', '0', '1', '2', '1', '0', '2'].map((w) => `0·${w}`).join(' + ')} = 0`); // prettier-ignore
    expect(document.querySelectorAll('[data-waiting]')).toHaveLength(0);
  });
});
