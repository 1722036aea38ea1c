// @vitest-environment jsdom
// The softmax component under a minimal frame, with the engine mocked: it sends the parameters'
// logits, T, C and true class, draws exactly what the engine returned (bars, arg-max, loss,
// gradient, the overflow tables with ∞ / NaN) and reports ready, or diverged on NaN; before the
// engine answers, every part stands in its shape with "…" where the engine's numbers go.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { schema } from '../../../src/widgets/softmax/schema';
import { defaults, type Values } from '../../../src/widgets/schema';
import type { WidgetReport } from '../../../src/widgets/types';

type Demo = { logits: number[]; temperature: number; shift: number; label: number };
const calls = vi.hoisted(() => ({
  demo: [] as Demo[],
  overflow: [] as number[][],
  nan: false,
  /** when set, the engine answers only once this resolves */
  gate: null as Promise<void> | null,
}));

vi.mock('../../../src/experiments/client', async () => ({
  ...(await import('../../../src/experiments/probabilities-meta')),
  engineBackend: async () => 'cpu',
  // Marker values, not a real softmax: the widget must show exactly what the engine returns.
  softmaxDemo: async (o: Demo) => {
    calls.demo.push(o);
    if (calls.gate) await calls.gate;
    const n = o.logits.length;
    const y = o.logits.map((_, i) => (calls.nan ? NaN : (i + 1) / ((n * (n + 1)) / 2)));
    return { y, plain: y, loss: 1.25, grad: y.map((v, i) => v - (i === o.label ? 1 : 0)) };
  },
  softmaxOverflow: async ({ logits }: { logits: number[] }) => {
    calls.overflow.push(logits);
    if (calls.gate) await calls.gate;
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
  calls.gate = null;
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

  it('before the engine answers, the notes and the overflow tables stand in their shape with "…"', async () => {
    // they used to appear only with the numbers (the notes) or wait on one line (the tables):
    // the widget grew by ~520 px on a phone when the engine's first numbers came
    let open = () => {};
    calls.gate = new Promise<void>((r) => (open = r));
    const report = vi.fn();
    render(<Harness initial={{ temperature: 2 }} report={report} />);
    await waitFor(() => expect(calls.overflow).toHaveLength(1));
    expect(calls.demo).toHaveLength(1);
    const q = (s: string) => document.querySelector<HTMLElement>(s)!;
    // what is seen ("…") and heard ("계산 중"): without the invisible templates holding the room
    const text = (s: string) => {
      const el = q(s).cloneNode(true) as HTMLElement;
      el.querySelectorAll('.kit-slot-shape, .softmax-room').forEach((e) => e.remove());
      return el.textContent!;
    };
    // the arg-max note: the reader's largest input and T at once, the engine's y and verdict "…"
    expect(q('.softmax-note').dataset.argmaxA).toBe('3');
    expect(q('.softmax-note').dataset.argmaxY).toBeUndefined();
    expect(text('.softmax-note')).toContain('가장 큰 입력은 a₃');
    expect(text('.softmax-note')).toContain('온도 T = 2');
    expect(text('.softmax-note')).not.toContain('같은 자리예요');
    expect(text('.softmax-note')).toContain('책의 소프트맥스(T = 1)였다면 y₃ = …계산 중');
    // the training note: the loss and each of the 3 gradient entries wait
    expect(q('.softmax-loss').dataset.loss).toBeUndefined();
    expect(text('.softmax-loss')).toBe('E = −log y₃ = …계산 중');
    expect(q('.softmax-grad').dataset.grad).toBeUndefined();
    expect(text('.softmax-vector')).toBe('(…계산 중, …계산 중, …계산 중)');
    // the overflow tables: 3 rows each; only the naive table's inputs are known
    expect(text('.softmax-overflow .softmax-muted')).toBe('a = (1010, 1000, 990)');
    const naive = q('table[data-kind="naive"]');
    const stable = q('table[data-kind="stable"]');
    for (const t of [naive, stable]) {
      expect(t.dataset.y).toBeUndefined();
      expect(t.dataset.sum).toBeUndefined();
      expect(t.hasAttribute('data-waiting')).toBe(true);
      expect(t.querySelectorAll('tbody tr')).toHaveLength(3);
      expect(t.querySelector('tfoot td')!.textContent).toBe('…계산 중');
    }
    const cells = (t: HTMLElement) => [...t.querySelectorAll('tbody td')].map((c) => c.textContent);
    expect(cells(naive)).toEqual(['1010', '…계산 중', '…계산 중', '1000', '…계산 중', '…계산 중', '990', '…계산 중', '…계산 중']); // prettier-ignore
    expect(cells(stable).every((c) => c === '…계산 중')).toBe(true);
    expect(text('table[data-kind="stable"] caption')).toContain('최댓값 c(= …계산 중)');
    expect(q('.softmax-overflow-verdict').dataset.naiveBroken).toBeUndefined();
    // the verdict's room is held by a sentence nobody sees or hears: only "…" is heard
    expect(q('.softmax-overflow-verdict [aria-hidden="true"]').textContent).toContain('float32');
    // no engine number anywhere it goes: no probability, loss or float32 result (the overflow
    // part's prose speaks of ∞ and NaN: only its tables and verdict are looked at)
    const parts = ['.softmax-bars', '.softmax-note', '.softmax-training', '.softmax-overflow-grid', '.softmax-overflow-verdict']; // prettier-ignore
    expect(parts.map(text).join(' ')).not.toMatch(/0\.\d{4}|1\.25|∞|NaN|0\.9999546/);
    expect(
      [...document.querySelectorAll('[aria-busy="true"]')].map((e) => e.className).sort(),
    ).toEqual(['softmax-note', 'softmax-overflow', 'softmax-training']);
    open();
    await waitFor(() => expect(bars()).toEqual([String(1 / 6), String(2 / 6), String(3 / 6)]));
    await waitFor(() => expect(q('table[data-kind="stable"]').dataset.y).toBeDefined());
    expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0);
    expect(document.querySelectorAll('[data-waiting]')).toHaveLength(0);
    expect(text('.softmax-note')).toContain('같은 자리예요');
    expect(text('.softmax-vector')).toBe('(+0.1667, +0.3333, −0.5000)');
    expect(q('.softmax-overflow-verdict').dataset.naiveBroken).toBe('true');
  });
});
