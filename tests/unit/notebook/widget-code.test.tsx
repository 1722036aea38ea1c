// @vitest-environment jsdom
// "이 위젯이 실행하는 코드": every code reference in the registry names a declaration that exists
// in the shipped source (a rename breaks this test, not the reader's panel), excerpts cut whole
// declarations with their doc comments, and the panel loads its listings when opened.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { WidgetCode } from '../../../src/notebook/WidgetCode';
import { excerpt, loadSource } from '../../../src/notebook/sourceExcerpt';
import { WIDGETS } from '../../../src/widgets/registry';

afterEach(cleanup);

describe('excerpt', () => {
  const src = [
    "import x from 'y';",
    '',
    '/** Doubles. */',
    'export function double(v: number): number {',
    '  if (v) {',
    '    return 2 * v;',
    '  }',
    '  return 0;',
    '}',
    '',
    '// The answer.',
    'export const ANSWER = 42;',
    'export const table = [',
    '  1,',
    '];',
  ].join('\n');
  test('a function with its doc comment, to the closing brace at column 0', () => {
    const e = excerpt(src, 'double')!;
    expect(e.from).toBe(3);
    expect(e.to).toBe(9);
    expect(e.text.split('\n').at(-1)).toBe('}');
  });
  test('a one-line const and a multi-line one; a missing symbol is null', () => {
    expect(excerpt(src, 'ANSWER')).toEqual({
      text: '// The answer.\nexport const ANSWER = 42;',
      from: 11,
      to: 12,
    });
    expect(excerpt(src, 'table')!.to).toBe(15);
    expect(excerpt(src, 'triple')).toBeNull();
    expect(excerpt(src, 'doub')).toBeNull();
  });
});

test('every code reference of the registry resolves to a declaration in the shipped source', async () => {
  let n = 0;
  for (const [name, def] of Object.entries(WIDGETS)) {
    for (const ref of def.code ?? []) {
      const source = await loadSource(ref.file);
      const cut = excerpt(source, ref.symbol);
      expect(cut, `${name}: ${ref.file} declares ${ref.symbol}`).not.toBeNull();
      expect(cut!.to - cut!.from, `${name}: ${ref.symbol} is cut whole`).toBeGreaterThan(1);
      n++;
    }
  }
  expect(n).toBeGreaterThanOrEqual(7);
  await expect(loadSource('experiments/nope.ts')).rejects.toThrow(/찾지 못했어요/);
});

test('the panel loads its listing when opened and expands to the whole file', async () => {
  const { container } = render(
    <WidgetCode refs={[{ file: 'experiments/activations.ts', symbol: 'activationCurves' }]} />,
  );
  const details = container.querySelector('details')!;
  expect(screen.queryByText(/activationCurves/)).toBeNull();
  details.open = true;
  fireEvent(details, new Event('toggle'));
  const code = () => container.querySelector('pre code');
  await waitFor(() =>
    expect(code()?.textContent).toContain('export async function activationCurves'),
  );
  expect(code()!.textContent).not.toContain('export async function stackedLayers');
  // coloured once the highlighter's chunk has come, the text unchanged
  await waitFor(() => expect(code()!.querySelectorAll('.hljs-keyword').length).toBeGreaterThan(0));
  expect(code()!.textContent).toContain('export async function activationCurves');
  fireEvent.click(screen.getByRole('button', { name: '파일 전체 보기' }));
  expect(code()!.textContent).toContain('stackedLayers');
  expect(code()!.querySelectorAll('.hljs-keyword').length).toBeGreaterThan(10);
});
