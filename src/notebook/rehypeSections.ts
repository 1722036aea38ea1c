// A rehype step for the pre-rendered chapters: each `##` heading and what follows it, up to the
// next `##`, becomes one <section class="chapter-section"> (the text before the first `##` too).
// The browser then skips laying out and painting the sections far from the viewport
// (`content-visibility: auto` in chapter.css) — a long chapter is mostly KaTeX markup, and laying
// all of it out again after each font swap blocked the page for half a second. Code blocks become
// focusable regions here too (they may scroll sideways; checking each in the browser would lay
// out the far sections).
import type { Element, ElementContent, Root, RootContent } from 'hast';

const isH2 = (n: RootContent): n is Element => n.type === 'element' && n.tagName === 'h2';

function section(children: RootContent[]): Element {
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: ['chapter-section'] },
    children: children as ElementContent[],
  };
}

/** Code blocks scroll sideways when long: each is a labelled region keyboard users can focus. */
function focusableCode(nodes: RootContent[]): void {
  for (const n of nodes) {
    if (n.type !== 'element') continue;
    if (n.tagName === 'pre')
      Object.assign(n.properties, { tabIndex: 0, role: 'region', ariaLabel: '코드' });
    else focusableCode(n.children as RootContent[]);
  }
}

export default function rehypeSections() {
  return (tree: Root) => {
    focusableCode(tree.children);
    const out: RootContent[] = [];
    let current: RootContent[] = [];
    const flush = () => {
      // whitespace-only runs stay outside (no empty sections)
      if (current.some((n) => n.type !== 'text' || n.value.trim() !== ''))
        out.push(section(current));
      current = [];
    };
    for (const node of tree.children) {
      if (isH2(node)) flush();
      current.push(node);
    }
    flush();
    tree.children = out;
  };
}
