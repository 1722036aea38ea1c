// @vitest-environment jsdom
// The component with the experiments replaced by the book's formulas in plain JS: what it draws,
// what it reports, and how its controls change the parameters.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { defaults, type Values } from '../../../src/widgets/schema';
import type { WidgetReport } from '../../../src/widgets/types';
import { schema } from '../../../src/widgets/optimizer-trajectories/schema';
import { bookRun, type Opt } from '../../shared/book-optimizers';

const calls: Array<{
  start?: [number, number];
  steps?: number;
  surface?: string;
  optimizers: string[];
}> = [];
/** when set, the engine's runs answer only once this resolves */
const hold: { gate: Promise<void> | null } = { gate: null };
vi.mock('../../../src/experiments/client', () => ({
  OPTIMIZER_NAMES: ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'],
  SURFACES: {
    bowl: {
      label: 'bowl',
      tex: 'f(x, y) = \\frac{1}{20}x^2 + y^2',
      x: [-10, 10],
      y: [-5, 5],
      start: [-7, 2],
    },
    rosenbrock: { label: 'r', tex: 'r', x: [-2, 2], y: [-1, 3], start: [-1.5, 2] },
    saddle: { label: 's', tex: 's', x: [-2, 2], y: [-2, 2], start: [-1.5, 0.01] },
  },
  surfaceGrid: async (o: { nx: number; ny: number; x: [number, number]; y: [number, number] }) => {
    const out = new Float32Array(o.nx * o.ny);
    for (let j = 0; j < o.ny; j++)
      for (let i = 0; i < o.nx; i++) {
        const x = o.x[0] + ((o.x[1] - o.x[0]) * i) / (o.nx - 1);
        const y = o.y[0] + ((o.y[1] - o.y[0]) * j) / (o.ny - 1);
        out[j * o.nx + i] = (x * x) / 20 + y * y;
      }
    return out;
  },
  optimizerRuns: async (o: {
    runs: Array<{ optimizer: Opt; lr: number }>;
    start?: [number, number];
    steps?: number;
    surface?: string;
  }) => {
    calls.push({
      start: o.start,
      steps: o.steps,
      surface: o.surface,
      optimizers: o.runs.map((r) => r.optimizer),
    });
    if (hold.gate) await hold.gate;
    const runs = o.runs.map((r) => {
      const { pts, state } = bookRun(r.optimizer, r.lr, o.start ?? [-7, 2], o.steps ?? 30);
      const values = pts.map(([x, y]) => (x * x) / 20 + y * y);
      const bad = pts.findIndex(
        ([x, y]) => !Number.isFinite(x) || !Number.isFinite(y) || Math.abs(y) > 1e6,
      );
      return { ...r, points: pts, values, state, divergedAt: bad < 0 ? null : bad };
    });
    return { runs, backend: 'cpu', ms: 1 };
  },
}));

const { default: OptimizerTrajectories } =
  await import('../../../src/widgets/optimizer-trajectories/OptimizerTrajectories');

type V = Values<typeof schema>;
function Harness({ initial, reports }: { initial?: Partial<V>; reports: WidgetReport[] }) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
  return (
    <div data-testid="values" data-values={JSON.stringify(values)}>
      <OptimizerTrajectories
        values={values}
        set={(p) => setValues((v) => ({ ...v, ...p }))}
        schema={schema}
        report={(r) => reports.push(r)}
        resetCount={0}
        instanceKey="optimizer-trajectories"
      />
    </div>
  );
}
const currentValues = (): V => JSON.parse(screen.getByTestId('values').dataset.values!);
const lastState = (reports: WidgetReport[]) => reports.filter((r) => r.state).at(-1);

afterEach(() => {
  cleanup();
  calls.length = 0;
});

