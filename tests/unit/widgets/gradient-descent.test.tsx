// @vitest-environment jsdom
// The gradient-descent component under a minimal frame with the engine mocked by the closed
// form x_k = (1 − 2·lr)^k·x₀ in float32: one call per change with the schema's values, the
// table and the highlighted step, diverged at lr 10 with a Korean message, the stuck note at
// lr 1e−10; before the first path is in, the result, the step's detail and the table stand with
// "…" where the engine's numbers go.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useCallback, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { schema } from '../../../src/widgets/gradient-descent/schema';
import { defaults, type Values } from '../../../src/widgets/schema';
import type { WidgetReport } from '../../../src/widgets/types';

const calls = vi.hoisted(() => [] as Array<{ init: number[]; lr: number; steps: number }>);
/** when set, the engine answers only once this resolves */
const hold = vi.hoisted(() => ({ gate: null as Promise<void> | null, handles: 0 }));

// Counts the chart's renders through its start handle (drawn in every render of the chart).
vi.mock('../../../src/widgets/gradient-descent/parts/StartHandle', async (importOriginal) => {
  const real =
    await importOriginal<
      typeof import('../../../src/widgets/gradient-descent/parts/StartHandle')
    >();
  return {
    ...real,
    StartHandle: (p: Parameters<typeof real.StartHandle>[0]) => {
      hold.handles++;
      return real.StartHandle(p);
    },
  };
});

vi.mock('../../../src/experiments/client', () => ({
  gradientDescent: async (o: { init: [number, number]; lr: number; steps: number }) => {
    calls.push(o);
    if (hold.gate) await hold.gate;
    const n = o.steps + 1;
    const points = new Float32Array(2 * n);
    const values = new Float32Array(n);
    const grads = new Float32Array(2 * n);
    let [a, b] = o.init.map(Math.fround);
    for (let k = 0; k < n; k++) {
      points.set([a, b], 2 * k);
      values[k] = a * a + b * b;
      grads.set([2 * a, 2 * b], 2 * k);
      a = Math.fround(a - Math.fround(o.lr * 2 * a));
      b = Math.fround(b - Math.fround(o.lr * 2 * b));
    }
    return { points, values, grads, backend: 'cpu' };
  },
}));

const { default: GradientDescent } =
  await import('../../../src/widgets/gradient-descent/GradientDescent');

type V = Values<typeof schema>;
function Harness({ initial, report }: { initial?: Partial<V>; report: (r: WidgetReport) => void }) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
  // stable, as the widget frame's own `set` is
  const set = useCallback((p: Partial<V>) => setValues((v) => ({ ...v, ...p })), []);
  return (
    <GradientDescent
      values={values}
      set={set}
      schema={schema}
      report={report}
      resetCount={0}
      instanceKey="gradient-descent"
    />
  );
}

afterEach(() => {
  cleanup();
  calls.length = 0;
  hold.gate = null;
  hold.handles = 0;
});

const result = () => document.querySelector('.gradient-descent__result') as HTMLElement | null;

