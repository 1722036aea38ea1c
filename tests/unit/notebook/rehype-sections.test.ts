// The pre-rendered chapter's sections (rehypeSections): one per `##`, one per `###` inside it, the
// text before the first heading of each level kept where it stands, code blocks focusable.
import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeSections from '../../../src/notebook/rehypeSections';

const el = (tagName: string, text = ''): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: text ? [{ type: 'text', value: text }] : [],
});
const nl: RootContent = { type: 'text', value: '\n' };

/** The tree as a short string: a section is [..], an element tag:text. */
function outline(nodes: readonly RootContent[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.value.trim() ? `"${n.value}"` : '';
      if (n.type !== 'element') return '';
      if (n.tagName === 'section') return `[${outline(n.children as RootContent[])}]`;
      const t = n.children.find((c) => c.type === 'text');
      return `${n.tagName}${t && t.type === 'text' ? `:${t.value}` : ''}`;
    })
    .filter(Boolean)
    .join(' ');
}

const run = (children: RootContent[]): Root => {
  const tree: Root = { type: 'root', children };
  rehypeSections()(tree);
  return tree;
};

describe('rehypeSections', () => {
  it('wraps each ## in a section and each ### inside it in a nested one', () => {
    const tree = run([
      el('p', '앞'), nl,
      el('h2', 'A'), nl, el('p', 'a'), nl,
      el('h3', 'A1'), nl, el('p', 'x'), nl,
      el('h3', 'A2'), nl, el('p', 'y'), nl,
      el('h2', 'B'), nl, el('p', 'b'),
    ]); // prettier-ignore
    expect(outline(tree.children)).toBe('[p:앞] [h2:A p:a [h3:A1 p:x] [h3:A2 p:y]] [h2:B p:b]');
    const sections = tree.children.filter((n) => n.type === 'element');
    expect(sections.every((s) => (s as Element).properties.className?.toString() === 'chapter-section')).toBe(true); // prettier-ignore
  });

  it('a chapter without headings is one section; code blocks are focusable regions, each named', () => {
    const python = { ...el('code', 'x = 1'), properties: { className: ['language-python'] } };
    const tree = run([
      el('p', '본문'), nl,
      { ...el('pre'), children: [python] }, nl,
      { ...el('pre'), children: [el('code', '$ npm test')] },
    ]); // prettier-ignore
    expect(outline(tree.children)).toBe('[p:본문 pre pre]');
    const pres = (tree.children[0] as Element).children.filter(
      (n): n is Element => n.type === 'element' && n.tagName === 'pre',
    );
    // landmarks of one page need names of their own: numbered, with the language where known
    expect(pres.map((p) => p.properties)).toMatchObject([
      { tabIndex: 0, role: 'region', ariaLabel: '파이썬 코드 1' },
      { tabIndex: 0, role: 'region', ariaLabel: '코드 2' },
    ]);
  });
});
