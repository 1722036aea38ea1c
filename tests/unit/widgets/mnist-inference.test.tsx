// @vitest-environment jsdom
// The component with the experiments replaced by fakes: the files load (or fail, in Korean,
// with a retry), one image at a time runs first and can be stopped, then batches of B; the
// shapes follow B; the grid selects by click and keys; the wrong-only filter; unmount frees.
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { defaults, type Values } from '../../../src/widgets/schema';
import type { WidgetReport } from '../../../src/widgets/types';
import { schema } from '../../../src/widgets/mnist-inference/schema';
import type { InferenceProgress, InferenceRunResult } from '../../../src/experiments/inference';

const N = 120;
const labels = Uint8Array.from({ length: N }, (_, i) => i % 10);
// digits 5, 17, 29, … (every 12th from 5) are "wrong": their probabilities point at label + 1
const wrong = (i: number) => i % 12 === 5;
const guess = (i: number) => (wrong(i) ? (labels[i] + 1) % 10 : labels[i]);
const probs = new Float32Array(N * 10);
for (let i = 0; i < N; i++) {
  probs.fill(0.01, i * 10, i * 10 + 10);
  probs[i * 10 + guess(i)] = 0.91;
}
const runs: Array<{ batchSize: number; stop: () => void; finish: () => void }> = [];
const disposed = vi.fn();
let failLoad = false;
/** while set, the files are "on their way" until it resolves */
let loadGate: Promise<void> | null = null;
let manual = false;

vi.mock('../../../src/experiments/client', () => ({
  BOOK_INFERENCE_BATCH: 100,
  BOOK_INFERENCE_LAYERS: [
    [784, 50],
    [50, 100],
    [100, 10],
  ],
  INFERENCE_BATCH_SIZES: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000],
  engineBackend: async () => 'wasm',
  disposeInference: () => disposed(),
  loadInference: async (onProgress?: (p: { bytesLoaded: number; bytesTotal: number }) => void) => {
    onProgress?.({ bytesLoaded: 10, bytesTotal: 100 });
    if (loadGate) await loadGate;
    if (failLoad) throw new Error('가중치 파일(ch3-sample-weight.bin)을 받지 못했어요: 연결 실패');
    return {
      n: N, rows: 28, cols: 28, labels, images: new Uint8Array(N * 784),
      layers: [{ W: [784, 50], b: [50] }, { W: [50, 100], b: [100] }, { W: [100, 10], b: [10] }],
    }; // prettier-ignore
  },
  inferenceProbabilities: async () => probs,
  runInference: (o: {
    batchSize: number;
    signal?: AbortSignal;
    onProgress?: (p: InferenceProgress) => void;
  }) =>
    new Promise<InferenceRunResult>((resolve) => {
      const correct = (done: number) => labels.subarray(0, done).filter((_, i) => !wrong(i)).length; // prettier-ignore
      const result = (done: number, stopped: boolean): InferenceRunResult => ({
        done, total: N, correct: correct(done), elapsedMs: o.batchSize === 1 ? 600 : 60,
        readbacks: 2, batchSize: o.batchSize, stopped, warmupMs: 1, backend: 'wasm',
        predictions: Uint8Array.from({ length: N }, (_, i) => (i < done ? guess(i) : 255)),
      }); // prettier-ignore
      const stop = () => resolve(result(60, true));
      o.signal?.addEventListener('abort', stop);
      o.onProgress?.({ done: 60, total: N, correct: correct(60), elapsedMs: 300, readbacks: 1 });
      const finish = () => resolve(result(N, false));
      runs.push({ batchSize: o.batchSize, stop, finish });
      if (!manual) setTimeout(finish, 0);
    }),
}));

const { default: MnistInference } =
  await import('../../../src/widgets/mnist-inference/MnistInference');

type V = Values<typeof schema>;
function Harness({ initial, reports }: { initial?: Partial<V>; reports: WidgetReport[] }) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
  return (
    <div data-testid="values" data-values={JSON.stringify(values)}>
      <MnistInference
        values={values}
        set={(p) => setValues((v) => ({ ...v, ...p }))}
        schema={schema}
        report={(r) => reports.push(r)}
        resetCount={0}
        instanceKey="mnist-inference"
      />
    </div>
  );
}
const currentValues = (): V => JSON.parse(screen.getByTestId('values').dataset.values!);
const lastState = (reports: WidgetReport[]) => reports.filter((r) => r.state).at(-1);
const stats = (c: HTMLElement, run: string) =>
  c.querySelector<HTMLElement>(`[data-run="${run}"] .mnist-inference-stats`)!;
