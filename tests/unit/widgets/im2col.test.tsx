// @vitest-environment jsdom
// The im2col component under a minimal frame, with the engine mocked: the shapes written above
// the matrix are those of the run drawn (a new padding waits for its own matrix), and a window
// with no place is told at once.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Im2colResult } from '../../../src/experiments/client';
import type { Im2colOptions } from '../../../src/experiments/convolution';
import { schema } from '../../../src/widgets/im2col/schema';
import { outSize } from '../../../src/widgets/im2col/model';
import { defaults, type Values } from '../../../src/widgets/schema';

/** What the widget asks for: every option but the seed. */
type Opts = Required<Omit<Im2colOptions, 'seed'>>;

const calls = vi.hoisted(() => ({
  runs: [] as Opts[],
  /** when set, the engine answers only once this resolves */
  gate: null as Promise<void> | null,
}));

vi.mock('../../../src/experiments/client', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/experiments/client')>();
  return {
    ...real,
    engineBackend: async () => 'cpu',
    // Arrays of the right shapes (their numbers do not matter here).
    im2colDemo: async (o: Opts): Promise<Im2colResult> => {
      calls.runs.push(o);
      if (calls.gate) await calls.gate;
      const OH = outSize(o.H, o.FH, o.stride, o.pad);
      const out = new Float32Array(o.N * o.FN * OH * OH);
      return {
        ...o,
        OH,
        x: new Float32Array(o.N * o.C * o.H * o.H),
        w: new Float32Array(o.FN * o.C * o.FH * o.FH),
        col: new Float32Array(o.N * OH * OH * o.C * o.FH * o.FH),
        out,
        direct: out,
        maxDiff: 0,
      };
    },
  };
});

const { default: Im2col } = await import('../../../src/widgets/im2col/Im2col');

type V = Values<typeof schema>;

function Harness() {
  const [values, setValues] = useState<V>(defaults(schema));
  return (
    <Im2col
      values={values}
      set={(p) => setValues((v) => ({ ...v, ...p }))}
      schema={schema}
      report={() => {}}
      resetCount={0}
      instanceKey="im2col"
    />
  );
}

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  HTMLCanvasElement.prototype.getContext = (() => null) as never; // jsdom has no canvas
});
afterEach(() => {
  cleanup();
  calls.runs.length = 0;
  calls.gate = null;
});

const shapes = () => document.querySelector('.im2col-shapes') as HTMLElement | null;
const matrix = () => document.querySelector('.im2col-matrix') as HTMLElement | null;

describe('Im2col', () => {
  it('while a new padding is computed, the shapes stay with the matrix drawn', async () => {
    render(<Harness />);
    // the book's (1, 3, 7, 7) with a 5×5 filter: col (9, 75)
    await waitFor(() => expect(matrix()?.dataset.rows).toBe('9'));
    expect(shapes()!.dataset.colShape).toBe('9x75');
    let open = () => {};
    calls.gate = new Promise<void>((r) => (open = r));
    fireEvent.change(screen.getByRole('slider', { name: '패딩 P' }), { target: { value: '1' } });
    await waitFor(() => expect(calls.runs.at(-1)).toMatchObject({ pad: 1 }));
    expect(screen.getByRole('spinbutton', { name: '패딩 P 값' })).toHaveProperty('value', '1');
    // still the P = 0 matrix, written with P = 0 and OH = 3
    expect(matrix()!.dataset.rows).toBe('9');
    expect(shapes()!.dataset.colShape).toBe('9x75');
    expect(shapes()!.textContent).toContain('S = 1, P = 0');
    expect(shapes()!.textContent).toContain(
      '\\left\\lfloor\\frac{7 + 2\\cdot0 - 5}{1}\\right\\rfloor + 1 = 3',
    );
    open();
    await waitFor(() => expect(matrix()?.dataset.rows).toBe('25'));
    expect(shapes()!.dataset.colShape).toBe('25x75');
    expect(shapes()!.textContent).toContain('S = 1, P = 1');
    // a window with no place (H = 3 < FH = 5) is told at once, without the old matrix
    calls.gate = new Promise<void>(() => {});
    fireEvent.change(screen.getByRole('slider', { name: '입력 크기 H = W' }), {
      target: { value: '3' },
    });
    fireEvent.change(screen.getByRole('slider', { name: '패딩 P' }), { target: { value: '0' } });
    expect(screen.getByRole('status').textContent).toMatch(/창을 놓을 수 없어요/);
    expect(shapes()).toBeNull();
    expect(matrix()).toBeNull();
  });
});
