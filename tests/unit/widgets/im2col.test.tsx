// @vitest-environment jsdom
// The im2col component under a minimal frame, with the engine mocked: the shapes written above
// the matrix are those of the run drawn (a new padding waits for its own matrix), a window
// with no place is told at once, and before the first answer every part waits in its shape.
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
    // the book's (1, 3, 7, 7) with a 5×5 filter: col (9, 75), its numbers in
    await waitFor(() => expect(matrix()?.dataset.rowValues).toBeDefined());
    expect(matrix()!.dataset.rows).toBe('9');
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

  it('before the engine answers, every part stands in its shape with "…" where its numbers go', async () => {
    // it used to show only the shapes, then grow by the planes, the matrix and the check
    let open = () => {};
    calls.gate = new Promise<void>((r) => (open = r));
    render(<Harness />);
    await waitFor(() => expect(calls.runs).toHaveLength(1));
    const root = document.querySelector('.im2col') as HTMLElement;
    // the window slider and its place, from the reader's sizes: 9 rows, row 1 at (0, 0)
    expect(root.querySelector('.im2col-select input')).toHaveProperty('max', '8');
    expect(root.querySelector('[data-window]')!.textContent).toBe('행 1: 데이터 1, 출력 (0, 0)');
    // three 7×7 planes, every cell waiting, the 5×5 window at the top-left outlined
    const planes = [...root.querySelectorAll<HTMLElement>('.im2col-grid')];
    expect(planes).toHaveLength(3);
    for (const p of planes) {
      const cells = [...p.querySelectorAll('.im2col-cell')];
      expect(cells).toHaveLength(49);
      expect(cells.every((c) => c.textContent === '…계산 중')).toBe(true);
      expect(p.querySelectorAll('[data-on]')).toHaveLength(25);
    }
    // the heat map's box, 9 × 75, waiting; its caption's row list in its room under a "…"
    expect(matrix()!.dataset).toMatchObject({ rows: '9', cols: '75', waiting: '' });
    expect(matrix()!.dataset.rowValues).toBeUndefined();
    expect(matrix()!.textContent).toBe('…계산 중');
    const row = root.querySelector('.im2col-row')!;
    expect(row.querySelector('.kit-slot[data-waiting]')!.textContent).toBe('0…계산 중');
    expect(row.textContent).toBe(`[0…계산 중${', 0'.repeat(74)}]`);
    // the check: how many outputs are compared is known, the difference and outputs are not
    const check = root.querySelector('.im2col-check') as HTMLElement;
    expect(check.dataset.maxDiff).toBeUndefined();
    expect(check.querySelector('p')!.textContent).toContain('출력 18개를 비교했어요');
    expect(check.querySelector('strong')!.textContent).toBe('0…계산 중');
    const cells = [...check.querySelectorAll('td')];
    expect(cells).toHaveLength(4);
    expect(cells.every((c) => c.textContent === '…계산 중')).toBe(true);
    expect(root.querySelectorAll('[aria-busy="true"]')).toHaveLength(3);
    open();
    await waitFor(() => expect(matrix()?.dataset.rowValues).toBeDefined());
    expect(root.querySelectorAll('[data-waiting]')).toHaveLength(0);
    expect(root.querySelectorAll('[aria-busy="true"]')).toHaveLength(0);
    expect(check.dataset.maxDiff).toBe('0');
    expect(root.querySelector('.im2col-row')!.textContent).toBe(`[${'0, '.repeat(74)}0]`);
  });
});
