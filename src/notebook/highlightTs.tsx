// The widget code panel's TypeScript, coloured like the chapters' Python listings (the hljs-*
// classes of app/styles/code.css): highlight.js's TypeScript grammar through lowlight, in a chunk
// of its own that comes with the panel's first opening (WidgetCode.tsx), never with the page.
// lowlight's tree becomes React elements through hast-util-to-jsx-runtime, as react-markdown's do.
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import typescript from 'highlight.js/lib/languages/typescript';
import { createLowlight } from 'lowlight';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

const lowlight = createLowlight({ typescript });

/** `source` as React nodes: text, and spans with hljs-* classes around what the grammar marks. */
export function highlightTs(source: string): ReactNode {
  return toJsxRuntime(lowlight.highlight('typescript', source), { Fragment, jsx, jsxs });
}
