// The widget code panel's TypeScript, coloured like the chapters' Python listings (the hljs-*
// classes of app/styles/code.css): highlight.js's TypeScript grammar through lowlight, in a chunk
// of its own that comes with the panel's first opening (WidgetCode.tsx), never with the page.
import type { ElementContent } from 'hast';
import typescript from 'highlight.js/lib/languages/typescript';
import { createLowlight } from 'lowlight';
import type { ReactNode } from 'react';

const lowlight = createLowlight({ typescript });

function toReact(nodes: readonly ElementContent[]): ReactNode[] {
  return nodes.map((n, i) => {
    if (n.type === 'text') return n.value;
    if (n.type !== 'element') return null;
    const className = n.properties.className;
    return (
      <span key={i} className={Array.isArray(className) ? className.join(' ') : undefined}>
        {toReact(n.children)}
      </span>
    );
  });
}

/** `source` as React nodes: text, and spans with hljs-* classes around what the grammar marks. */
export function highlightTs(source: string): ReactNode[] {
  return toReact(lowlight.highlight('typescript', source).children as ElementContent[]);
}
