// @vitest-environment jsdom
// The component with the experiment replaced by a fake that records its inputs: what it draws,
// what it reports, how its controls and presets set the parameters, and the cache on unmount;
// before the engine's first answer, one frame per layer waits in its shape with "…".
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { defaults, type Values } from '../../../src/widgets/schema';
import type { WidgetReport } from '../../../src/widgets/types';
import { schema } from '../../../src/widgets/weight-init-histograms/schema';

interface Call {
  activation: string;
  init: 'xavier' | 'he' | number;
  layers: number;
  nodes: number;
  samples: number;
  seed: number;
  bins: number;
  range: [number, number];
  gradients: boolean;
}
const calls: Call[] = [];
const disposed = vi.fn();
/** when set, the engine answers only once this resolves */
const hold: { gate: Promise<void> | null } = { gate: null };
vi.mock('../../../src/experiments/client', () => ({
  DEFAULT_RANGE: { sigmoid: [0, 1], tanh: [-1, 1], relu: [0, 1] },
  disposeWeightInitCache: () => disposed(),
  weightInitHistograms: async (o: Call) => {
    calls.push(o);
    if (hold.gate) await hold.gate;
    const std =
      o.init === 'xavier'
        ? Math.sqrt(1 / o.nodes)
        : o.init === 'he'
          ? Math.sqrt(2 / o.nodes)
          : o.init;
    const total = o.samples * o.nodes;
    const overflow = std >= 10 && o.activation === 'relu';
    const layers = Array.from({ length: o.layers }, (_, i) => {
      const counts = Array.from({ length: o.bins }, () => 0);
      // All values in range except a 10% spill for ReLU.
      const inRange = o.activation === 'relu' ? total * 0.9 : total;
      counts[Math.min(o.bins - 1, i * 3)] = inRange - (o.bins - 1);
      for (let b = 0; b < o.bins; b++) if (b !== Math.min(o.bins - 1, i * 3)) counts[b] += 1;
      const layer: {
        counts: number[];
        mean: number;
        std: number;
        saturated: number;
        gradCounts?: number[];
        gradRange?: [number, number];
      } = {
        counts,
        mean: overflow && i >= 2 ? NaN : 0.5,
        std: overflow && i >= 2 ? Infinity : 0.2,
        saturated: 0.25,
      };
      if (o.gradients) {
        layer.gradCounts = Array.from({ length: o.bins }, (_, b) =>
          b === 15 ? o.nodes * o.nodes : 0,
        );
        layer.gradRange = [-(10 ** -i), 10 ** -i];
      }
      return layer;
    });
    return {
      range: o.range,
      layers,
      std,
      backend: 'wasm',
      ms: 2,
      timing: { kernelsMs: 1, readbackMs: 1 },
    };
  },
}));

const { default: WeightInitHistograms } =
  await import('../../../src/widgets/weight-init-histograms/WeightInitHistograms');

type V = Values<typeof schema>;
function Harness({ initial, reports }: { initial?: Partial<V>; reports: WidgetReport[] }) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
  return (
    <div data-testid="values" data-values={JSON.stringify(values)}>
      <WeightInitHistograms
        values={values}
        set={(p) => setValues((v) => ({ ...v, ...p }))}
        schema={schema}
        report={(r) => reports.push(r)}
        resetCount={0}
        instanceKey="weight-init-histograms"
      />
    </div>
  );
}
const currentValues = (): V => JSON.parse(screen.getByTestId('values').dataset.values!);
const lastState = (reports: WidgetReport[]) => reports.filter((r) => r.state).at(-1);
const layersOf = (c: HTMLElement, kind = 'activation') => [
  ...c.querySelectorAll<HTMLElement>(`figure[data-kind="${kind}"]`),
];

afterEach(() => {
  cleanup();
  calls.length = 0;
  disposed.mockClear();
  hold.gate = null;
});

