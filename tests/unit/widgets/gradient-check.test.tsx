// @vitest-environment jsdom
// The component with the experiment replaced by a fake that records its inputs (the real
// thresholds and names come from the engine-free meta module): the verdict and the table follow
// the numbers, the bug and h go to the engine, the precision is a page-side choice, the U-curve
// is drawn with its current-h marker, and the frame hears ready with the backend.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import type { GradientCheckResult } from '../../../src/experiments/gradient-check-meta';
import { defaults, type Values } from '../../../src/widgets/schema';
import type { WidgetReport } from '../../../src/widgets/types';
import { schema } from '../../../src/widgets/gradient-check/schema';

interface Call {
  h: number;
  bug: string;
  seed: number;
}
const calls: Call[] = [];
/** when set, the engine answers only once this resolves */
const engine = vi.hoisted(() => ({ gate: null as Promise<void> | null }));
const HIT: Record<string, string[]> = { none: [], 'relu-mask': ['W1', 'b1'], 'bias-sum': ['b1', 'b2'], 'loss-batch': ['W1', 'b1', 'W2', 'b2'] }; // prettier-ignore

vi.mock('../../../src/experiments/client', async () => {
  const meta = await vi.importActual<typeof import('../../../src/experiments/gradient-check-meta')>(
    '../../../src/experiments/gradient-check-meta',
  );
  return {
    ...meta,
    gradientCheckRun: async (o: Call): Promise<GradientCheckResult> => {
      calls.push(o);
      if (engine.gate) await engine.gate;
      const bad = HIT[o.bug];
      // float32 fails at h < 1e−3 (round-off) in this fake; float64 passes everywhere when clean
      const err = (name: string, p: 'float32' | 'float64', h: number) =>
        bad.includes(name) ? 1.5 : p === 'float64' ? 3e-8 : h < 1e-3 ? 0.2 : 1e-2;
      const tensors = meta.GRADIENT_TENSORS.map((name) => ({
        name,
        shape: name === 'W1' ? [784, 50] : [10],
        indices: [1, 2],
        backprop: [1e-3, 2e-3],
        numerical: { float32: [1e-3, 2e-3], float64: [1e-3, 2e-3] },
        meanAbsDiff: { float32: 1e-5, float64: bad.includes(name) ? 2e-3 : 5e-11 },
        relError: { float32: err(name, 'float32', o.h), float64: err(name, 'float64', o.h) },
        meanAbsGrad: 1e-3,
      }));
      const hs = [...meta.GRADIENT_H_GRID];
      const worst = (p: 'float32' | 'float64', h: number) =>
        Math.max(...tensors.map((t) => err(t.name, p, h)));
      return {
        h: o.h,
        bug: o.bug as GradientCheckResult['bug'],
        tensors,
        sweep: { hs, float32: hs.map((h) => worst('float32', h)), float64: hs.map((h) => worst('float64', h)) }, // prettier-ignore
        uCurve: {
          hs,
          float32: hs.map((h) => 1e-7 / h + h * h),
          float64: hs.map((h) => 1e-16 / h + h * h),
          now: { float32: 1e-7 / o.h + o.h * o.h, float64: 1e-16 / o.h + o.h * o.h },
        },
        labels: [5, 0, 4],
        loss: 2.3,
        backend: 'wasm',
      };
    },
  };
});

const { default: GradientCheck } =
  await import('../../../src/widgets/gradient-check/GradientCheck');

type V = Values<typeof schema>;
function Harness({ initial, reports }: { initial?: Partial<V>; reports: WidgetReport[] }) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
  return (
    <div data-testid="values" data-values={JSON.stringify(values)}>
      <GradientCheck
        values={values}
        set={(p) => setValues((v) => ({ ...v, ...p }))}
        schema={schema}
        report={(r) => reports.push(r)}
        resetCount={0}
        instanceKey="gradient-check"
      />
    </div>
  );
}
const root = (c: HTMLElement) => c.querySelector<HTMLElement>('.gradient-check')!;
const lastState = (reports: WidgetReport[]) => reports.filter((r) => r.state).at(-1);

afterEach(() => {
  cleanup();
  calls.length = 0;
  engine.gate = null;
});

