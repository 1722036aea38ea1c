// @vitest-environment jsdom
// The computational-graph component under a minimal frame, with the engine mocked: it shows
// exactly the numbers and the backward order the engine returned, steps forward then backward
// (buttons and arrow keys), recomputes from edited inputs, and grades the fill-in blanks kindly.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { schema } from '../../../src/widgets/computational-graph/schema';
import { defaults, type Values } from '../../../src/widgets/schema';
import type { WidgetReport } from '../../../src/widgets/types';
import {
  parseReaderNumber,
  sameNumber,
  waitingStep,
  won,
} from '../../../src/widgets/computational-graph/model';
import { SHOPPING_GRAPHS } from '../../../src/experiments/backprop-meta';

const calls = vi.hoisted(() => [] as Array<Record<string, unknown>>);
/** when set, the engine answers only once this resolves */
const engine = vi.hoisted(() => ({ gate: null as Promise<void> | null }));

vi.mock('../../../src/experiments/client', async () => {
  const meta = await import('../../../src/experiments/backprop-meta');
  // Plain arithmetic standing in for the engine (float32 like it), and a backward order with the
  // oranges before the apples, which the widget must follow.
  const f = Math.fround;
  return {
    ...meta,
    engineBackend: async () => 'cpu',
    shoppingGraph: async (o: Record<string, number> & { example: 'apple' | 'apple-orange' }) => {
      calls.push(o);
      if (engine.gate) await engine.gate;
      const ao = o.example === 'apple-orange';
      const appleTotal = f(o.applePrice * o.appleCount);
      const orangeTotal = ao ? f(o.orangePrice * o.orangeCount) : 0;
      const subtotal = f(appleTotal + orangeTotal);
      const tax = f(o.tax);
      const sub = ao ? subtotal : appleTotal;
      const values: Record<string, number> = {
        applePrice: o.applePrice,
        appleCount: o.appleCount,
        tax,
        appleTotal,
        total: f(sub * tax),
      };
      const grads: Record<string, number> = {
        total: 1,
        tax: sub,
        appleTotal: tax,
        applePrice: f(tax * o.appleCount),
        appleCount: f(tax * o.applePrice),
      };
      if (ao) {
        Object.assign(values, {
          orangePrice: o.orangePrice,
          orangeCount: o.orangeCount,
          orangeTotal,
          subtotal,
        });
        Object.assign(grads, {
          subtotal: tax,
          orangeTotal: tax,
          orangePrice: f(tax * o.orangeCount),
          orangeCount: f(tax * o.orangePrice),
        });
      }
      return {
        values,
        grads,
        forwardOrder: ao
          ? ['appleTotal', 'orangeTotal', 'subtotal', 'total']
          : ['appleTotal', 'total'],
        backwardOrder: ao
          ? ['total', 'subtotal', 'orangeTotal', 'appleTotal']
          : ['total', 'appleTotal'],
      };
    },
  };
});

const { default: ComputationalGraph } =
  await import('../../../src/widgets/computational-graph/ComputationalGraph');

type V = Values<typeof schema>;

function Harness({
  initial,
  report,
}: {
  initial?: Partial<V>;
  report?: (r: WidgetReport) => void;
}) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
  return (
    <ComputationalGraph
      values={values}
      set={(p) => setValues((v) => ({ ...v, ...p }))}
      schema={schema}
      report={report ?? (() => {})}
      resetCount={0}
      instanceKey="computational-graph"
    />
  );
}

afterEach(() => {
  cleanup();
  calls.length = 0;
  engine.gate = null;
});

const edge = (n: string) => document.querySelector(`[data-edge="${n}"]`) as HTMLElement;
const bwd = (n: string) => edge(n).dataset.bwd;
const root = () => document.querySelector('.computational-graph') as HTMLElement;