describe('weight-init-histograms component', () => {
  test('asks the engine for the book’s experiment and draws one 30-bin histogram per layer with its stats', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() => expect(layersOf(container)).toHaveLength(5));
    expect(calls[0]).toMatchObject({
      activation: 'sigmoid',
      init: 1,
      layers: 5,
      nodes: 100,
      samples: 1000,
      bins: 30,
      range: [0, 1],
      gradients: false,
    });
    for (const f of layersOf(container)) {
      const counts = JSON.parse(f.dataset.counts!);
      expect(counts).toHaveLength(30);
      expect(counts.reduce((a: number, b: number) => a + b, 0)).toBe(100_000);
      expect(f.dataset.outside).toBe('0');
      expect(f.querySelector('.weight-init-histograms__bar')?.getAttribute('data-bars')).toBe('30');
      expect(f.querySelector('.weight-init-histograms__bar')?.getAttribute('d')).toMatch(/^M/);
      expect(f.textContent).toContain('평균');
      expect(f.textContent).toContain('포화 비율');
    }
    await waitFor(() => expect(lastState(reports)?.state).toBe('ready'));
    expect(reports.some((r) => r.backend === 'wasm' && typeof r.updateMs === 'number')).toBe(true);
    // The formula is typeset with KaTeX.
    expect(container.querySelector('.weight-init-histograms__formula .katex')).not.toBeNull();
  });

  test('presets set Xavier / He / 0.01; the slider switches back to a plain std', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() => expect(layersOf(container)).toHaveLength(5));
    fireEvent.click(screen.getByRole('button', { name: 'Xavier' }));
    expect(currentValues().init).toBe('xavier');
    await waitFor(() => expect(calls.at(-1)?.init).toBe('xavier'));
    // the formula line follows once Xavier's histograms are drawn
    await waitFor(() =>
      expect(
        container.querySelector('.weight-init-histograms__formula annotation')!.textContent,
      ).toContain('\\sqrt{\\tfrac{1}{100}}'),
    );
    expect(screen.getByRole('button', { name: 'Xavier' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // The slider shows the σ the engine used: √(1/100) = 0.1.
    await waitFor(() =>
      expect((screen.getByLabelText('가중치 표준편차 σ 값') as HTMLInputElement).value).toBe('0.1'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'He' }));
    await waitFor(() => expect(calls.at(-1)?.init).toBe('he'));
    fireEvent.click(screen.getByRole('button', { name: 'σ = 0.01' }));
    expect(currentValues()).toMatchObject({ init: 'std', std: 0.01 });
    fireEvent.change(screen.getByLabelText('가중치 표준편차 σ'), { target: { value: '-0.5' } });
    expect(currentValues().init).toBe('std');
    expect(currentValues().std).toBe(0.316); // 10^−0.5, the shortest decimal on its position
    await waitFor(() => expect(calls.at(-1)?.init).toBe(0.316));
  });

  test('activation changes the fixed range; ReLU shows the zero share and the share outside the range', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() => expect(layersOf(container)).toHaveLength(5));
    fireEvent.change(screen.getByLabelText('활성화 함수'), { target: { value: 'tanh' } });
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ activation: 'tanh', range: [-1, 1] }));
    fireEvent.change(screen.getByLabelText('활성화 함수'), { target: { value: 'relu' } });
    await waitFor(() =>
      expect(
        container.querySelector('.weight-init-histograms')!.getAttribute('data-activation'),
      ).toBe('relu'),
    );
    const f = layersOf(container)[0];
    expect(f.textContent).toContain('0인 비율');
    expect(f.textContent).toContain('범위 밖');
    expect(Number(f.dataset.outside) + Number(f.dataset.countSum)).toBe(100_000);
  });

  test('overflowing layers show ∞/NaN and the widget reports diverged', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(
      <Harness reports={reports} initial={{ activation: 'relu', std: 10 }} />,
    );
    await waitFor(() => expect(lastState(reports)?.state).toBe('diverged'));
    expect(lastState(reports)?.message).toMatch(/^3층부터 값이 넘쳤어요/);
    expect(layersOf(container)[2].hasAttribute('data-diverged')).toBe(true);
    expect(layersOf(container)[2].textContent).toContain('∞ / NaN');
    fireEvent.click(screen.getByRole('button', { name: 'He' }));
    await waitFor(() => expect(lastState(reports)?.state).toBe('ready'));
  });

  test('seed, gradients and the experiment settings are controls; unmount frees the engine cache', async () => {
    const reports: WidgetReport[] = [];
    const { container, unmount } = render(<Harness reports={reports} />);
    await waitFor(() => expect(layersOf(container)).toHaveLength(5));
    fireEvent.change(screen.getByLabelText('난수 시드 값'), { target: { value: '42' } });
    await waitFor(() => expect(calls.at(-1)?.seed).toBe(42));
    fireEvent.click(screen.getByRole('button', { name: '다른 난수로' }));
    expect(currentValues().seed).not.toBe(42);
    fireEvent.click(screen.getByLabelText('역전파 기울기 히스토그램도 보기'));
    await waitFor(() => expect(layersOf(container, 'gradient')).toHaveLength(5));
    expect(calls.at(-1)?.gradients).toBe(true);
    fireEvent.change(screen.getByLabelText('층 수'), { target: { value: '3' } });
    await waitFor(() => expect(layersOf(container)).toHaveLength(3));
    expect(disposed).not.toHaveBeenCalled();
    unmount();
    expect(disposed).toHaveBeenCalledTimes(1);
  });

  test('the formula line names the σ and n of the histograms drawn, not a σ still computing', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() => expect(layersOf(container)).toHaveLength(5));
    const sigma = () => container.querySelector('.weight-init-histograms__sigma')!.textContent;
    const tex = () =>
      container.querySelector('.weight-init-histograms__formula annotation')!.textContent;
    expect(sigma()).toBe('1');
    let open = () => {};
    hold.gate = new Promise<void>((r) => (open = r));
    fireEvent.change(screen.getByRole('spinbutton', { name: '가중치 표준편차 σ 값' }), {
      target: { value: '0.05' },
    });
    await waitFor(() => expect(calls.at(-1)?.init).toBe(0.05));
    expect(sigma()).toBe('1'); // the histograms on screen are still σ = 1's
    open();
    await waitFor(() => expect(sigma()).toBe('0.05'));
    // Xavier with n = 100 drawn; the nodes setting moves to 50: √(1/100) until n = 50's arrive
    fireEvent.click(screen.getByRole('button', { name: 'Xavier' }));
    await waitFor(() => expect(tex()).toContain('\\sqrt{\\tfrac{1}{100}}'));
    hold.gate = new Promise<void>((r) => (open = r));
    fireEvent.change(screen.getByRole('spinbutton', { name: '층당 노드 수 n 값' }), {
      target: { value: '50' },
    });
    await waitFor(() => expect(calls.at(-1)?.nodes).toBe(50));
    expect(tex()).toContain('\\sqrt{\\tfrac{1}{100}}');
    expect(sigma()).toBe('= 0.1');
    open();
    await waitFor(() => expect(tex()).toContain('\\sqrt{\\tfrac{1}{50}}'));
  });

  test('before the engine answers, one frame per layer (and per gradient) waits in its shape with "…", no number', async () => {
    let open = () => {};
    hold.gate = new Promise<void>((r) => (open = r));
    const init = { layers: 4, gradients: true, init: 'xavier' } as const;
    const { container } = render(<Harness reports={[]} initial={init} />);
    await waitFor(() => expect(calls).toHaveLength(1));
    const waiting = (kind: string) => [
      ...container.querySelectorAll<HTMLElement>(`figure[data-waiting="${kind}"]`),
    ];
    const text = (f: Element, sel: string) => [...f.querySelectorAll(sel)].map((e) => e.textContent); // prettier-ignore
    expect([waiting('activation').length, waiting('gradient').length]).toEqual([4, 4]);
    expect(layersOf(container)).toHaveLength(0); // no histogram drawn, no counts
    for (const [i, f] of waiting('activation').entries()) {
      expect([f.querySelector('figcaption')!.textContent, f.ariaBusy]).toEqual([`${i + 1}층`, 'true']); // prettier-ignore
      // the empty plot: its background, no bars, and a label that says it is being computed
      const svg = f.querySelector('svg')!;
      expect(svg.querySelector('.weight-init-histograms__plot-bg')).not.toBeNull();
      expect(svg.querySelector('.weight-init-histograms__bar')).toBeNull();
      expect(svg.getAttribute('aria-label')).toBe(`${i + 1}층 활성화값 히스토그램: 계산 중`);
      // the statistics' names, each with "…" (heard as 계산 중) where the engine's number goes
      expect(text(f, 'dt')).toEqual(['평균', '표준편차', '포화 비율']);
      expect(text(f, 'dd [data-waiting] .kit-slot-dots')).toEqual(Array(3).fill('…계산 중'));
      // the range (fixed for the activation) is not the engine's: it stands
      expect(f.querySelector('.weight-init-histograms__range')!.textContent).toBe('01');
    }
    for (const f of waiting('gradient')) {
      expect(text(f, 'dt')).toEqual(['최대 |∂L/∂W|']);
      expect(text(f, '.weight-init-histograms__range > span')).toEqual(['…계산 중', '…계산 중']);
    }
    const row = container.querySelector('[aria-label="층별 활성화값 분포"]')!;
    expect(row.getAttribute('aria-busy')).toBe('true');
    // no engine number: the captions and fixed range aside, only names and "…" (a Slot's
    // invisible template is not a number)
    const seen = row.cloneNode(true) as HTMLElement;
    const notNumbers = 'figcaption, .weight-init-histograms__range, .kit-slot-shape';
    seen.querySelectorAll(notNumbers).forEach((e) => e.remove());
    expect(seen.textContent).toMatch(/^(평균|표준편차|포화 비율|…|계산 중)+$/);
    // Xavier's σ is the engine's: "…" in the formula line too
    expect(container.querySelector('.weight-init-histograms__sigma [data-waiting]')).not.toBeNull();
    open();
    await waitFor(() => expect(layersOf(container, 'gradient')).toHaveLength(4));
    expect(layersOf(container)).toHaveLength(4);
    expect(container.querySelectorAll('[data-waiting]')).toHaveLength(0);
    expect(layersOf(container)[0].querySelector('dd')!.textContent).toBe('0.5');
  });
});
