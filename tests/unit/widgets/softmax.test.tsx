// @vitest-environment jsdom
// The softmax component under a minimal frame, with the engine mocked: it sends the parameters'
// logits, T, C and true class, draws exactly what the engine returned (bars, arg-max, loss,
// gradient, the overflow tables with ∞ / NaN) and reports ready, or diverged on NaN.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { schema } from '../../../src/widgets/softmax/schema';
import { defaults, type Values } from '../../../src/widgets/schema';
import type { WidgetReport } from '../../../src/widgets/types';

type Demo = { logits: number[]; temperature: number; shift: number; label: number };
const calls = vi.hoisted(() => ({ demo: [] as Demo[], overflow: [] as number[][], nan: false }));

vi.mock('../../../src/experiments/client', async () => ({
  ...(await import('../../../src/experiments/probabilities-meta')),
  engineBackend: async () => 'cpu',
  // Marker values, not a real softmax: the widget must show exactly what the engine returns.
  softmaxDemo: async (o: Demo) => {
    calls.demo.push(o);
    const n = o.logits.length;
    const y = o.logits.map((_, i) => (calls.nan ? NaN : (i + 1) / ((n * (n + 1)) / 2)));
    return { y, plain: y, loss: 1.25, grad: y.map((v, i) => v - (i === o.label ? 1 : 0)) };
  },
  softmaxOverflow: async ({ logits }: { logits: number[] }) => {
    calls.overflow.push(logits);
    return {
      naive: { exp: logits.map(() => Infinity), sum: Infinity, y: logits.map(() => NaN) },
      stable: {
        c: logits[0],
        shifted: [0, -10, -20],
        exp: [1, 4.539993e-5, 2.0611537e-9],
        sum: 1.0000454,
        y: [0.9999546, 4.539787e-5, 2.06106e-9],
      },
    };
  },
}));

const { default: Softmax } = await import('../../../src/widgets/softmax/Softmax');
type V = Values<typeof schema>;

function Harness({ initial, report }: { initial?: Partial<V>; report: (r: WidgetReport) => void }) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
  return (
    <Softmax
      values={values}
      set={(p) => setValues((v) => ({ ...v, ...p }))}
      schema={schema}
      report={report}
      resetCount={0}
      instanceKey="softmax"
    />
  );
}

const bars = () =>
  [...document.querySelectorAll<HTMLElement>('.softmax-bars tbody tr')].map((r) => r.dataset.y);

afterEach(() => {
  cleanup();
  calls.demo.length = 0;
  calls.overflow.length = 0;
  calls.nan = false;
});

describe('Softmax', () => {
  it("sends the book's logits and shows the engine's numbers", async () => {
    const report = vi.fn();
    render(<Harness report={report} />);
    await waitFor(() => expect(bars()).toEqual([String(1 / 6), String(2 / 6), String(3 / 6)]));
    expect(calls.demo[0]).toEqual({ logits: [0.3, 2.9, 4], temperature: 1, shift: 0, label: 2 });
    expect(calls.overflow[0]).toEqual([1010, 1000, 990]);
    expect(document.querySelector('.softmax-note')!.getAttribute('data-argmax-y')).toBe('3');
    expect(document.querySelector('.softmax-loss')!.textContent).toContain('1.25');
    const naive = document.querySelector('table[data-kind="naive"]')!;
    expect(naive.textContent).toContain('∞');
    expect(naive.textContent).toContain('NaN');
    expect(document.querySelector('table[data-kind="stable"]')!.textContent).toContain('0.9999546');
    await waitFor(() =>
      expect(report).toHaveBeenLastCalledWith(
        expect.objectContaining({ state: 'ready', backend: 'cpu' }),
      ),
    );
  });

  it('the count, T, C, the true class and b go to the engine', async () => {
    render(<Harness report={() => {}} />);
    await waitFor(() => expect(bars()).toHaveLength(3));
    fireEvent.change(screen.getByRole('slider', { name: '입력 개수 n' }), {
      target: { value: '5' },
    });
    await waitFor(() => expect(bars()).toHaveLength(5));
    expect(calls.demo.at(-1)!.logits).toEqual([0.3, 2.9, 4, 1, -0.5]);
    fireEvent.change(screen.getByRole('spinbutton', { name: '온도 T 값' }), {
      target: { value: '2.5' },
    });
    fireEvent.change(screen.getByRole('slider', { name: '모든 입력에 더할 상수 C' }), {
      target: { value: '3' },
    });
    fireEvent.change(screen.getByRole('slider', { name: '정답 위치 k (학습할 때)' }), {
      target: { value: '1' },
    });
    await waitFor(() =>
      expect(calls.demo.at(-1)).toMatchObject({ temperature: 2.5, shift: 3, label: 0 }),
    );
    fireEvent.change(screen.getByRole('slider', { name: '큰 입력의 가운데 값 b' }), {
      target: { value: '500' },
    });
    await waitFor(() => expect(calls.overflow.at(-1)).toEqual([510, 500, 490]));
  });

  it('reports diverged when the engine returns NaN probabilities', async () => {
    calls.nan = true;
    const report = vi.fn();
    render(<Harness report={report} />);
    await waitFor(() =>
      expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ state: 'diverged' })),
    );
  });
});
