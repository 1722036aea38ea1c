// @vitest-environment jsdom
// The loss-functions component under a minimal frame, with the engine mocked: it sends y, the
// target, N and the BCE inputs; shows exactly what the engine returned; a class slider rescales
// the others (sum 1); the presets set the book's outputs; while the engine computes, every part
// stands as it will be drawn, each number a "…" in its room.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { schema } from '../../../src/widgets/loss-functions/schema';
import { defaults, type Values } from '../../../src/widgets/schema';
import type { WidgetReport } from '../../../src/widgets/types';

type Input = { y: number[]; target: number; batch: number; bce: { p: number; t: 0 | 1 } };
const calls = vi.hoisted(() => ({ inputs: [] as Input[], hold: null as Promise<void> | null }));

vi.mock('../../../src/experiments/client', async () => ({
  ...(await import('../../../src/experiments/probabilities-meta')),
  engineBackend: async () => 'cpu',
  // Marker values: the widget must show exactly these.
  lossFunctions: async (o: Input) => {
    calls.inputs.push(o);
    if (calls.hold) await calls.hold;
    const rows = Array.from({ length: 8 }, () => o.y);
    return {
      y: o.y,
      sse: 0.1111,
      mse: 0.0222,
      ce: 3.25 + o.target,
      curve: Array.from({ length: 200 }, (_, i) => 1 / (i + 1)),
      batch: {
        rows,
        targets: Array.from({ length: 8 }, () => o.target),
        ce: [1, 2, 3, 4, 5, 6, 7, 8],
        sse: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
        ceSum: 10 * o.batch,
        ceMean: 10,
        sseSum: 0.5 * o.batch,
        sseMean: 0.5,
        ceSumByN: [1, 3, 6, 10, 15, 21, 28, 36],
        ceMeanByN: [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5],
      },
      bce: { loss: 0.7777, ceTwoClass: 0.7777 },
    };
  },
}));

const { default: LossFunctions } =
  await import('../../../src/widgets/loss-functions/LossFunctions');
type V = Values<typeof schema>;
const seen = vi.hoisted(() => ({ y: '' }));

function Harness({ initial, report }: { initial?: Partial<V>; report: (r: WidgetReport) => void }) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
  return (
    <LossFunctions
      values={values}
      set={(p) => {
        if (p.y !== undefined) seen.y = p.y;
        setValues((v) => ({ ...v, ...p }));
      }}
      schema={schema}
      report={report}
      resetCount={0}
      instanceKey="loss-functions"
    />
  );
}

const value = (key: string) =>
  document.querySelector<HTMLElement>(`tr[data-loss="${key}"]`)?.dataset.value;

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(() => {
  cleanup();
  calls.inputs.length = 0;
  calls.hold = null;
});

