// @vitest-environment jsdom
// Prose tables (rehypeTables): every body cell carries its column's name; a table with a prose
// cell is marked to stack on a narrow screen, with its table roles written out; a table of short
// values (a formula counted by what it draws, not by its TeX) stays a table.
import { afterEach, expect, test } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { Markdown } from '../../../src/notebook/Markdown';
import type { Element } from 'hast';
import rehypeTables, { STACK_AT } from '../../../src/notebook/rehypeTables';

afterEach(cleanup);

const table = (source: string) => render(<Markdown source={source} />).container.querySelector('table')!; // prettier-ignore

test('each body cell is labelled with its column; short values stay a table', () => {
  const t = table('| x1 | x2 | y |\n| :-: | :-: | :-: |\n| 0 | 1 | 1 |\n| 1 | 1 | 0 |\n');
  const labels = [...t.querySelectorAll('td')].map((td) => td.getAttribute('data-label'));
  expect(labels).toEqual(['x1', 'x2', 'y', 'x1', 'x2', 'y']);
  expect(t.hasAttribute('data-stack')).toBe(false);
  expect(t.getAttribute('role')).toBeNull();
});

test('a table with a prose cell stacks, and keeps its table roles', () => {
  const prose = '여러 입력에 가중치를 곱해 더한 값이 기준을 넘으면 1, 아니면 0을 내보내는 뉴런';
  expect(prose.length).toBeGreaterThanOrEqual(STACK_AT);
  const t = table(`| 한국어 | 한 줄 **뜻** |\n| --- | --- |\n| 퍼셉트론 | ${prose} |\n`);
  expect(t.hasAttribute('data-stack')).toBe(true);
  expect(t.getAttribute('role')).toBe('table');
  expect([...t.querySelectorAll('thead, tbody')].map((g) => g.getAttribute('role'))).toEqual([
    'rowgroup',
    'rowgroup',
  ]);
  expect([...t.querySelectorAll('tr')].map((r) => r.getAttribute('role'))).toEqual(['row', 'row']);
  expect([...t.querySelectorAll('th')].map((c) => c.getAttribute('role'))).toEqual([
    'columnheader',
    'columnheader',
  ]);
  const cells = [...t.querySelectorAll('td')];
  expect(cells.map((c) => c.getAttribute('role'))).toEqual(['cell', 'cell']);
  // a header's markup is not part of its name
  expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(['한국어', '한 줄 뜻']);
});

test('a formula is measured by the glyphs it draws, not its TeX or its MathML copy', () => {
  const tex = '$30 \\times 1 \\times 5 \\times 5 = 750 \\quad \\mathbf{W}^{(1)}$';
  expect(tex.length).toBeGreaterThanOrEqual(STACK_AT);
  const t = table(`| 계층 | 가중치 |\n| --- | --- |\n| Conv | ${tex} |\n`);
  expect(t.querySelector('.katex')).not.toBeNull();
  expect(t.hasAttribute('data-stack')).toBe(false);
});

test('a table without a header row (HTML, not GFM) is left as it is', () => {
  const td: Element = {
    type: 'element',
    tagName: 'td',
    properties: {},
    children: [{ type: 'text', value: 'x'.repeat(STACK_AT + 5) }],
  };
  const tr: Element = { type: 'element', tagName: 'tr', properties: {}, children: [td] };
  const tbody: Element = { type: 'element', tagName: 'tbody', properties: {}, children: [tr] };
  const t: Element = { type: 'element', tagName: 'table', properties: {}, children: [tbody] };
  rehypeTables()({ type: 'root', children: [t] });
  expect(t.properties).toEqual({});
  expect(td.properties).toEqual({});
});
