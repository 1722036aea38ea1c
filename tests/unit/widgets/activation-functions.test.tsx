// @vitest-environment jsdom
// The activation-functions component under a minimal frame, with the experiments mocked: it
// asks the engine for every curve on a fixed grid once and for the marked x on its own, shows h(x)
// and h′(x) from what the engine returned, reports timing/backend, and shows the stacked-layers
// demo; until the engine answers, every part waits in its shape with "…".
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { schema } from '../../../src/widgets/activation-functions/schema';
import { defaults, type Values } from '../../../src/widgets/schema';
import type { WidgetReport } from '../../../src/widgets/types';

const calls = vi.hoisted(() => ({
  curves: [] as number[][],
  stacks: [] as string[],
  /** when set, the engine answers only once this resolves */
  gate: null as Promise<void> | null,
}));

vi.mock('../../../src/experiments/client', () => {
  const names = ['step', 'sigmoid', 'tanh', 'relu', 'identity', 'leakyRelu'] as const;
  return {
    ACTIVATION_NAMES: names,
    engineBackend: async () => 'cpu',
    // Marker values, not real activations: the widget must show exactly what the engine returns.
    activationCurves: async ({ xs }: { xs: number[] }) => {
      calls.curves.push(xs);
      if (calls.gate) await calls.gate;
      return Object.fromEntries(
        names.map((n, k) => [
          n,
          {
            y: xs.map((x) => x * 10 + k),
            // ReLU's h′ is NaN at a marked x past 4 (the grid stays finite)
            dy: xs.map((x) => (n === 'relu' && xs.length === 1 && x > 4 ? NaN : x + k / 10)),
          },
        ]),
      );
    },
    stackedLayers: async ({
      activation,
      xs,
      seed,
    }: {
      activation: string;
      xs: number[];
      seed: number;
    }) => {
      calls.stacks.push(`${activation}:${seed}`);
      if (calls.gate) await calls.gate;
      const w = [
        [[1, 2, 3, 4]],
        [
          [1, 0, 0, 0],
          [0, 1, 0, 0],
          [0, 0, 1, 0],
          [0, 0, 0, 1],
        ],
        [[1], [1], [1], [1]],
      ];
      return activation === 'identity'
        ? { y: xs.map((x) => 10 * x + 0.5), collapsed: { w: 10, b: 0.5 }, weights: w }
        : { y: xs.map((x) => Math.max(0, x)), collapsed: null, weights: w };
    },
  };
});

const { default: ActivationFunctions } =
  await import('../../../src/widgets/activation-functions/ActivationFunctions');

type V = Values<typeof schema>;

function Harness({ initial, report }: { initial?: Partial<V>; report: (r: WidgetReport) => void }) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
  return (
    <ActivationFunctions
      values={values}
      set={(p) => setValues((v) => ({ ...v, ...p }))}
      schema={schema}
      report={report}
      resetCount={0}
      instanceKey="activation-functions"
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
  calls.curves.length = 0;
  calls.stacks.length = 0;
  calls.gate = null;
});

const cell = (fn: string) => document.querySelector(`tr[data-fn="${fn}"]`) as HTMLElement | null;

