// @vitest-environment jsdom
// The widget frame with two test widgets registered on the fly: parameters from the directive and
// the URL, writing back to the URL, "책 기본값", the status hooks, and a widget that throws.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { Markdown } from '../../../src/notebook/Markdown';
import { WIDGETS } from '../../../src/widgets/registry';
import { defineSchema } from '../../../src/widgets/schema';
import { defineWidget, type WidgetProps } from '../../../src/widgets/types';
import { expectReloadOnly, withReload } from './reload-card';

const counterSchema = defineSchema({
  n: { kind: 'number', default: 3, min: 1, max: 10, integer: true, label: '개수' },
  mode: { kind: 'enum', default: 'a', options: ['a', 'b'] as const, label: '모드' },
});

function Counter({ values, set, report }: WidgetProps<typeof counterSchema>) {
  useEffect(() => report({ state: 'ready', updateMs: 1.5, backend: 'cpu' }), [report, values]);
  return (
    <div>
      <output data-testid="n">{values.n}</output>
      <output data-testid="mode">{values.mode}</output>
      <button type="button" onClick={() => set({ n: values.n + 1 })}>
        하나 더
      </button>
      <button
        type="button"
        onClick={() => {
          set({ n: 10 });
          set({ mode: 'b' });
        }}
      >
        둘 다
      </button>
    </div>
  );
}

function Throws(): never {
  throw new Error('일부러 던진 오류');
}

beforeAll(() => {
  WIDGETS['test-counter'] = defineWidget({
    title: '시험용 카운터',
    schema: counterSchema,
    load: async () => ({ default: Counter }),
  });
  WIDGETS['test-gone'] = defineWidget({
    title: '코드가 사라진 위젯',
    schema: {},
    load: () =>
      Promise.reject(
        new TypeError('Failed to fetch dynamically imported module: http://x/assets/Gone-1a2b.js'),
      ),
  });
  WIDGETS['test-throws'] = defineWidget({
    title: '던지는 위젯',
    schema: {},
    load: async () => ({ default: Throws }),
  });
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('WidgetFrame', () => {
  test('hooks, directive values, and the readout', async () => {
    const { container } = render(<Markdown source={'::test-counter{mode=b}\n'} />);
    const root = container.querySelector('[data-widget="test-counter"]')!;
    expect(root.getAttribute('data-state')).toBe('loading');
    // the readout's line is there before the first numbers (it came with them, and moved the text)
    const readout = () => root.querySelector('.widget-readout')?.textContent;
    expect(readout()).toBe('첫 결과를 기다리는 중…');
    await waitFor(() => expect(root.getAttribute('data-state')).toBe('ready'));
    expect(root.getAttribute('data-update-ms')).toBe('1.5');
    expect(readout()).toBe('마지막 갱신 1.5 ms · cpu');
    expect(screen.getByTestId('n').textContent).toBe('3');
    expect(screen.getByTestId('mode').textContent).toBe('b');
    expect(root.textContent).toContain('cpu');
  });

  test('URL values win over the directive; changes are written back; 책 기본값 restores the book and the directive', async () => {
    window.history.replaceState(null, '', '/?test-counter.n=7&other=1');
    render(<Markdown source={'::test-counter{mode=b}\n'} />);
    await waitFor(() => expect(screen.getByTestId('n').textContent).toBe('7'));
    fireEvent.click(screen.getByText('하나 더'));
    expect(screen.getByTestId('n').textContent).toBe('8');
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('test-counter.n')).toBe('8'),
    );
    expect(new URLSearchParams(window.location.search).get('other')).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: /^책 기본값/ }));
    // Back to the figure of this place: the book's n, the directive's mode; nothing left in the URL.
    expect(screen.getByTestId('n').textContent).toBe('3');
    expect(screen.getByTestId('mode').textContent).toBe('b');
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).has('test-counter.n')).toBe(false),
    );
    expect(new URLSearchParams(window.location.search).has('test-counter.mode')).toBe(false);
  });

  test('several changes in one event all reach the state and the URL', async () => {
    render(<Markdown source={'::test-counter\n'} />);
    await waitFor(() => expect(screen.getByTestId('n').textContent).toBe('3'));
    fireEvent.click(screen.getByText('둘 다'));
    expect([screen.getByTestId('n').textContent, screen.getByTestId('mode').textContent]).toEqual([
      '10',
      'b',
    ]);
    await waitFor(() =>
      expect(window.location.search).toBe('?test-counter.n=10&test-counter.mode=b'),
    );
  });

  test('malformed URL values are ignored with a visible notice', async () => {
    window.history.replaceState(null, '', '/?test-counter.n=abc&test-counter.zzz=1');
    const { container } = render(<Markdown source={'::test-counter\n'} />);
    await waitFor(() => expect(screen.getByTestId('n').textContent).toBe('3'));
    const notice = container.querySelector('.widget-notice[role=status]')!;
    expect(notice.textContent).toContain('n=abc: 숫자가 아니에요');
    expect(notice.textContent).toContain('; zzz=1: 알 수 없는 매개변수예요');
  });

  test('two instances of one widget keep separate URL keys', async () => {
    window.history.replaceState(null, '', '/?test-counter-2.n=9');
    render(<Markdown source={'::test-counter\n\n::test-counter\n'} />);
    await waitFor(() =>
      expect(screen.getAllByTestId('n').map((e) => e.textContent)).toEqual(['3', '9']),
    );
  });

  test('a widget that throws becomes an error card; the rest of the chapter stays', async () => {
    const { container } = render(<Markdown source={'앞 문단\n\n::test-throws\n\n뒤 문단\n'} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('test-throws');
    expect(alert.textContent).toContain('일부러 던진 오류');
    expect(container.querySelector('[data-widget="test-throws"]')?.getAttribute('data-state')).toBe(
      'error',
    );
    expect(screen.getByText('뒤 문단')).toBeTruthy();
    await act(async () => {});
  });

  test('a widget whose code cannot be fetched says so in Korean and offers a reload, not a retry', () =>
    withReload(async (reload) => {
      render(<Markdown source={'앞 문단\n\n::test-gone\n\n뒤 문단\n'} />);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('코드를 불러오지 못했어요');
      expect(alert.textContent).toContain('새로고침하면');
      expect(alert.textContent).not.toContain('Failed to fetch');
      expectReloadOnly(reload);
      expect(screen.getByText('뒤 문단')).toBeTruthy();
    }));
});