describe('LossFunctions', () => {
  it("sends the book's first example and shows the engine's losses", async () => {
    const report = vi.fn();
    render(<Harness report={report} />);
    await waitFor(() => expect(value('ce')).toBe('5.25'));
    expect(value('sse')).toBe('0.1111');
    expect(value('mse')).toBe('0.0222');
    expect(calls.inputs[0]).toEqual({
      y: [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0],
      target: 2,
      batch: 4,
      bce: { p: 0.8, t: 1 },
    });
    expect(document.querySelectorAll('.loss-batch-table tbody tr')).toHaveLength(4);
    expect(document.querySelector('.loss-batch-mean')!.textContent).toContain('10.0000');
    expect(document.querySelector('[data-bce]')!.textContent).toContain('0.7777');
    await waitFor(() =>
      expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ state: 'ready' })),
    );
  });

  it('while the engine computes: every part drawn, each number a "…" in its room (heard as 계산 중)', async () => {
    let release!: () => void;
    calls.hold = new Promise<void>((r) => (release = r));
    render(<Harness report={vi.fn()} />);
    await waitFor(() => expect(calls.inputs).toHaveLength(1));
    const waiting = () => [...document.querySelectorAll('.kit-slot[data-waiting]')];
    // 10 classes + Σ y, 3 losses, 4 rows × 4 numbers + 2 × 2 totals, BCE and its two-class twin
    expect(waiting()).toHaveLength(11 + 3 + 16 + 4 + 2);
    for (const slot of waiting()) {
      expect(slot.querySelector('.kit-slot-shape')!.getAttribute('aria-hidden')).toBe('true');
      expect(slot.querySelector('.visually-hidden')!.textContent).toBe('계산 중');
    }
    expect(document.querySelectorAll('.loss-batch-table tbody tr')).toHaveLength(4);
    expect(document.querySelector('.loss-batch-mean')!.textContent).toMatch(/^평균 \(1\/4\) Σ/);
    const charts = [...document.querySelectorAll('figure.loss-chart [role="img"]')];
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      '−log y 곡선 (계산하는 중)',
      'N = 1부터 8까지 교차 엔트로피의 합과 평균 (계산하는 중). 지금 N = 4.',
    ]);
    // no number of the engine's before it answers (the templates under the "…" are unseen)
    const seenText = document.querySelector('.loss-functions')!.cloneNode(true) as HTMLElement;
    seenText.querySelectorAll('.kit-slot-shape').forEach((e) => e.remove());
    expect(seenText.textContent).not.toMatch(/\d\.\d{4}/);
    release();
    await waitFor(() => expect(value('ce')).toBe('5.25'));
    expect(waiting()).toHaveLength(0);
    expect(document.querySelector('.loss-batch-mean')!.textContent).toContain('10.0000');
  });

  it('each chart is an image with a name, its caption text beside it (not inside the image)', async () => {
    render(<Harness report={vi.fn()} />);
    await waitFor(() => expect(value('ce')).toBe('5.25'));
    const figures = [...document.querySelectorAll('figure.loss-chart')];
    expect(figures).toHaveLength(2);
    for (const f of figures) {
      expect(f.getAttribute('role')).toBeNull(); // (axe: aria-allowed-role; a figure keeps its own)
      const img = f.querySelector('[role="img"]')!;
      expect(img.getAttribute('aria-label')).toMatch(/교차 엔트로피/);
      expect(img.querySelector('figcaption')).toBeNull();
      expect(f.querySelector(':scope > figcaption')!.textContent).toMatch(/가로축/);
    }
  });

  it('a class slider rescales the others; the presets and the target go to the engine', async () => {
    render(<Harness report={() => {}} />);
    await waitFor(() => expect(calls.inputs).toHaveLength(1));
    fireEvent.change(screen.getByRole('slider', { name: '부류 2의 확률' }), {
      target: { value: '0.8' },
    });
    await waitFor(() => expect(calls.inputs.at(-1)!.y[2]).toBe(0.8));
    const y = calls.inputs.at(-1)!.y;
    expect(y.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 4);
    expect(y[0]).toBeCloseTo(0.05, 5);
    fireEvent.click(screen.getByRole('button', { name: '책의 예 ②: 7에 0.6' }));
    await waitFor(() => expect(calls.inputs.at(-1)!.y[7]).toBe(0.6));
    expect(seen.y).toBe('0.1,0.05,0.1,0,0.05,0.1,0,0.6,0,0');
    fireEvent.change(screen.getByRole('combobox', { name: '정답 부류 (원-핫 t)' }), {
      target: { value: '7' },
    });
    await waitFor(() => expect(value('ce')).toBe('10.25'));
    fireEvent.change(screen.getByRole('slider', { name: '미니배치 크기 N' }), {
      target: { value: '7' },
    });
    await waitFor(() =>
      expect(document.querySelectorAll('.loss-batch-table tbody tr')).toHaveLength(7),
    );
    fireEvent.click(screen.getByRole('radio', { name: 't = 0 (음성)' }));
    await waitFor(() => expect(calls.inputs.at(-1)!.bce).toEqual({ p: 0.8, t: 0 }));
  });
});
