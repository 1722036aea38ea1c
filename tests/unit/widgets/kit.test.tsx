// @vitest-environment jsdom
// The widget kit: typed controls bound to schema keys, the report hook's states and timing, the
// reset pattern, the synchronous result, the number formats, and numbers not in yet.
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fmt, fmtSigned, formatNumber, pct } from '../../../src/widgets/kit/format';
import {
  ParamControl,
  ParamControls,
  Pending,
  Slot,
  useReport,
  useResettableState,
  useSyncResult,
  type LatestResult,
  type Stamped,
} from '../../../src/widgets/kit';
import { defaults, defineSchema, type Values } from '../../../src/widgets/schema';

afterEach(cleanup);

const schema = defineSchema({
  lr: { kind: 'number', default: 0.1, min: 0.001, max: 10, scale: 'log', label: '학습률' },
  n: { kind: 'number', default: 3, min: 1, max: 9, integer: true, label: '개수' },
  gate: {
    kind: 'enum',
    default: 'and',
    options: ['and', 'or'],
    optionLabels: { and: 'AND', or: 'OR' },
    control: 'radio',
    label: '게이트',
  },
  act: { kind: 'enum', default: 'relu', options: ['relu', 'tanh'], label: '활성화' },
  show: { kind: 'boolean', default: true, label: '보이기' },
});
type V = Values<typeof schema>;

function Harness({ onValues }: { onValues: (v: V) => void }) {
  const [values, setValues] = useState<V>(defaults(schema));
  const of = { schema, values, set: (p: Partial<V>) => setValues((v) => ({ ...v, ...p })) };
  onValues(values);
  return (
    <>
      <ParamControls of={of} names={['lr', 'n', 'gate', 'act']} />
      {/* The override receives the typed value: number in, patch of two keys out. */}
      <ParamControl
        of={of}
        name="show"
        swatch="red"
        onChange={(show) => of.set({ show, n: show ? 9 : 1 })}
      />
    </>
  );
}

describe('generated controls', () => {
  test('each control is labelled, keeps the schema’s range, and sets a typed value', () => {
    let last = defaults(schema);
    render(<Harness onValues={(v) => (last = v)} />);
    fireEvent.change(screen.getByRole('slider', { name: '학습률' }), { target: { value: '-2' } });
    expect(last.lr).toBe(0.01); // a log slider moves over log10(value)
    fireEvent.change(screen.getByRole('spinbutton', { name: '개수 값' }), {
      target: { value: '2.5' },
    });
    expect(last.n).toBe(3); // not an integer: the box keeps the draft, the value stays
    expect(screen.getByRole('spinbutton', { name: '개수 값' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('radio', { name: 'OR' }));
    expect(last.gate).toBe('or');
    expect(screen.getByRole('group', { name: '게이트' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: '활성화' }), {
      target: { value: 'tanh' },
    });
    expect(last.act).toBe('tanh');
    fireEvent.click(screen.getByRole('checkbox', { name: '보이기' }));
    expect(last).toMatchObject({ show: false, n: 1 });
  });

  test('moving one slider re-renders its own control only; the others still set the latest values', () => {
    let last = defaults(schema);
    const { container } = render(<Harness onValues={(v) => (last = v)} />);
    const lr = screen.getByRole('slider', { name: '학습률' });
    const touched: Element[] = [];
    const seen = new MutationObserver((ms) => ms.forEach((m) => touched.push(m.target as Element)));
    seen.observe(container, { subtree: true, attributes: true, childList: true });
    fireEvent.change(lr, { target: { value: '-2' } });
    const changed = new Set(seen.takeRecords().map((m) => m.target as Element));
    touched.forEach((t) => changed.add(t));
    // React sets every attribute of an input it re-renders (name, type, …), changed or not
    const others = [...changed].filter((el) => !el.closest('.control-number')?.contains(lr));
    expect(others).toEqual([]);
    expect(changed.size).toBeGreaterThan(0); // the lr control itself did update
    // the callbacks of the controls left alone read the latest values, not those of their render
    fireEvent.click(screen.getByRole('checkbox', { name: '보이기' }));
    expect(last).toMatchObject({ lr: 0.01, show: false, n: 1 });
    fireEvent.click(screen.getByRole('radio', { name: 'OR' }));
    expect(last).toMatchObject({ lr: 0.01, gate: 'or', show: false, n: 1 });
  });
});

const stamped = (backend = 'cpu'): Stamped => ({ backend, doneAt: performance.now() });
const latest = (o: Partial<LatestResult<Stamped>>): LatestResult<Stamped> => ({
  output: null,
  error: null,
  busy: false,
  ms: null,
  ...o,
});

describe('useReport', () => {
  test('loading → ready with time and backend in one report; diverged and running; errors win', () => {
    const report = vi.fn();
    const out = stamped();
    type Options = Parameters<typeof useReport>[0];
    const initialProps: Options = { report, result: latest({ busy: true }), diverged: '' };
    const { rerender, result } = renderHook((p: Options) => useReport(p), { initialProps });
    expect(result.current.state).toBe('loading');
    expect(report).not.toHaveBeenCalled();
    rerender({ report, result: latest({ output: out, ms: 5 }), diverged: '' });
    expect(report).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: 'ready', backend: 'cpu' }),
    );
    const ms = report.mock.calls.at(-1)![0].updateMs;
    expect(ms).toBeGreaterThanOrEqual(5);
    rerender({
      report,
      result: latest({ output: out, ms: 5 }),
      diverged: '발산했어요',
      running: true,
    });
    expect(report).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: 'diverged', message: '발산했어요', updateMs: ms }),
    );
    rerender({ report, result: latest({ output: out, ms: 5 }), diverged: '', running: true });
    expect(report).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: 'running', updateMs: ms }),
    );
    const also = [latest({ error: new Error('앗') })];
    rerender({
      report,
      result: latest({ output: out, ms: 5 }),
      also,
      diverged: '',
      errorLabel: '못 했어요',
    });
    expect(report).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: 'error', message: '못 했어요: 앗' }),
    );
  });

  test('useSyncResult computes during render, once per key, stamped as JS', () => {
    const compute = vi.fn((x: number) => ({ y: x * 2 }));
    const { result, rerender } = renderHook(({ x }) => useSyncResult(String(x), x, compute), {
      initialProps: { x: 1 },
    });
    expect(result.current.output).toMatchObject({ y: 2, backend: 'JS' });
    rerender({ x: 1 });
    expect(compute).toHaveBeenCalledTimes(1);
    rerender({ x: 4 });
    expect(result.current.output.y).toBe(8);
  });
});

