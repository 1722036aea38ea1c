// A rehype step for prose tables (after KaTeX): every body cell carries its column's header as
// `data-label`, and a table that holds prose — a body cell of STACK_AT characters or more, as the
// glossary's meanings — is marked `data-stack`. On a narrow screen chapter.css shows each row of
// such a table as a card (the first cell its title, the others under their column's name), where
// its columns would otherwise shrink to a word or two each and the table scroll sideways. A table
// of short values (truth tables, shapes, counts) stays a table everywhere. Stacked tables keep
// their table roles explicitly: a row drawn as a block is still a row to a screen reader.
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** A body cell this long (characters as drawn; a formula counts its glyphs) is prose. */
export const STACK_AT = 40;

const isElement = (n: ElementContent): n is Element => n.type === 'element';

const children = (e: Element, tag: string): Element[] =>
  e.children.filter((c): c is Element => isElement(c) && c.tagName === tag);

/** The text a reader sees: KaTeX's MathML copy (for screen readers) is not counted twice. */
function drawnText(n: ElementContent): string {
  if (n.type === 'text') return n.value;
  if (n.type !== 'element') return '';
  const cls = n.properties.className;
  if (Array.isArray(cls) && cls.includes('katex-mathml')) return '';
  return n.children.map(drawnText).join('');
}

function labelTable(table: Element): void {
  const head = children(table, 'thead')[0];
  const headRow = head && children(head, 'tr')[0];
  const headers = headRow ? children(headRow, 'th').map((th) => drawnText(th).trim()) : [];
  const bodies = children(table, 'tbody');
  const rows = bodies.flatMap((b) => children(b, 'tr'));
  let longest = 0;
  for (const row of rows)
    children(row, 'td').forEach((cell, i) => {
      if (headers[i]) cell.properties.dataLabel = headers[i];
      longest = Math.max(longest, drawnText(cell).trim().length);
    });
  if (longest < STACK_AT || !head) return;
  table.properties.dataStack = '';
  table.properties.role = 'table';
  for (const group of [head, ...bodies]) group.properties.role = 'rowgroup';
  for (const row of [...children(head, 'tr'), ...rows]) {
    row.properties.role = 'row';
    for (const th of children(row, 'th')) th.properties.role = 'columnheader';
    for (const td of children(row, 'td')) td.properties.role = 'cell';
  }
}

export default function rehypeTables() {
  return (tree: Root) =>
    visit(tree, 'element', (n) => {
      if (n.tagName !== 'table') return;
      labelTable(n);
      return SKIP; // no table inside a table
    });
}