describe('ComputationalGraph', () => {
  it("shows the book's apple figure: 220, dApple 2.2, dCount 110, dTax 200", async () => {
    const report = vi.fn();
    render(<Harness report={report} />);
    await waitFor(() => expect(edge('applePrice')?.dataset.fwd).toBeDefined());
    expect(calls[0]).toMatchObject({ example: 'apple', applePrice: 100, appleCount: 2, tax: 1.1 });
    expect(won(Number(bwd('applePrice')))).toBe('2.2');
    expect(won(Number(bwd('appleCount')))).toBe('110');
    expect(won(Number(bwd('tax')))).toBe('200');
    expect(Number(edge('total').dataset.fwd)).toBeCloseTo(220, 3);
    expect(
      screen.getByText(/지불 금액/, { selector: '.computational-graph-summary' }).textContent,
    ).toContain('220');
    expect(root().dataset.step).toBe('4');
    await waitFor(() =>
      expect(report).toHaveBeenLastCalledWith(
        expect.objectContaining({ state: 'ready', backend: 'cpu' }),
      ),
    );
  });

  it('stands as drawn before the numbers: buttons (disabled), the graph, the note with "…"', async () => {
    let open!: () => void;
    engine.gate = new Promise<void>((r) => (open = r));
    render(<Harness />);
    await waitFor(() => expect(calls).toHaveLength(1));
    // every part of the drawn widget is there, with no number the engine has not given
    expect(screen.getByText('단계 4 / 4')).toBeTruthy();
    for (const name of ['처음으로', '◀ 이전', '다음 ▶', '재생'])
      expect(screen.getByRole('button', { name }).hasAttribute('disabled')).toBe(true);
    expect(document.querySelectorAll('[data-edge]')).toHaveLength(5);
    expect(
      document.querySelectorAll('[data-fwd], [data-bwd], .computational-graph-fwd'),
    ).toHaveLength(0);
    const note = document.querySelector('.computational-graph-note')!;
    expect(note.getAttribute('aria-busy')).toBe('true');
    // the numbers only on lines of their own (each input's product, then the end of the passes):
    // their widths cannot move where the sentence above them breaks
    const lines = [...note.querySelectorAll('.computational-graph-line')];
    expect(lines.map((l) => l.textContent?.slice(0, 8))).toEqual([
      '사과 가격 쪽:',
      '사과 개수 쪽:',
      '역전파 끝: 각',
    ]);
    // 1.1 × 2 = 2.2 and 1.1 × 100 = 110 wait; the inputs' names do not (apples alone: the graph
    // has one product of two inputs, the only node a backward pass can end on)
    expect(note.querySelectorAll('.kit-slot[data-waiting]')).toHaveLength(6);
    for (const line of lines.slice(0, 2))
      expect(line.querySelectorAll('.kit-slot[data-waiting]')).toHaveLength(3);
    expect(note.textContent).toContain('계산 중'); // what a screen reader hears for "…"
    const summary = document.querySelector('.computational-graph-summary')!;
    expect(summary.querySelectorAll('.kit-slot[data-waiting]')).toHaveLength(1);
    expect(root().dataset.step).toBe('4');
    // the numbers come: the same parts, filled in
    await act(async () => open());
    await waitFor(() => expect(edge('applePrice').dataset.fwd).toBeDefined());
    expect(document.querySelectorAll('.kit-slot[data-waiting]')).toHaveLength(0);
    expect(screen.getByRole('button', { name: '◀ 이전' }).hasAttribute('disabled')).toBe(false);
    expect(note.isConnected && note.textContent).toContain('2.2');
    expect(note.hasAttribute('aria-busy')).toBe(false);
    expect(
      [...note.querySelectorAll('.computational-graph-line')].map((l) => l.textContent),
    ).toEqual([
      '사과 가격 쪽: 1.1 × 2 = 2.2',
      '사과 개수 쪽: 1.1 × 100 = 110',
      '역전파 끝: 각 입력에서 나가는 에지의 주황 숫자가 그 입력에 대한 지불 금액의 미분이에요.',
    ]);
    expect(summary.textContent).toContain('220');
  });

  it('apples and oranges: before the numbers, the names wait too (the engine says which node is last)', async () => {
    let open!: () => void;
    engine.gate = new Promise<void>((r) => (open = r));
    render(<Harness initial={{ example: 'apple-orange' }} />);
    await waitFor(() => expect(calls).toHaveLength(1));
    const lines = [
      ...document.querySelectorAll('.computational-graph-note .computational-graph-line'),
    ];
    expect(lines).toHaveLength(3);
    // each product line: its input's name, the upstream value, the other input, the product
    for (const line of lines.slice(0, 2))
      expect(line.querySelectorAll('.kit-slot[data-waiting]')).toHaveLength(4);
    expect(lines[0].firstElementChild!.matches('.kit-slot[data-waiting]')).toBe(true); // the name
    await act(async () => open());
    await waitFor(() => expect(edge('orangePrice').dataset.fwd).toBeDefined());
  });

  it('steps forward, then backward in the order the engine returned (buttons and keys)', async () => {
    render(<Harness initial={{ example: 'apple-orange' }} />);
    await waitFor(() => expect(edge('orangePrice')?.dataset.fwd).toBeDefined());
    fireEvent.click(screen.getByRole('button', { name: '처음으로' }));
    expect(root().dataset.step).toBe('0');
    expect(edge('appleTotal').dataset.fwd).toBeUndefined();
    expect(edge('applePrice').dataset.fwd).toBe('100');
    expect(document.querySelectorAll('[data-bwd]')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '다음 ▶' }));
    expect(edge('appleTotal').dataset.fwd).toBe('200');
    expect(edge('orangeTotal').dataset.fwd).toBeUndefined();
    const figure = screen.getByRole('group', { name: /계산 그래프/ });
    for (let i = 0; i < 4; i++) fireEvent.keyDown(figure, { key: 'ArrowRight' });
    // 4 forward steps + the tax node's backward.
    expect(root().dataset.step).toBe('5');
    expect(Number(edge('total').dataset.fwd)).toBeCloseTo(715, 3);
    expect(bwd('total')).toBe('1');
    expect(won(Number(bwd('tax')))).toBe('650');
    expect(won(Number(bwd('subtotal')))).toBe('1.1');
    expect(bwd('appleTotal')).toBeUndefined();
    expect(screen.getByText(/곱셈의 국소적 미분은 반대쪽 입력값/)).toBeTruthy();
    fireEvent.keyDown(figure, { key: 'ArrowRight' }); // the add node
    expect(won(Number(bwd('orangeTotal')))).toBe('1.1');
    expect(screen.getByText(/국소적 미분 1을 곱해요/)).toBeTruthy();
    fireEvent.keyDown(figure, { key: 'ArrowRight' }); // the engine ran the oranges first
    expect(won(Number(bwd('orangePrice')))).toBe('3.3');
    expect(won(Number(bwd('orangeCount')))).toBe('165');
    expect(bwd('applePrice')).toBeUndefined();
    fireEvent.keyDown(figure, { key: 'End' });
    expect(won(Number(bwd('applePrice')))).toBe('2.2');
    fireEvent.keyDown(figure, { key: 'ArrowLeft' });
    expect(root().dataset.step).toBe('7');
  });

  it('plays to the end, one node per tick', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      render(<Harness />);
      await waitFor(() => expect(edge('applePrice')?.dataset.fwd).toBeDefined());
      fireEvent.click(screen.getByRole('button', { name: '재생' }));
      expect(root().dataset.step).toBe('0');
      await act(async () => vi.advanceTimersByTime(1200));
      expect(root().dataset.step).toBe('1');
      for (let i = 0; i < 4; i++) await act(async () => vi.advanceTimersByTime(1200));
      expect(root().dataset.step).toBe('4');
      expect(screen.getByRole('button', { name: '재생' })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('edited inputs recompute everything', async () => {
    render(<Harness />);
    await waitFor(() => expect(edge('applePrice')?.dataset.fwd).toBeDefined());
    fireEvent.change(screen.getByRole('spinbutton', { name: '사과 가격 값' }), {
      target: { value: '120' },
    });
    await waitFor(() => expect(won(Number(bwd('appleCount')))).toBe('132'));
    expect(calls.at(-1)).toMatchObject({ applePrice: 120 });
    expect(won(Number(bwd('tax')))).toBe('240');
  });

  it('fill in the blanks: a wrong answer gets a gentle hint, a right one praise', async () => {
    render(<Harness initial={{ example: 'apple-orange', mode: 'quiz' }} />);
    await waitFor(() => expect(screen.getByRole('form', { name: '빈칸 채우기' })).toBeTruthy());
    expect(document.querySelectorAll('.computational-graph-blank')).toHaveLength(8);
    expect(bwd('applePrice')).toBeUndefined(); // hidden
    const box = (label: RegExp) => screen.getByRole('textbox', { name: label });
    fireEvent.change(box(/⑤ 사과 가격/), { target: { value: '2' } });
    fireEvent.change(box(/⑦ 귤 가격/), { target: { value: '3.3' } });
    fireEvent.change(box(/⑥ 사과 개수/), { target: { value: '１１０' } });
    fireEvent.change(box(/② 소비세/), { target: { value: '650원' } });
    fireEvent.click(screen.getByRole('button', { name: '채점하기' }));
    const wrong = box(/⑤ 사과 가격/);
    expect(wrong.getAttribute('aria-invalid')).toBe('true');
    const hint = document.getElementById(wrong.getAttribute('aria-describedby')!)!.textContent!;
    expect(hint).toContain('반대쪽 입력(사과 개수 2)');
    expect(hint).not.toMatch(/틀렸|오답/);
    for (const l of [/⑦ 귤 가격/, /⑥ 사과 개수/, /② 소비세/]) {
      expect(box(l).getAttribute('aria-invalid')).toBe('false');
      expect(box(l).closest('li')!.dataset.mark).toBe('right');
    }
    expect(document.querySelector('[data-blank="orangePrice"] .is-right')!.textContent).toContain(
      '1.1 × 3 = 3.3',
    );
    expect(screen.getByRole('status').textContent).toBe('8칸 중 3칸 맞혔어요.');
    fireEvent.change(wrong, { target: { value: '2.2' } });
    fireEvent.submit(screen.getByRole('form', { name: '빈칸 채우기' }));
    expect(wrong.getAttribute('aria-invalid')).toBe('false');
  });

  describe('quiz marks belong to the graph shown, not to inputs still computing', () => {
    const box = (label: RegExp) => screen.getByRole('textbox', { name: label });
    const status = () => screen.queryByRole('status')?.textContent;
    const total = () =>
      Number(document.querySelector<HTMLElement>('.computational-graph-summary')!.dataset.total);
    /** Holds the engine's answer and asks for a tax of 1.2; returns the release. */
    const newTaxHeld = async () => {
      let open = () => {};
      engine.gate = new Promise<void>((r) => (open = r));
      fireEvent.change(screen.getByRole('spinbutton', { name: '소비세 (배율) 값' }), {
        target: { value: '1.2' },
      });
      await waitFor(() => expect(calls).toHaveLength(2));
      return open;
    };
    const fillAndGrade = () => {
      fireEvent.change(box(/⑦ 귤 가격/), { target: { value: '3.3' } });
      fireEvent.click(screen.getByRole('button', { name: '채점하기' }));
    };

    it('marks stay while the graph they graded is shown', async () => {
      render(<Harness initial={{ example: 'apple-orange', mode: 'quiz' }} />);
      await waitFor(() => expect(total()).toBeCloseTo(715, 3));
      fillAndGrade();
      expect(status()).toBe('8칸 중 1칸 맞혔어요.');
      const open = await newTaxHeld();
      expect(total()).toBeCloseTo(715, 3);
      expect(status()).toBe('8칸 중 1칸 맞혔어요.');
      expect(box(/⑦ 귤 가격/).closest('li')!.dataset.mark).toBe('right');
      open();
      await waitFor(() => expect(total()).toBeCloseTo(780, 3));
      expect(status()).toBeUndefined();
    });

    it('grading during a computation grades the graph shown, and goes with it', async () => {
      render(<Harness initial={{ example: 'apple-orange', mode: 'quiz' }} />);
      await waitFor(() => expect(total()).toBeCloseTo(715, 3));
      const open = await newTaxHeld();
      fillAndGrade();
      expect(status()).toBe('8칸 중 1칸 맞혔어요.');
      open();
      await waitFor(() => expect(total()).toBeCloseTo(780, 3));
      expect(status()).toBeUndefined();
      expect(box(/⑦ 귤 가격/).closest('li')!.dataset.mark).toBeUndefined();
    });
  });
});

