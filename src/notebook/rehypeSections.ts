// A rehype step for the pre-rendered chapters: each `##` heading and what follows it, up to the
// next `##`, becomes one <section class="chapter-section"> (the text before the first `##` too),
// and inside it each `###` and what follows, up to the next `###`, a nested one. The browser then
// skips laying out and painting the sections far from the viewport (`content-visibility: auto` in
// chapter.css) — a long chapter is mostly KaTeX markup: laying all of it out again after each font
// swap blocked the page for half a second, and chapter 6's first `##` alone (eight `###`, every
// optimizer's formulas) was a ≈ 300 ms layout on a throttled phone. Code blocks become
// focusable regions here too (they may scroll sideways; checking each in the browser would lay
// out the far sections).
import type { Element, ElementContent, Root, RootContent } from 'hast';

const isHeading = (n: RootContent, tag: 'h2' | 'h3'): n is Element =>
  n.type === 'element' && n.tagName === tag;

function section(children: RootContent[]): Element {
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: ['chapter-section'] },
    children: children as ElementContent[],
  };
}

/** Languages of the listings, as their regions are named. */
const LANGUAGE: Record<string, string> = { python: '파이썬 ' };

/**
 * Code blocks scroll sideways when long: each is a labelled region keyboard users can focus,
 * numbered in the page's order ("파이썬 코드 2"): landmarks of one page need names of their own.
 */
function focusableCode(nodes: RootContent[], count = { n: 0 }): void {
  for (const n of nodes) {
    if (n.type !== 'element') continue;
    if (n.tagName === 'pre') {
      const code = n.children.find((c): c is Element => c.type === 'element');
      const lang = String(code?.properties.className ?? '').match(/language-(\w+)/)?.[1] ?? '';
      const label = `${LANGUAGE[lang] ?? ''}코드 ${++count.n}`;
      Object.assign(n.properties, { tabIndex: 0, role: 'region', ariaLabel: label });
    } else focusableCode(n.children as RootContent[], count);
  }
}

/** Runs of `nodes`, a new one at each `tag` heading; whitespace-only runs stay outside. */
function split(
  nodes: RootContent[],
  tag: 'h2' | 'h3',
  wrap: (run: RootContent[]) => RootContent[],
) {
  const out: RootContent[] = [];
  let current: RootContent[] = [];
  const flush = () => {
    if (current.some((n) => n.type !== 'text' || n.value.trim() !== '')) out.push(...wrap(current));
    else out.push(...current);
    current = [];
  };
  for (const node of nodes) {
    if (isHeading(node, tag)) flush();
    current.push(node);
  }
  flush();
  return out;
}

export default function rehypeSections() {
  return (tree: Root) => {
    focusableCode(tree.children);
    tree.children = split(tree.children, 'h2', (run) => {
      // the text between the `##` and its first `###` stays in the outer section
      const first = run.findIndex((n) => isHeading(n, 'h3'));
      if (first < 0) return [section(run)];
      const sub = split(run.slice(first), 'h3', (r) => [section(r)]);
      return [section([...run.slice(0, first), ...sub])];
    }) as Root['children'];
  };
}