describe('GradientDescent', () => {
  it("runs the book's demo once and shows every step", async () => {
    const report = vi.fn();
    render(<Harness report={report} />);
    await waitFor(() => expect(result()?.dataset.finalX0).toBeDefined());
    expect(calls).toEqual([{ init: [-3, 4], lr: 0.1, steps: 20 }]);
    expect(Number(result()!.dataset.finalX0)).toBeCloseTo(-0.0346, 4);
    expect(Number(result()!.dataset.finalX1)).toBeCloseTo(0.0461, 4);
    expect(document.querySelectorAll('tr[data-step]')).toHaveLength(21);
    expect(document.querySelector('tr[aria-current="step"]')!.getAttribute('data-step')).toBe('20');
    await waitFor(() =>
      expect(report).toHaveBeenLastCalledWith(
        expect.objectContaining({ state: 'ready', backend: 'cpu' }),
      ),
    );
  });

  it('before the path is in: the result, the step and the table stand with "…", no engine number', async () => {
    let open = () => {};
    hold.gate = new Promise<void>((r) => (open = r));
    render(<Harness report={() => {}} />);
    await waitFor(() => expect(calls).toHaveLength(1));
    const seen = (e: Element) => {
      // what a reader sees: without the Slots' invisible templates and the screen reader's words
      const c = e.cloneNode(true) as Element;
      c.querySelectorAll('.kit-slot-shape, .visually-hidden').forEach((n) => n.remove());
      return c.textContent!.replace(/\s+/g, ' ').trim();
    };
    const waiting = (e: Element) => e.querySelectorAll('.kit-slot[data-waiting]').length;
    const r = result()!;
    expect(r.getAttribute('aria-busy')).toBe('true');
    expect(r.dataset.finalX0).toBeUndefined();
    // the steps are the reader's: the line break after x is where the final sentence's is
    expect([...r.querySelectorAll('.gradient-descent__line')].map(seen)).toEqual([
      '20단계 뒤 x = (…, …),',
    ]);
    expect(seen(r)).toBe('20단계 뒤 x = (…, …),f(x) = …');
    expect(waiting(r)).toBe(3);
    const detail = document.querySelector('.gradient-descent__detail')!;
    expect(detail.getAttribute('data-step')).toBe('20');
    expect(detail.hasAttribute('data-g0')).toBe(false);
    expect([...detail.querySelectorAll('.gradient-descent__line')].map(seen)).toEqual([
      '20단계: x = (…, …),',
      'f(x) = …, ∇f = (…, …)',
    ]);
    expect(seen(detail)).toContain('마지막 단계예요.');
    expect(waiting(detail)).toBe(5);
    // the table: a row per step of step_num and the start, "…" in each number's cell
    const box = document.querySelector('.gradient-descent__table-box')!;
    expect(box.getAttribute('aria-busy')).toBe('true');
    const rows = [...document.querySelectorAll('tr[data-step]')];
    expect(rows).toHaveLength(21);
    expect(rows.map((row) => seen(row))).toEqual(rows.map((_, i) => `${i}………`));
    expect(document.querySelector('tr[aria-current="step"]')!.getAttribute('data-step')).toBe('20');
    expect(document.querySelectorAll('[data-x0], [data-x1], [data-f]')).toHaveLength(0);
    expect(seen(document.querySelector('.gradient-descent__side')!)).not.toMatch(/\d\.\d/);

    // the numbers come: the same lines and rows, filled in
    open();
    await waitFor(() => expect(result()!.dataset.finalX0).toBeDefined());
    expect(document.querySelectorAll('.kit-slot[data-waiting]')).toHaveLength(0);
    expect([...r.querySelectorAll('.gradient-descent__line')].map(seen)).toEqual([
      '20단계 뒤 x = (−0.0346, 0.0461),',
    ]);
    expect([...detail.querySelectorAll('.gradient-descent__line')].map(seen)).toEqual([
      '20단계: x = (−0.03459, 0.04612),',
      'f(x) = 0.003323, ∇f = (−0.06918, 0.09223)',
    ]);
    expect(r.hasAttribute('aria-busy')).toBe(false);
    expect(document.querySelectorAll('tr[data-step]')).toHaveLength(21);
    expect(seen(document.querySelector('tr[data-step="0"]')!)).toBe('0−3425');
  });

  it('the scrubber and a row click highlight a step', async () => {
    render(<Harness report={() => {}} />);
    await waitFor(() => expect(result()?.dataset.finalX0).toBeDefined());
    fireEvent.change(screen.getByRole('slider', { name: '강조할 단계' }), {
      target: { value: '3' },
    });
    const detail = document.querySelector('.gradient-descent__detail') as HTMLElement;
    expect(detail.dataset.step).toBe('3');
    fireEvent.click(document.querySelector('tr[data-step="0"]')!);
    expect(detail.dataset.step).toBe('0');
    expect([detail.dataset.g0, detail.dataset.g1]).toEqual(['-6', '8']);
  });

  it('lr 10 reports diverged with a Korean message; the chart still draws', async () => {
    const report = vi.fn();
    render(<Harness report={report} initial={{ lr: 10 }} />);
    await waitFor(() =>
      expect(report).toHaveBeenLastCalledWith(
        expect.objectContaining({ state: 'diverged', message: expect.stringContaining('발산') }),
      ),
    );
    expect(document.querySelector('.gradient-descent__svg')!.outerHTML).not.toMatch(/NaN/);
    expect(document.querySelector('.gradient-descent__hidden')).not.toBeNull();
  });

  it('lr 1e−10 does not move in float32: the stuck note', async () => {
    render(<Harness report={() => {}} initial={{ lr: 1e-10 }} />);
    await waitFor(() => expect(result()?.dataset.finalX0).toBe('-3'));
    expect(result()!.textContent).toContain('float32');
  });

  it('the start handle moves with the arrow keys', async () => {
    render(<Harness report={() => {}} />);
    await waitFor(() => expect(calls).toHaveLength(1));
    fireEvent.keyDown(screen.getByRole('button', { name: /시작점/ }), { key: 'ArrowUp' });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1].init).toEqual([-3, 4.1]);
  });

  it('an lr move redraws the chart only when the new path arrives', async () => {
    render(<Harness report={() => {}} />);
    await waitFor(() => expect(result()?.dataset.finalX0).toBeDefined());
    let open = () => {};
    hold.gate = new Promise<void>((r) => (open = r));
    const before = hold.handles;
    fireEvent.change(screen.getByRole('slider', { name: '학습률 lr' }), {
      target: { value: '-0.5' }, // a log slider: 10^−0.5, shown as the short 0.32 (steps of 0.1)
    });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1].lr).toBe(0.32);
    expect(hold.handles).toBe(before);
    open();
    await waitFor(() =>
      expect(Number(result()!.dataset.finalX0)).toBeCloseTo(-3 * (1 - 2 * 0.3162) ** 20, 3),
    );
    expect(hold.handles).toBeGreaterThan(before);
  });

  it("the chart's description names the start of the path drawn, not one still computing", async () => {
    render(<Harness report={() => {}} />);
    const chart = () => screen.getByRole('group', { name: /경사 하강법의 경로/ });
    await waitFor(() => expect(chart().getAttribute('aria-label')).toContain('시작점 (−3, 4)'));
    let open = () => {};
    hold.gate = new Promise<void>((r) => (open = r));
    fireEvent.keyDown(screen.getByRole('button', { name: /시작점/ }), { key: 'ArrowUp' });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(chart().getAttribute('aria-label')).toContain('시작점 (−3, 4)');
    open();
    await waitFor(() => expect(chart().getAttribute('aria-label')).toContain('시작점 (−3, 4.1)'));
  });
});
