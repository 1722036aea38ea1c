// @vitest-environment jsdom
// The perceptron-gates component under a minimal frame: truth tables, presets, XOR, learning.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PerceptronGates from '../../../src/widgets/perceptron-gates/PerceptronGates';
import { schema } from '../../../src/widgets/perceptron-gates/schema';
import { defaults, type Values } from '../../../src/widgets/schema';
import type { WidgetReport } from '../../../src/widgets/types';

type V = Values<typeof schema>;

function Harness({ initial, report }: { initial?: Partial<V>; report: (r: WidgetReport) => void }) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
  const [resetCount, setResetCount] = useState(0);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setValues(defaults(schema));
          setResetCount((c) => c + 1);
        }}
      >
        책 기본값
      </button>
      <output data-testid="values">{JSON.stringify(values)}</output>
      <PerceptronGates
        values={values}
        set={(p) => setValues((v) => ({ ...v, ...p }))}
        schema={schema}
        report={report}
        resetCount={resetCount}
        instanceKey="perceptron-gates"
      />
    </>
  );
}

const rows = () =>
  screen
    .getByRole('table', { name: /진리표/ })
    .querySelectorAll('tbody tr') as NodeListOf<HTMLTableRowElement>;
const outputs = () =>
  Array.from(rows())
    .map((r) => r.dataset.output)
    .join('');