describe('the reader’s numbers', () => {
  it('before the numbers, the note stands for the last backward step: a product of two inputs', () => {
    expect(waitingStep(SHOPPING_GRAPHS.apple.ops, 4, 4)).toEqual({
      pass: 'backward',
      op: 'appleTotal',
    });
    expect(waitingStep(SHOPPING_GRAPHS['apple-orange'].ops, 8, 8)).toEqual({
      pass: 'backward',
      op: 'orangeTotal',
    });
    expect(waitingStep(SHOPPING_GRAPHS.apple.ops, 0, 4)).toBeNull();
  });

  it('parses Korean-style input', () => {
    expect(parseReaderNumber('1,100')).toBe(1100);
    expect(parseReaderNumber(' 2.2 ')).toBe(2.2);
    expect(parseReaderNumber('１６５')).toBe(165);
    expect(parseReaderNumber('−0.3')).toBe(-0.3);
    expect(parseReaderNumber('200원')).toBe(200);
    expect(parseReaderNumber('이점이')).toBeNaN();
    expect(parseReaderNumber('')).toBeNaN();
  });
  it('compares with the engine’s float32 to about 4 digits', () => {
    expect(sameNumber(2.2, Math.fround(2.2))).toBe(true);
    expect(sameNumber(2.21, Math.fround(2.2))).toBe(false);
    expect(sameNumber(650, Math.fround(650.0001))).toBe(true);
    expect(won(Math.fround(1.1) * Math.fround(1000))).toBe('1,100');
  });
});