describe('gradient-check component', () => {
  test('the book’s defaults: h = 1e−4, no bug, float64 — passes, four rows, the U-curve', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() => expect(root(container).dataset.verdict).toBe('pass'));
    expect(calls[0]).toEqual({ h: 1e-4, bug: 'none', seed: 0 });
    const rows = [...container.querySelectorAll<HTMLElement>('tr[data-tensor]')];
    expect(rows.map((r) => r.dataset.tensor)).toEqual(['W1', 'b1', 'W2', 'b2']);
    expect(rows.every((r) => r.dataset.verdict === 'pass')).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('통과 (PASS)');
    expect(container.querySelector('.gradient-check-chart')!.getAttribute('data-h')).toBe('0.0001');
    // the best h read off the U-curves ε/h + h²: (ε/2)^⅓ ≈ 3.7e−3 → 3.2e−3, 3.7e−6 → 3.2e−6
    const notes = container.querySelector<HTMLElement>('[data-best-h-float32]')!;
    expect(Number(notes.dataset.bestHFloat32)).toBeCloseTo(10 ** -2.5, 8);
    expect(Number(notes.dataset.bestHFloat64)).toBeCloseTo(10 ** -5.5, 10);
    await waitFor(() => expect(lastState(reports)?.state).toBe('ready'));
    expect(reports.some((r) => r.backend === 'wasm')).toBe(true);
  });

  test('before the first numbers it stands as drawn, with … for every number and no verdict', async () => {
    let open = () => {};
    engine.gate = new Promise<void>((r) => (open = r));
    const { container } = render(<Harness reports={[]} />);
    await waitFor(() => expect(calls).toHaveLength(1));
    // the parts it will have, in their places: verdict line, a row per tensor, note, chart, notes
    expect(root(container).dataset.verdict).toBeUndefined();
    expect(screen.getByRole('status').textContent).toContain('계산 중');
    const waiting = [...container.querySelectorAll<HTMLElement>('tr[data-waiting]')];
    expect(waiting.map((r) => r.querySelector('th')!.firstChild!.textContent)).toEqual(['W1', 'b1', 'W2', 'b2']); // prettier-ignore
    expect(waiting[0].textContent).toContain('784×50 · 20개');
    expect(waiting[3].textContent).toContain('10 · 10개');
    // each number cell: "…" seen, "계산 중" heard
    expect(waiting.every((r) => [...r.querySelectorAll('td')].every((td) => td.textContent === '…계산 중'))).toBe(true); // prettier-ignore
    expect(container.querySelector('tr[data-tensor]')).toBeNull();
    const chart = container.querySelector<HTMLElement>('.gradient-check-chart')!;
    expect(chart.dataset.h).toBeUndefined();
    expect(chart.querySelectorAll('circle')).toHaveLength(0); // axes and thresholds, no curve yet
    expect(chart.getAttribute('aria-label')).toContain('계산하는 중');
    expect(container.querySelector('[data-best-h-float32]')).toBeNull();
    // every number of the notes and the table's shapes: "…" in its template's room
    expect(container.querySelectorAll('.kit-slot[data-waiting]')).toHaveLength(8);
    open();
    await waitFor(() => expect(root(container).dataset.verdict).toBe('pass'));
    expect(container.querySelector('tr[data-waiting], [data-waiting]')).toBeNull();
    expect(container.querySelectorAll('tr[data-tensor]')).toHaveLength(4);
  });

  test('a planted bug goes to the engine and the check says FAIL for exactly its tensors', async () => {
    const { container } = render(<Harness reports={[]} />);
    await waitFor(() => expect(root(container).dataset.verdict).toBe('pass'));
    fireEvent.change(screen.getByLabelText('역전파에 심을 버그'), {
      target: { value: 'relu-mask' },
    });
    await waitFor(() => expect(root(container).dataset.verdict).toBe('fail'));
    expect(calls.at(-1)).toEqual({ h: 1e-4, bug: 'relu-mask', seed: 0 });
    expect(root(container).dataset.failing).toBe('W1 b1');
    const status = screen.getByRole('status').textContent!;
    expect(status).toContain('실패 (FAIL): W1, b1');
    expect(status).toContain('h를 어떻게 바꿔도'); // no h rescues a bug
    expect(container.querySelector('.gradient-check-code-wrong')!.textContent).toContain('x <= 0');
  });

  test('float32 at the book’s h fails for round-off, and the verdict points at h, not backward()', async () => {
    const { container } = render(<Harness reports={[]} />);
    await waitFor(() => expect(root(container).dataset.verdict).toBe('pass'));
    const before = calls.length;
    fireEvent.click(screen.getByRole('radio', { name: /^float32/ }));
    await waitFor(() => expect(root(container).dataset.verdict).toBe('fail'));
    expect(calls.length).toBe(before); // the precision is chosen on the page: no new engine call
    expect(container.querySelector('table')!.dataset.precision).toBe('float32');
    expect(screen.getByRole('status').textContent).toContain('h 탓');
    // one half-decade step at a time on the log slider: 1e−4 → 10^−3.5 → 10^−3 passes
    const slider = screen.getByRole('slider', { name: '수치 미분의 h' });
    fireEvent.change(slider, { target: { value: '-3' } });
    await waitFor(() => expect(calls.at(-1)?.h).toBe(0.001));
    await waitFor(() => expect(root(container).dataset.verdict).toBe('pass'));
    expect(JSON.parse(screen.getByTestId('values').dataset.values!).h).toBe(0.001);
  });

  test('while a new bug and seed compute, the code and the seed shown stay those of the numbers', async () => {
    const { container } = render(<Harness reports={[]} />);
    await waitFor(() => expect(root(container).dataset.verdict).toBe('pass'));
    const note = () =>
      [...container.querySelectorAll('.gradient-check-note')].find((p) =>
        p.textContent!.includes('TwoLayerNet'),
      )!.textContent!;
    expect(note()).toContain('(시드 0)');
    let open = () => {};
    engine.gate = new Promise<void>((r) => (open = r));
    fireEvent.change(screen.getByLabelText('역전파에 심을 버그'), {
      target: { value: 'relu-mask' },
    });
    await waitFor(() => expect(calls).toHaveLength(2));
    fireEvent.change(screen.getByRole('spinbutton', { name: '가중치 시드 값' }), {
      target: { value: '7' },
    });
    // still the clean run with seed 0: no planted code beside its PASS, and its seed
    expect(root(container).dataset.verdict).toBe('pass');
    expect(container.querySelector('.gradient-check-code')).toBeNull();
    expect(note()).toContain('(시드 0)');
    engine.gate = null;
    open();
    await waitFor(() => expect(note()).toContain('(시드 7)'));
    expect(calls.at(-1)).toEqual({ h: 1e-4, bug: 'relu-mask', seed: 7 });
    expect(root(container).dataset.verdict).toBe('fail');
    expect(container.querySelector('.gradient-check-code-wrong')!.textContent).toContain('x <= 0');
  });
});