const allCorrect = () => Array.from(rows()).every((r) => r.dataset.correct === 'true');
const values = () => JSON.parse(screen.getByTestId('values').textContent!) as V;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('PerceptronGates', () => {
  it('shows the book AND gate with every row ✓ and reports ready', () => {
    const report = vi.fn();
    render(<Harness report={report} />);
    expect(outputs()).toBe('0001');
    expect(allCorrect()).toBe(true);
    expect(report).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: 'ready', backend: 'JS' }),
    );
    expect(screen.getByRole('img', { name: /0\.5·x₁ \+ 0\.5·x₂ − 0\.7 = 0/ })).toBeTruthy();
    expect(document.querySelector('line[data-role="decision"]')).not.toBeNull();
  });

  it('NAND and OR presets set the book weights and give correct tables', () => {
    render(<Harness report={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /^NAND/ }));
    expect(values()).toMatchObject({ gate: 'nand', w1: -0.5, w2: -0.5, b: 0.7 });
    expect(outputs()).toBe('1110');
    expect(allCorrect()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /^OR/ }));
    expect(outputs()).toBe('0111');
    expect(allCorrect()).toBe(true);
    expect(screen.getByRole('button', { name: /^OR/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('picking a gate keeps the weights, so AND weights fail OR', () => {
    render(<Harness report={() => {}} />);
    fireEvent.click(screen.getByRole('radio', { name: 'OR' }));
    expect(outputs()).toBe('0001');
    expect(allCorrect()).toBe(false);
    expect(screen.getAllByText('✗').length).toBe(2);
  });

  it('moving a slider moves the line', () => {
    render(<Harness report={() => {}} />);
    const line = () => document.querySelector('line[data-role="decision"]')!.outerHTML;
    const before = line();
    fireEvent.change(screen.getByRole('slider', { name: '편향 b' }), { target: { value: '-0.2' } });
    expect(values().b).toBe(-0.2);
    expect(line()).not.toBe(before);
    expect(outputs()).toBe('0111'); // now it is OR
  });

  it('XOR: says no line separates it and shows the two-layer construction', () => {
    render(<Harness report={() => {}} initial={{ gate: 'xor' }} />);
    expect(document.querySelector('[data-separable="false"]')?.textContent).toMatch(
      /XOR의 네 입력을 0과 1로 나누는 직선은 없어요/,
    );
    expect(allCorrect()).toBe(false);
    const xor = screen.getByRole('table', { name: /2층 퍼셉트론으로 만든 XOR/ });
    const trs = Array.from(xor.querySelectorAll('tbody tr')) as HTMLElement[];
    expect(trs.map((r) => r.dataset.output).join('')).toBe('0110');
    expect(trs.every((r) => r.dataset.correct === 'true')).toBe(true);
    // Hidden outputs s1 = NAND, s2 = OR per row.
    expect(trs.map((r) => within(r).getAllByRole('cell')[2].textContent).join('')).toBe('1110');
    expect(trs.map((r) => within(r).getAllByRole('cell')[3].textContent).join('')).toBe('0111');
    expect(document.querySelector('line[data-role="hidden-nand"]')).not.toBeNull();
    expect(document.querySelector('line[data-role="hidden-or"]')).not.toBeNull();
  });

  it('learning from zero converges for AND, one step at a time', () => {
    render(<Harness report={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: '가중치 0에서 시작' }));
    expect(values()).toMatchObject({ w1: 0, w2: 0, b: 0 });
    const step = screen.getByRole('button', { name: '한 단계' });
    let n = 0;
    while (
      document.querySelector('[data-learning]')!.getAttribute('data-learning') !== 'converged' &&
      n < 100
    ) {
      fireEvent.click(step);
      n++;
    }
    expect(n).toBe(22);
    expect(allCorrect()).toBe(true);
    expect(document.querySelector('[data-learning]')!.textContent).toMatch(/수렴했어요: 22단계/);
  });

  it('auto-learning XOR stops on a cycle and explains why', () => {
    vi.useFakeTimers();
    const report = vi.fn();
    render(<Harness report={report} initial={{ gate: 'xor', w1: 0, w2: 0, b: 0 }} />);
    fireEvent.click(screen.getByRole('button', { name: '자동 학습' }));
    expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ state: 'running' }));
    for (let i = 0; i < 40; i++) {
      act(() => {
        vi.advanceTimersByTime(350);
      });
    }
    const log = document.querySelector('[data-learning]')!;
    expect(log.getAttribute('data-learning')).toBe('cycling');
    expect(log.textContent).toMatch(/직선이 없으니 학습이 멈출 수 없어요/);
    expect(screen.getByRole('button', { name: '자동 학습' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ state: 'ready' }));
  });

  it('the autoplay pace follows the speed: one step per 60 ms when fast, none yet when slow', () => {
    vi.useFakeTimers();
    const steps = () =>
      Number(/단계 (\d+)/.exec(document.querySelector('[data-learning]')!.textContent!)?.[1] ?? 0);
    const { unmount } = render(
      <Harness report={vi.fn()} initial={{ gate: 'and', w1: 0, w2: 0, b: 0, speed: 'fast' }} />,
    );
    fireEvent.click(screen.getByRole('button', { name: '자동 학습' }));
    for (let i = 0; i < 5; i++) act(() => void vi.advanceTimersByTime(60));
    expect(steps()).toBe(5);
    unmount();
    render(
      <Harness report={vi.fn()} initial={{ gate: 'and', w1: 0, w2: 0, b: 0, speed: 'slow' }} />,
    );
    fireEvent.click(screen.getByRole('button', { name: '자동 학습' }));
    act(() => void vi.advanceTimersByTime(800));
    expect(steps()).toBe(0);
    act(() => void vi.advanceTimersByTime(100));
    expect(steps()).toBe(1);
  });

  it('a learning step that would leave the sliders shows the diverged state', () => {
    const report = vi.fn();
    // AND from w = (3, −3), b = −3, η = 0.5: (1, 1) is wrong and w1 would become 3.5 > 3.
    render(<Harness report={report} initial={{ gate: 'and', w1: 3, w2: -3, b: -3, lr: 0.5 }} />);
    const step = screen.getByRole('button', { name: '한 단계' });
    for (let i = 0; i < 3; i++) fireEvent.click(step);
    expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ state: 'ready' }));
    fireEvent.click(step);
    expect(values()).toMatchObject({ w1: 3, w2: -3, b: -3 });
    expect(document.querySelector('[data-learning]')!.getAttribute('data-learning')).toBe(
      'off-range',
    );
    expect(report).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: 'diverged', message: expect.stringMatching(/범위/) }),
    );
    // Moving a slider starts afresh: no longer diverged.
    fireEvent.change(screen.getByRole('slider', { name: '가중치 w1' }), {
      target: { value: '0.5' },
    });
    expect(report).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: 'ready', message: undefined }),
    );
  });

  it('책 기본값 restores the book AND gate and ends a run', () => {
    render(<Harness report={() => {}} initial={{ gate: 'xor', w1: 1, w2: -1, b: 0.3 }} />);
    fireEvent.click(screen.getByRole('button', { name: '한 단계' }));
    fireEvent.click(screen.getByRole('button', { name: /^책 기본값/ }));
    expect(values()).toEqual(defaults(schema));
    expect(document.querySelector('[data-learning]')!.getAttribute('data-learning')).toBe('idle');
    expect(outputs()).toBe('0001');
  });
});