const shapes = (c: HTMLElement, run: string) =>
  c.querySelector(`[data-run="${run}"] .mnist-inference-shapes`)!.getAttribute('data-shapes');

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as never; // jsdom has no canvas
});
afterEach(() => {
  cleanup();
  runs.length = 0;
  disposed.mockClear();
  failLoad = false;
  manual = false;
  loadGate = null;
});

describe('mnist-inference component', () => {
  test('one image at a time first, then batches of 100; shapes; ready on the backend', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() => expect(stats(container, 'batch')?.dataset.finished).toBe('true'));
    expect(runs.map((r) => r.batchSize)).toEqual([1, 100]);
    expect(stats(container, 'single').textContent).toContain('정확도 0.9167 (110 / 120)');
    expect(shapes(container, 'single')).toBe(
      'X (784,) · W1 (784, 50) → (50,) · W2 (50, 100) → (100,) · W3 (100, 10) → Y (10,)',
    );
    expect(shapes(container, 'batch')).toContain('X (100, 784)');
    expect(container.querySelector('[data-speedup]')!.getAttribute('data-speedup')).toBe('10.00');
    expect(container.querySelectorAll('.mnist-inference-log tr[data-batch]')).toHaveLength(2);
    expect(container.querySelectorAll('.mnist-inference-log tr[data-waiting]')).toHaveLength(0);
    await waitFor(() => expect(lastState(reports)?.state).toBe('ready'));
    expect(reports.some((r) => r.backend === 'wasm' && typeof r.updateMs === 'number')).toBe(true);
    expect(reports.some((r) => r.state === 'running')).toBe(true);
  });

  test('B from the number box and the slider runs batches of that size and rewrites the shapes', async () => {
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() => expect(runs).toHaveLength(2));
    fireEvent.change(screen.getByLabelText('배치 크기 B 값'), { target: { value: '128' } });
    expect(currentValues().batch).toBe(128);
    await waitFor(() => expect(runs.at(-1)?.batchSize).toBe(128));
    expect(shapes(container, 'batch')).toContain('Y (128, 10)');
    fireEvent.change(screen.getByLabelText('배치 크기 B'), { target: { value: '9' } });
    expect(currentValues().batch).toBe(1000);
    await waitFor(() => expect(runs.at(-1)?.batchSize).toBe(1000));
  });

  test('stopping one at a time keeps its numbers and an estimate; the batches run next', async () => {
    manual = true;
    const reports: WidgetReport[] = [];
    const { container } = render(<Harness reports={reports} />);
    await waitFor(() => expect(runs).toHaveLength(1));
    expect(container.querySelector('[data-run="batch"]')!.textContent).toContain('끝나면 잴게요');
    fireEvent.click(screen.getByRole('button', { name: '멈추기' }));
    await waitFor(() => expect(stats(container, 'single').dataset.stopped).toBe('true'));
    expect(stats(container, 'single').textContent).toMatch(/60장에서 멈춤 .* 120장이면 약 1.20 s/);
    await waitFor(() => expect(runs).toHaveLength(2));
    act(() => runs[1].finish());
    await waitFor(() => expect(lastState(reports)?.state).toBe('ready'));
    expect(container.querySelector('.mnist-inference-speedup')!.textContent).toContain('60장을 잰 속도로'); // prettier-ignore
    fireEvent.click(screen.getByRole('button', { name: '한 장씩 다시 실행' }));
    await waitFor(() => expect(runs.at(-1)?.batchSize).toBe(1));
  });

  test('the grid: click and arrow keys pick a digit; its ten probabilities; wrong-only', async () => {
    const { container } = render(<Harness reports={[]} initial={{ digit: 3 }} />);
    await waitFor(() => expect(container.querySelectorAll('.mnist-inference-tile')).toHaveLength(56)); // prettier-ignore
    const detail = () => container.querySelector<HTMLElement>('.mnist-inference-detail')!;
    expect(detail().dataset.index).toBe('3');
    fireEvent.click(container.querySelector('[data-index="5"].mnist-inference-tile')!);
    expect(currentValues().digit).toBe(5);
    expect(detail().dataset.predicted).toBe('6');
    expect(detail().dataset.label).toBe('5');
    expect(detail().dataset.probs!.split(',')[6]).toBe('0.9100');
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'ArrowRight' });
    expect(currentValues().digit).toBe(6);
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'PageDown' });
    expect(currentValues().digit).toBe(62);
    expect(container.querySelector('[data-wrong="10"]')!.textContent).toContain('틀린 것 10장');
    fireEvent.click(screen.getByLabelText('틀린 것만 보기'));
    expect(currentValues()).toMatchObject({ 'wrong-only': true, digit: 5 });
    expect(container.querySelectorAll('.mnist-inference-tile')).toHaveLength(10);
    expect(container.querySelectorAll('.mnist-inference-tile:not([data-wrong])')).toHaveLength(0);
  });

  test('while the files are on their way: the loaded layout already, its boxes empty', async () => {
    let arrive = () => {};
    loadGate = new Promise((r) => (arrive = r));
    const { container } = render(<Harness reports={[]} />);
    await waitFor(
      () =>
      expect(container.querySelector('.mnist-inference-loading')!.textContent).toContain('0.0 / 0.0 MB'), // prettier-ignore
    );
    // the book's shapes before its file, both runs waiting, a page of blank tiles and no options
    expect(shapes(container, 'single')).toBe(
      'X (784,) · W1 (784, 50) → (50,) · W2 (50, 100) → (100,) · W3 (100, 10) → Y (10,)',
    );
    expect(shapes(container, 'batch')).toContain('X (100, 784)');
    expect(container.querySelector('[data-run="batch"]')!.textContent).toContain('받으면 잴게요');
    // each run's bar and line, the speed-up's line and the log's rows for the two runs to come
    expect(container.querySelectorAll('progress.mnist-inference-progress')).toHaveLength(2);
    expect(container.querySelector('.mnist-inference-speedup')!.textContent).toContain('두 방법을 다 재면'); // prettier-ignore
    const waitingRows = [...container.querySelectorAll('.mnist-inference-log tr[data-waiting]')];
    expect(waitingRows.map((r) => r.querySelector('th')!.textContent)).toEqual(['1 (한\u00a0장씩)', '100']); // prettier-ignore
    expect(container.querySelectorAll('.mnist-inference-log tr[data-batch]')).toHaveLength(0);
    expect(screen.getByRole('button', { name: '한 장씩 다시 실행' })).toHaveProperty('disabled', true); // prettier-ignore
    expect(container.querySelectorAll('.mnist-inference-tile-blank')).toHaveLength(56);
    expect(container.querySelector('.mnist-inference-grid')!.getAttribute('aria-hidden')).toBe('true'); // prettier-ignore
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(runs).toHaveLength(0);
    // the filter can be set before; the files arrive and the skeleton gives way to the digits
    fireEvent.click(screen.getByLabelText('틀린 것만 보기'));
    expect(currentValues()['wrong-only']).toBe(true);
    act(() => arrive());
    await waitFor(() => expect(container.querySelectorAll('.mnist-inference-tile')).toHaveLength(10)); // prettier-ignore
    expect(container.querySelectorAll('.mnist-inference-tile-blank')).toHaveLength(0);
    expect(container.querySelector('.mnist-inference-loading')).toBeNull();
  });

  test('a failed download reports an error in Korean and can be tried again; unmount frees', async () => {
    failLoad = true;
    const reports: WidgetReport[] = [];
    const { unmount } = render(<Harness reports={reports} />);
    await waitFor(() => expect(lastState(reports)?.state).toBe('error'));
    expect(lastState(reports)?.message).toBe(
      '가중치나 시험 데이터를 불러오지 못했어요: 가중치 파일(ch3-sample-weight.bin)을 받지 못했어요: 연결 실패',
    );
    failLoad = false;
    fireEvent.click(screen.getByRole('button', { name: '다시 불러오기' }));
    await waitFor(() => expect(lastState(reports)?.state).toBe('ready'));
    unmount();
    expect(disposed).toHaveBeenCalled();
  });
});
