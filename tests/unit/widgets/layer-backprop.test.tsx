// @vitest-environment jsdom
// The layer-backprop component under a minimal frame, with the engine mocked by plain
// arithmetic: it draws exactly the matrices the engine returned, in the engine's layer order,
// with the shapes of the batch; the switches ask the engine again; the notes' example shows
// y − t for the chosen label.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { schema } from '../../../src/widgets/layer-backprop/schema';
import { defaults, type Values } from '../../../src/widgets/schema';
import type { WidgetReport } from '../../../src/widgets/types';

const calls = vi.hoisted(() => ({
  chain: [] as unknown[],
  notes: [] as unknown[],
  /** when set, the engine answers (the chain, the notes' example) only once this resolves */
  gate: null as Promise<void> | null,
  /** renders of MatrixTable (the ~20 matrices the widget draws) */
  tables: 0,
}));

// Counts the matrices' renders, drawing them as the widget would.
vi.mock('../../../src/widgets/layer-backprop/parts/MatrixTable', async (importOriginal) => {
  const real =
    await importOriginal<typeof import('../../../src/widgets/layer-backprop/parts/MatrixTable')>();
  return {
    ...real,
    MatrixTable: (p: Parameters<typeof real.MatrixTable>[0]) => {
      calls.tables++;
      return real.MatrixTable(p);
    },
  };
});

vi.mock('../../../src/experiments/client', () => {
  const mm = (a: number[][], b: number[][]) =>
    a.map((r) => b[0].map((_, j) => r.reduce((s, v, k) => s + v * b[k][j], 0)));
  const tr = (a: number[][]) => a[0].map((_, j) => a.map((r) => r[j]));
  return {
    engineBackend: async () => 'cpu',
    layerBackprop: async (o: { activation: 'relu' | 'sigmoid'; batch: number; seed: number }) => {
      calls.chain.push(o);
      if (calls.gate) await calls.gate;
      const n = o.batch;
      const x = Array.from({ length: n }, (_, i) => [i + 1 + o.seed, -(i + 1)]);
      const w = [
        [0.5, -1, 0.2],
        [0.1, 0.3, -0.4],
      ];
      const b = [0.1, 0.2, 0.3];
      const labels = x.map((_, i) => i % 3);
      const t = labels.map((l) => [0, 1, 2].map((k) => (k === l ? 1 : 0)));
      const a = mm(x, w).map((r) => r.map((v, j) => v + b[j]));
      const sig = (v: number) => 1 / (1 + Math.exp(-v));
      const h = a.map((r) => r.map((v) => (o.activation === 'relu' ? Math.max(0, v) : sig(v))));
      const y = h.map((r) => {
        const e = r.map(Math.exp);
        const s = e.reduce((p, q) => p + q);
        return e.map((v) => v / s);
      });
      const dH = y.map((r, i) => r.map((v, j) => (v - t[i][j]) / n));
      const local = a.map((r, i) =>
        r.map((v, j) => (o.activation === 'relu' ? (v > 0 ? 1 : 0) : h[i][j] * (1 - h[i][j]))),
      );
      const dA = dH.map((r, i) => r.map((v, j) => v * local[i][j]));
      return {
        x,
        w,
        b,
        labels,
        t,
        a,
        h,
        y,
        loss: 0.5 + n / 1000,
        dH,
        local,
        dA,
        dW: mm(tr(x), dA),
        db: [0, 1, 2].map((j) => dA.reduce((s, r) => s + r[j], 0)),
        dX: mm(dA, tr(w)),
        backwardOrder: ['softmaxWithLoss', 'activation', 'affine'],
      };
    },
    softmaxWithLoss: async (o: { probs: number[][]; labels: number[] }) => {
      calls.notes.push(o);
      if (calls.gate) await calls.gate;
      const y = o.probs;
      return {
        y,
        loss: -Math.log(y[0][o.labels[0]]),
        grad: [y[0].map((v, k) => v - (k === o.labels[0] ? 1 : 0))],
      };
    },
  };
});