describe('optimizer-trajectories component', () => {
  test('draws six panels with the book’s trajectories and reports ready with time and backend', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() =>
      expect(container.querySelectorAll('.optimizer-trajectories__run')).toHaveLength(6),
    );
    const panels = [...container.querySelectorAll('figure[data-optimizer]')].map((f) =>
      f.getAttribute('data-optimizer'),
    );
    expect(panels).toEqual(['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam']);
    for (const g of container.querySelectorAll<SVGGElement>('.optimizer-trajectories__run')) {
      const o = g.dataset.optimizer as Opt;
      const pts = JSON.parse(g.dataset.points!);
      expect(pts).toHaveLength(31);
      expect(pts).toEqual(bookRun(o, Number(g.dataset.lr), [-7, 2], 30).pts);
      const d = g.querySelector('path')!.getAttribute('d')!;
      expect(d.match(/[ML]/g)).toHaveLength(31);
    }
    await waitFor(() => expect(lastState(reports)?.state).toBe('ready'));
    expect(reports.some((r) => r.backend === 'cpu' && typeof r.updateMs === 'number')).toBe(true);
    // Contours come from the engine's grid.
    await waitFor(() =>
      expect(
        container.querySelectorAll('.optimizer-trajectories__contours path').length,
      ).toBeGreaterThan(5),
    );
    // The step table shows every optimizer at the last step.
    expect(container.querySelectorAll('tbody tr')).toHaveLength(6);
  });

  test('SGD at lr 10 is drawn as diverged and reported with a Korean message', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} initial={{ 'lr-sgd': 10 }} />);
    await waitFor(() => expect(lastState(reports)?.state).toBe('diverged'));
    expect(lastState(reports)?.message).toMatch(/^SGD가 발산했어요 \(학습률 10\)/);
    const sgd = container.querySelector('figure[data-optimizer="sgd"]')!;
    expect(sgd.hasAttribute('data-diverged')).toBe(true);
    expect(sgd.textContent).toContain('발산');
    expect(
      container.querySelector('figure[data-optimizer="adam"]')!.hasAttribute('data-diverged'),
    ).toBe(false);
    // Hiding SGD clears the diverged state: only what is shown counts.
    fireEvent.click(screen.getByLabelText('SGD 보이기'));
    await waitFor(() => expect(lastState(reports)?.state).toBe('ready'));
    expect(container.querySelector('figure[data-optimizer="sgd"]')).toBeNull();
  });

  test('the start point moves with the arrow keys and the runs are recomputed from it', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() =>
      expect(container.querySelectorAll('.optimizer-trajectories__run')).toHaveLength(6),
    );
    const handle = container.querySelector<SVGGElement>(
      '.optimizer-trajectories__handle[tabindex="0"]',
    )!;
    expect(handle.getAttribute('aria-label')).toBe('시작점 (−7, 2)');
    // the other panels' copies of the same point are hidden from a screen reader: one 시작점 button
    expect(screen.getAllByRole('button', { name: /시작점/ })).toHaveLength(1);
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    fireEvent.keyDown(handle, { key: 'ArrowUp', shiftKey: true });
    expect(currentValues()['start-x']).toBeCloseTo(-6.5);
    expect(currentValues()['start-y']).toBeCloseTo(3.25);
    await waitFor(() => expect(calls.at(-1)?.start).toEqual([-6.5, 3.25]));
    await waitFor(() => {
      const pts = JSON.parse(
        container.querySelector<SVGGElement>('[data-optimizer="adam"].optimizer-trajectories__run')!
          .dataset.points!,
      );
      expect(pts[0]).toEqual([-6.5, 3.25]);
    });
  });

  test('the line above the panels names the start of the paths drawn, not a start still computing', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() =>
      expect(container.querySelectorAll('.optimizer-trajectories__run')).toHaveLength(6),
    );
    const line = () => container.querySelector('.optimizer-trajectories__function')!.textContent;
    expect(line()).toContain('시작점 (−7, 2)');
    let open = () => {};
    hold.gate = new Promise<void>((r) => (open = r));
    try {
      const handle = container.querySelector<SVGGElement>(
        '.optimizer-trajectories__handle[tabindex="0"]',
      )!;
      fireEvent.keyDown(handle, { key: 'ArrowRight' });
      await waitFor(() => expect(calls.at(-1)?.start).toEqual([-6.5, 2]));
      expect(line()).toContain('시작점 (−7, 2)');
    } finally {
      open();
      hold.gate = null;
    }
    await waitFor(() => expect(line()).toContain('시작점 (−6.5, 2)'));
  });

  test('changing the function moves the start to that function’s own start; overlaid layout draws one panel', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() =>
      expect(container.querySelectorAll('.optimizer-trajectories__run')).toHaveLength(6),
    );
    fireEvent.change(screen.getByLabelText('함수'), { target: { value: 'saddle' } });
    expect(currentValues()).toMatchObject({ surface: 'saddle', 'start-x': -1.5, 'start-y': 0.01 });
    await waitFor(() => expect(calls.at(-1)?.surface).toBe('saddle'));
    fireEvent.change(screen.getByLabelText('보기 방식'), { target: { value: 'overlaid' } });
    await waitFor(() =>
      expect(container.querySelectorAll('figure.optimizer-trajectories__panel')).toHaveLength(1),
    );
    expect(container.querySelectorAll('.optimizer-trajectories__run')).toHaveLength(6);
  });

  test('a directive naming another function but the book’s start uses that function’s start', async () => {
    const reports: WidgetReport[] = [];
    render(<Harness reports={reports} initial={{ surface: 'rosenbrock' }} />);
    await waitFor(() =>
      expect(calls.at(-1)).toMatchObject({ surface: 'rosenbrock', start: [-1.5, 2] }),
    );
  });

  test('step and the step slider show an earlier step; learning-rate and steps sliders change the parameters', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() =>
      expect(container.querySelectorAll('.optimizer-trajectories__run')).toHaveLength(6),
    );
    const root = container.querySelector<HTMLElement>('.optimizer-trajectories')!;
    expect(root.dataset.step).toBe('30');
    fireEvent.change(screen.getByLabelText('현재 단계'), { target: { value: '3' } });
    expect(root.dataset.step).toBe('3');
    const sgdPath = container
      .querySelector('[data-optimizer="sgd"].optimizer-trajectories__run path')!
      .getAttribute('d')!;
    expect(sgdPath.match(/[ML]/g)).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: /한 단계/ }));
    expect(root.dataset.step).toBe('4');
    expect(container.querySelector('caption')!.textContent).toContain('4단계');

    fireEvent.change(screen.getByLabelText('Adam 학습률'), {
      target: { value: String(Math.log10(0.05)) },
    });
    expect(currentValues()['lr-adam']).toBeCloseTo(0.05);
    fireEvent.change(screen.getByLabelText('갱신 횟수'), { target: { value: '10' } });
    expect(currentValues().steps).toBe(10);
    await waitFor(() => expect(calls.at(-1)?.steps).toBe(10));
    await waitFor(() =>
      expect(
        JSON.parse(
          container.querySelector<SVGGElement>('.optimizer-trajectories__run')!.dataset.points!,
        ),
      ).toHaveLength(11),
    );
  });

  test('moving one learning rate asks the engine for that optimizer alone; a picture seen before is kept', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() =>
      expect(container.querySelectorAll('.optimizer-trajectories__run')).toHaveLength(6),
    );
    const sgd = () =>
      container.querySelector<SVGGElement>('[data-optimizer="sgd"].optimizer-trajectories__run')!
        .dataset;
    const bookLr = Number(sgd().lr);
    const bookPoints = sgd().points;
    const sgdLr = screen.getByLabelText('SGD 학습률');
    fireEvent.change(sgdLr, { target: { value: String(Math.log10(0.37)) } });
    await waitFor(() => expect(Number(sgd().lr)).toBeCloseTo(0.37));
    expect(calls.at(-1)?.optimizers).toEqual(['sgd']);
    expect(JSON.parse(sgd().points!)).toEqual(bookRun('sgd', Number(sgd().lr), [-7, 2], 30).pts);
    // back to the book's lr: the whole picture is kept (no call at all), the same numbers
    const asked = calls.length;
    fireEvent.change(sgdLr, { target: { value: String(Math.log10(bookLr)) } });
    expect(Number(sgd().lr)).toBe(bookLr);
    expect(sgd().points).toBe(bookPoints);
    // a new lr: SGD alone is asked for
    fireEvent.change(sgdLr, { target: { value: String(Math.log10(0.5)) } });
    await waitFor(() => expect(Number(sgd().lr)).toBeCloseTo(0.5));
    expect(calls.slice(asked).map((c) => c.optimizers)).toEqual([['sgd']]);
  });

  test('play animates from step 0 to the end', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} initial={{ steps: 3 }} />);
    await waitFor(() =>
      expect(container.querySelectorAll('.optimizer-trajectories__run')).toHaveLength(6),
    );
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const root = container.querySelector<HTMLElement>('.optimizer-trajectories')!;
      fireEvent.click(screen.getByRole('button', { name: /재생/ }));
      expect(root.dataset.step).toBe('0');
      expect(lastState(reports)?.state).toBe('running');
      act(() => vi.advanceTimersByTime(200));
      expect(root.dataset.step).toBe('1');
      act(() => vi.advanceTimersByTime(1000));
      expect(root.dataset.step).toBe('3');
      expect(lastState(reports)?.state).toBe('ready');
    } finally {
      vi.useRealTimers();
    }
  });
});