describe('useResettableState', () => {
  test('local state goes back to its initial value when 책 기본값 bumps resetCount', () => {
    const { result, rerender } = renderHook(
      ({ reset }) => useResettableState<number | null>(null, reset),
      {
        initialProps: { reset: 0 },
      },
    );
    act(() => result.current[1](7));
    expect(result.current[0]).toBe(7);
    rerender({ reset: 0 });
    expect(result.current[0]).toBe(7);
    rerender({ reset: 1 });
    expect(result.current[0]).toBeNull();
  });
});

describe('number formats', () => {
  test('formatNumber is parseable; fmt is for reading', () => {
    expect(formatNumber(-0.7)).toBe('-0.7');
    expect(formatNumber(0.000012)).toBe('1.20e-5');
    expect(fmt(-2.345)).toBe('−2.35');
    expect(fmt(-0.000012)).toBe('−1.20e−5');
    expect(fmt(Infinity)).toBe('∞');
    expect(fmt(-Infinity)).toBe('−∞');
    expect(fmt(NaN)).toBe('NaN');
    expect(fmtSigned(0.1)).toBe('+0.1');
    expect(fmtSigned(-0.1)).toBe('−0.1');
    expect(pct(0.1234)).toBe('12.3%');
    expect(pct(NaN)).toBe('—');
  });
});

describe('numbers not in yet', () => {
  test('Pending: "…" seen, its label heard', () => {
    const { container } = render(<Pending label="기다리는 중" />);
    expect(container.querySelector('[aria-hidden="true"]')!.textContent).toBe('…');
    expect(container.querySelector('.visually-hidden')!.textContent).toBe('기다리는 중');
  });

  test('Slot: its template (unseen, unheard) under "…" until the number, then the number alone', () => {
    const { container, rerender } = render(<Slot text={null} shape="0.0e−0" />);
    const slot = container.querySelector('.kit-slot')!;
    expect(slot.hasAttribute('data-waiting')).toBe(true);
    const shape = slot.querySelector('.kit-slot-shape')!;
    expect(shape.textContent).toBe('0.0e−0');
    expect(shape.getAttribute('aria-hidden')).toBe('true');
    expect(slot.textContent).toBe('0.0e−0…계산 중');
    rerender(<Slot text="1.3e−3" shape="0.0e−0" />);
    expect(container.innerHTML).toBe('<span class="kit-slot">1.3e−3</span>');
  });
});
