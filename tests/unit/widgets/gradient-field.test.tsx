// @vitest-environment jsdom
// The gradient-field component under a minimal frame with the engine mocked: it sends the 289
// grid points plus the read-out point (fixed shape), shows exactly what the engine returned
// beside the float64 central differences computed in plain JS, draws the chosen method, and
// reports ready (or diverged on NaN).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { schema } from '../../../src/widgets/gradient-field/schema';
import { defaults, type Values } from '../../../src/widgets/schema';
import type { WidgetReport } from '../../../src/widgets/types';

const calls = vi.hoisted(() => ({ points: [] as Float32Array[], poison: false }));

vi.mock('../../../src/experiments/client', async () => {
  const meta = await import('../../../src/experiments/gradients-meta');
  return {
    ...meta,
    // Marker values: backward() is 2x + 1e-6 (so the difference shows), float32 adds 0.01.
    gradientField: async ({ points }: { points: Float32Array }) => {
      calls.points.push(points);
      const grad = points.map((v) => (calls.poison ? NaN : 2 * v + 1e-6));
      return { grad, numeric32: points.map((v) => 2 * v + 0.01), backend: 'cpu' };
    },
  };
});

const { default: GradientField } =
  await import('../../../src/widgets/gradient-field/GradientField');

type V = Values<typeof schema>;
function Harness({ initial, report }: { initial?: Partial<V>; report: (r: WidgetReport) => void }) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
  return (
    <GradientField
      values={values}
      set={(p) => setValues((v) => ({ ...v, ...p }))}
      schema={schema}
      report={report}
      resetCount={0}
      instanceKey="gradient-field"
    />
  );
}

afterEach(() => {
  cleanup();
  calls.points.length = 0;
  calls.poison = false;
});

const row = (m: string) => document.querySelector(`tr[data-method="${m}"]`) as HTMLElement;
const diff = () => document.querySelector('.gradient-field__diff') as HTMLElement;

describe('GradientField', () => {
  it('asks the engine for 290 points and shows its numbers beside float64 central differences', async () => {
    const report = vi.fn();
    render(<Harness report={report} />);
    await waitFor(() => expect(row('backward').dataset.g1).toBeDefined());
    expect(calls.points[0]).toHaveLength(290 * 2);
    expect(Array.from(calls.points[0].slice(-2))).toEqual([0, 2]);
    expect(Number(row('backward').dataset.g1)).toBeCloseTo(4 + 1e-6, 6);
    expect(Number(row('numerical').dataset.g1)).toBeCloseTo(4, 9);
    expect(Number(row('numerical32').dataset.g1)).toBeCloseTo(4.01, 6);
    expect(Number(diff().dataset.maxDiff)).toBeCloseTo(1e-6, 7);
    expect(Number(diff().getAttribute('data-max-diff-f32'))).toBeCloseTo(0.01, 6);
    await waitFor(() =>
      expect(report).toHaveBeenLastCalledWith(
        expect.objectContaining({ state: 'ready', backend: 'cpu' }),
      ),
    );
  });

  it('the radio switches the drawn arrows; the slider moves the point (same shape)', async () => {
    render(<Harness report={() => {}} />);
    await waitFor(() => expect(diff().dataset.maxDiff).toBeDefined());
    const arrows = () => document.querySelector('.gradient-field__arrows')!.getAttribute('d');
    const before = arrows();
    fireEvent.click(screen.getByRole('radio', { name: /float32/ }));
    expect(arrows()).not.toEqual(before);
    fireEvent.change(screen.getByRole('slider', { name: '점의 x₀' }), {
      target: { value: '-1.5' },
    });
    await waitFor(() => expect(calls.points).toHaveLength(2));
    expect(calls.points[1]).toHaveLength(580);
    expect(Array.from(calls.points[1].slice(-2))).toEqual([-1.5, 2]);
  });

  it('arrow keys on the focused point move it one grid step', async () => {
    render(<Harness report={() => {}} />);
    await waitFor(() => expect(calls.points).toHaveLength(1));
    const point = screen.getByRole('button', { name: /기울기를 읽을 점/ });
    fireEvent.keyDown(point, { key: 'ArrowLeft' });
    await waitFor(() => expect(calls.points).toHaveLength(2));
    expect(Array.from(calls.points[1].slice(-2))).toEqual([-0.25, 2]);
  });

  it('reports diverged when the engine returns NaN', async () => {
    calls.poison = true;
    const report = vi.fn();
    render(<Harness report={report} />);
    await waitFor(() =>
      expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ state: 'diverged' })),
    );
  });
});