const { default: LayerBackprop } =
  await import('../../../src/widgets/layer-backprop/LayerBackprop');

type V = Values<typeof schema>;

function Harness({
  initial,
  report,
}: {
  initial?: Partial<V>;
  report?: (r: WidgetReport) => void;
}) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
  return (
    <LayerBackprop
      values={values}
      set={(p) => setValues((v) => ({ ...v, ...p }))}
      schema={schema}
      report={report ?? (() => {})}
      resetCount={0}
      instanceKey="layer-backprop"
    />
  );
}

afterEach(() => {
  cleanup();
  calls.chain.length = 0;
  calls.notes.length = 0;
  calls.gate = null;
});

const matrix = (id: string) => {
  const el = document.querySelector(`[data-matrix="${id}"]`) as HTMLElement | null;
  return el?.dataset.values ? (JSON.parse(el.dataset.values) as number[][]) : null;
};
const shape = (id: string) =>
  document.querySelector(`[data-matrix="${id}"] .layer-backprop-shape`)!.textContent;

describe('LayerBackprop', () => {
  it('shows the chain backward in the engine order, with the batch shapes', async () => {
    const report = vi.fn();
    render(<Harness report={report} />);
    await waitFor(() => expect(matrix('dW')).not.toBeNull());
    expect(calls.chain[0]).toEqual({ activation: 'relu', batch: 2, seed: 0 });
    expect(
      [...document.querySelectorAll('[data-layer]')].map((l) => (l as HTMLElement).dataset.layer),
    ).toEqual(['softmaxWithLoss', 'activation', 'affine']);
    expect(shape('x')).toBe('(2, 2)');
    expect(shape('dW')).toBe('(2, 3)');
    expect(shape('dX')).toBe('(2, 2)');
    expect(shape('db')).toBe('(3,)');
    expect(shape('xT')).toBe('(2, 2)');
    // Xᵀ is X transposed; the bias row is what the engine returned.
    expect(matrix('xT')).toEqual([
      [1, 2],
      [-1, -2],
    ]);
    expect(matrix('db')![0]).toHaveLength(3);
    expect(document.querySelectorAll('.katex').length).toBeGreaterThan(10);
    await waitFor(() =>
      expect(report).toHaveBeenLastCalledWith(
        expect.objectContaining({ state: 'ready', backend: 'cpu' }),
      ),
    );
  });

  it('switches: the activation and the batch size ask the engine again and redraw', async () => {
    render(<Harness />);
    await waitFor(() => expect(matrix('local')).not.toBeNull());
    const reluLocal = matrix('local')!;
    expect(reluLocal.flat().every((v) => v === 0 || v === 1)).toBe(true);
    expect(document.querySelectorAll('[data-matrix="local"] td.is-muted').length).toBe(
      reluLocal.flat().filter((v) => v === 0).length,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Sigmoid' }));
    await waitFor(() =>
      expect(document.querySelector('[data-layer="activation"] h5')!.textContent).toBe(
        'Sigmoid 계층',
      ),
    );
    expect(
      matrix('local')!
        .flat()
        .every((v) => v > 0 && v <= 0.25),
    ).toBe(true);
    fireEvent.change(screen.getByRole('slider', { name: '배치 크기 N' }), {
      target: { value: '4' },
    });
    await waitFor(() => expect(shape('dX')).toBe('(4, 2)'));
    expect(calls.chain.at(-1)).toEqual({ activation: 'sigmoid', batch: 4, seed: 0 });
    expect(matrix('dA-b')).toHaveLength(4);
  });

  it("the notes' example: y − t = (0.2, 0.1, −0.3); another label moves the −1", async () => {
    render(<Harness />);
    await waitFor(() => expect(matrix('notes-grad')).not.toBeNull());
    expect(calls.notes[0]).toEqual({ probs: [[0.2, 0.1, 0.7]], labels: [2] });
    const g = matrix('notes-grad')![0];
    expect(g[0]).toBeCloseTo(0.2, 6);
    expect(g[1]).toBeCloseTo(0.1, 6);
    expect(g[2]).toBeCloseTo(-0.3, 6);
    expect(document.querySelector('[data-matrix="notes-grad"] tbody')!.textContent).toBe(
      '0.20.1−0.3',
    );
    fireEvent.click(screen.getByRole('radio', { name: '1번 부류' }));
    await waitFor(() => expect(matrix('notes-grad')![0][0]).toBeCloseTo(-0.8, 6));
    expect(matrix('notes-t')).toEqual([[1, 0, 0]]);
  });

  it('a slider move redraws the controls at once and the matrices once the numbers arrive', async () => {
    render(<Harness />);
    await waitFor(() => expect(matrix('dX')).toHaveLength(2));
    expect(document.querySelector('.layer-backprop-loss-value')!.textContent).toBe('0.502');
    let open = () => {};
    calls.gate = new Promise<void>((r) => (open = r));
    const before = calls.tables;
    fireEvent.change(screen.getByRole('slider', { name: '배치 크기 N' }), {
      target: { value: '3' },
    });
    await waitFor(() => expect(calls.chain).toHaveLength(2));
    // the slider and its number show 3; the chain drawn is still the engine's answer for N = 2
    expect(screen.getByRole('spinbutton', { name: '배치 크기 N 값' })).toHaveProperty('value', '3');
    expect(shape('dX')).toBe('(2, 2)');
    expect(calls.tables).toBe(before);
    open();
    await waitFor(() => expect(shape('dX')).toBe('(3, 2)'));
    expect(calls.tables).toBeGreaterThan(before);
    expect(document.querySelector('.layer-backprop-loss-value')!.textContent).toBe('0.503');
    expect(document.querySelector('.layer-backprop-loss')!.getAttribute('data-loss')).toBe('0.503');
  });

  it('before the engine answers, every table stands in its shape with "…" in its cells', async () => {
    // it used to wait on one line and then grow by the ~20 matrices (≈ 2,000 px on a phone)
    let open = () => {};
    calls.gate = new Promise<void>((r) => (open = r));
    render(<Harness initial={{ batch: 3 }} />);
    await waitFor(() => expect(calls.chain).toHaveLength(1));
    const tables = [...document.querySelectorAll<HTMLElement>('[data-matrix]')];
    expect(tables.length).toBeGreaterThan(20);
    // only T of the notes' example is known without the engine (the label the reader chose)
    const waiting = tables.filter((t) => t.hasAttribute('data-waiting'));
    expect(tables.filter((t) => !waiting.includes(t)).map((t) => t.dataset.matrix)).toEqual([
      'notes-t',
    ]);
    for (const t of waiting) {
      expect(t.dataset.values).toBeUndefined();
      // each cell a "…" heard as "계산 중"
      expect(t.querySelector('tbody')!.textContent).toMatch(/^(…계산 중)+$/);
    }
    expect(document.querySelectorAll('[data-matrix="dA"] tr')).toHaveLength(3);
    expect(document.querySelectorAll('[data-matrix="xT"] tr')).toHaveLength(2);
    expect(document.querySelectorAll('[data-matrix="xT"] tr:first-child td')).toHaveLength(3);
    expect(shape('dX')).toBe('(3, 2)');
    expect(
      [...document.querySelectorAll('[data-layer]')].map((l) => (l as HTMLElement).dataset.layer),
    ).toEqual(['softmaxWithLoss', 'activation', 'affine']);
    expect(document.querySelector('.layer-backprop-loss')!.getAttribute('data-loss')).toBeNull();
    expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(3);
    open();
    await waitFor(() => expect(matrix('dA')).toHaveLength(3));
    expect(document.querySelectorAll('[data-waiting]')).toHaveLength(0);
    expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0);
  });
});