describe('ActivationFunctions', () => {
  it('shows h(x) and h′(x) at x from the engine, for the book curves', async () => {
    const report = vi.fn();
    render(<Harness report={report} />);
    await waitFor(() => expect(cell('sigmoid')?.dataset.h).toBe('11'));
    // x = 1 is the point asked for: sigmoid is curve 1 → y = 10·1 + 1, dy = 1 + 0.1.
    expect(cell('sigmoid')!.dataset.dh).toBe('1.1');
    expect(cell('step')).not.toBeNull();
    expect(cell('relu')).not.toBeNull();
    expect(cell('tanh')).toBeNull();
    // two calls: the whole grid (−5 … 5) and the marked x alone
    expect(calls.curves.map((xs) => xs.length).sort((a, b) => a - b)).toEqual([1, 201]);
    expect(calls.curves.find((xs) => xs.length === 1)).toEqual([1]);
    await waitFor(() =>
      expect(report).toHaveBeenLastCalledWith(
        expect.objectContaining({ state: 'ready', backend: 'cpu' }),
      ),
    );
    expect(report.mock.calls.at(-1)![0].updateMs).toBeGreaterThanOrEqual(0);
  });

  it('moving x asks the engine for that one point again, never for the grid', async () => {
    render(<Harness report={() => {}} />);
    await waitFor(() => expect(calls.curves).toHaveLength(2));
    fireEvent.change(screen.getByRole('slider', { name: '입력 x' }), { target: { value: '-2.5' } });
    await waitFor(() => expect(cell('sigmoid')?.dataset.h).toBe(String(-25 + 1)));
    expect(calls.curves.at(-1)).toEqual([-2.5]);
    expect(calls.curves.filter((xs) => xs.length === 201)).toHaveLength(1);
  });

  it('while a new x is computed, the line, caption and table keep the x of the numbers shown', async () => {
    render(<Harness report={() => {}} />);
    await waitFor(() => expect(cell('sigmoid')?.dataset.h).toBe('11'));
    const caption = () => document.querySelector('.activation-functions-caption')!.textContent;
    const tableCaption = () => screen.getByRole('table').querySelector('caption')!.textContent;
    const chartX = () => (document.querySelector('[data-x]') as HTMLElement).dataset.x;
    expect(caption()).toMatch(/지금의 x = 1\./);
    let open = () => {};
    calls.gate = new Promise<void>((r) => (open = r));
    fireEvent.change(screen.getByRole('slider', { name: '입력 x' }), { target: { value: '-2.5' } });
    await waitFor(() => expect(calls.curves.at(-1)).toEqual([-2.5]));
    expect(screen.getByRole('spinbutton', { name: '입력 x 값' })).toHaveProperty('value', '-2.5');
    // still the numbers at x = 1, written with x = 1
    expect(cell('sigmoid')!.dataset.h).toBe('11');
    expect(caption()).toMatch(/지금의 x = 1\./);
    expect(tableCaption()).toMatch(/^x = 1에서/);
    expect(chartX()).toBe('1');
    open();
    await waitFor(() => expect(cell('sigmoid')?.dataset.h).toBe(String(-25 + 1)));
    expect(caption()).toMatch(/지금의 x = −2\.5\./);
    expect(tableCaption()).toMatch(/^x = −2\.5에서/);
    expect(chartX()).toBe('-2.5');
  });

  it('toggles curves', async () => {
    render(<Harness report={() => {}} />);
    await waitFor(() => expect(cell('relu')).not.toBeNull());
    fireEvent.click(screen.getByRole('checkbox', { name: 'tanh' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'ReLU' }));
    expect(cell('tanh')).not.toBeNull();
    expect(cell('relu')).toBeNull();
  });

  it('reports diverged when the engine returns NaN', async () => {
    const report = vi.fn();
    render(<Harness report={report} initial={{ x: 4.5 }} />);
    await waitFor(() =>
      expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ state: 'diverged' })),
    );
  });

  it('the non-linearity demo shows the collapsed matrix and the ReLU kink', async () => {
    render(<Harness report={() => {}} initial={{ stack: true, seed: 7 }} />);
    await waitFor(() =>
      expect(document.querySelector('[data-case="linear"] [data-w]')).not.toBeNull(),
    );
    expect(calls.stacks).toEqual(['identity:7', 'relu:7']);
    const collapse = document.querySelector('[data-case="linear"] [data-w]') as HTMLElement;
    expect(collapse.dataset.w).toBe('10');
    expect(collapse.textContent).toMatch(/W₁W₂W₃ = \[10\]/);
    expect(screen.getAllByRole('table', { name: /W[₁₂₃] 행렬/ })).toHaveLength(3);
    const relu = document.querySelector('[data-case="relu"] [data-max-error]') as HTMLElement;
    expect(Number(relu.dataset.maxError)).toBeGreaterThan(0.5);
  });

  it('before the engine answers, the chart, table and demo wait in their shapes with "…", no number', async () => {
    let open = () => {};
    calls.gate = new Promise<void>((r) => (open = r));
    const { container } = render(<Harness report={() => {}} initial={{ stack: true }} />);
    await waitFor(() => expect(calls.stacks).toEqual(['identity:0']));
    // the chart: its final size with the axes of the shown curves, no curve yet, said so
    const chart = container.querySelector<HTMLElement>('.activation-functions-chart')!;
    expect(chart.getAttribute('aria-busy')).toBe('true');
    expect(chart.getAttribute('aria-label')).toMatch(/계산하는 중/);
    expect(chart.querySelector('svg')!.getAttribute('height')).toBe('300');
    expect(chart.querySelectorAll('line').length).toBeGreaterThan(5);
    expect(chart.querySelectorAll('.activation-functions-line')).toHaveLength(0);
    // the table: a row per shown curve, its cells "…" in the room of a 4-decimal number
    expect(cell('sigmoid')!.dataset.h).toBeUndefined();
    const waiting = [...document.querySelectorAll('tr[data-fn] td')];
    expect(waiting).toHaveLength(6);
    for (const td of waiting) {
      expect(td.querySelector('[data-waiting] .kit-slot-shape')!.textContent).toBe('0.0000');
      expect(td.querySelector('.kit-slot-dots')!.textContent).toBe('…계산 중');
    }
    // the demo: its three matrices in their shapes, its words with "…", its chart's box
    const tables = screen.getAllByRole<HTMLTableElement>('table', { name: /W[₁₂₃] 행렬/ });
    expect(tables.map((t) => [t.rows.length, t.rows[0].cells.length])).toEqual([
      [1, 4],
      [4, 4],
      [4, 1],
    ]);
    for (const t of tables) expect(t.querySelectorAll('td [data-waiting]')).toHaveLength(t.querySelectorAll('td').length); // prettier-ignore
    const linear = document.querySelector('[data-case="linear"] p')!;
    expect(linear.hasAttribute('data-w')).toBe(false);
    expect(linear.querySelectorAll('[data-waiting]')).toHaveLength(3);
    expect(document.querySelectorAll('[data-case="relu"] p [data-waiting]')).toHaveLength(2);
    const stackChart = document.querySelector('.activation-functions-stack-chart')!;
    expect(stackChart.getAttribute('aria-label')).toMatch(/계산하는 중/);
    // no engine number anywhere in the demo (a Slot's invisible template is not one)
    const seen = document.querySelector('.activation-functions-stack')!.cloneNode(true) as HTMLElement; // prettier-ignore
    seen.querySelectorAll('.kit-slot-shape').forEach((e) => e.remove());
    expect(seen.querySelectorAll('td')).toHaveLength(24);
    for (const td of seen.querySelectorAll('td')) expect(td.textContent).toBe('…계산 중');
    open();
    await waitFor(() => expect(cell('sigmoid')?.dataset.h).toBe('11'));
    await waitFor(() => expect(document.querySelectorAll('[data-waiting]')).toHaveLength(0));
    expect(chart.querySelectorAll('.activation-functions-line').length).toBeGreaterThan(0);
    expect(chart.hasAttribute('aria-busy')).toBe(false);
  });
});
