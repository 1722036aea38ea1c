// The one way a widget typesets math: KaTeX rendered to a string (no DOM work, safe to re-render).
import { useMemo } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';

export function Tex({
  tex,
  display = false,
  className,
}: {
  tex: string;
  display?: boolean;
  className?: string;
}) {
  const html = useMemo(
    () => katex.renderToString(tex, { throwOnError: false, displayMode: display }),
    [tex, display],
  );
  return (
    <span
      className={className ? `tex ${className}` : 'tex'}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
