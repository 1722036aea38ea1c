// Renders one chapter's Markdown: react-markdown with our pipeline; directives become widgets,
// figures and callouts. Raw HTML in the source is dropped, never executed.
import ReactMarkdown, { type Components } from 'react-markdown';
import { memo, type AnchorHTMLAttributes } from 'react';
import { Callout, CalloutLabel } from './Callout';
import { FigureMount } from './FigureMount';
import { onLinkClick, resolveContentLink } from './links';
import { rehypePlugins, remarkPlugins } from './pipeline';
import { WidgetFrame } from './WidgetFrame';

type DataProps = Record<string, unknown> & { children?: React.ReactNode };
const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? '' : String(v));
const num = (v: unknown) => (v === undefined || v === '' ? undefined : Number(v));

function Link({
  href = '',
  children,
  node: _node,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { node?: unknown }) {
  const internal = resolveContentLink(href);
  if (internal) {
    return (
      <a {...rest} href={internal} onClick={(e) => onLinkClick(e, internal)}>
        {children}
      </a>
    );
  }
  const external = /^https?:/.test(href);
  return (
    <a
      {...rest}
      href={href}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {children}
    </a>
  );
}

const components = {
  a: Link,
  'nb-widget': (p: DataProps) => {
    let attrs: Record<string, string> = {};
    try {
      attrs = JSON.parse(str(p['data-attrs']) || '{}') as Record<string, string>;
    } catch {
      /* attrs come from our own plugin; unreachable */
    }
    return (
      <WidgetFrame
        name={str(p['data-name'])}
        attrs={attrs}
        instanceKey={str(p['data-instance'])}
        line={num(p['data-line'])}
      />
    );
  },
  'nb-figure': (p: DataProps) => (
    <FigureMount name={str(p['data-name'])} line={num(p['data-line'])} />
  ),
  'nb-callout': (p: DataProps) => (
    <Callout kind={str(p['data-kind'])} label={str(p['data-label'])} line={num(p['data-line'])}>
      {p.children}
    </Callout>
  ),
  'nb-callout-label': CalloutLabel,
  // Wide tables scroll on their own instead of widening the page.
  table: ({
    node: _node,
    ...p
  }: React.TableHTMLAttributes<HTMLTableElement> & { node?: unknown }) => (
    <div className="table-scroll">
      <table {...p} />
    </div>
  ),
} as unknown as Components;

export const Markdown = memo(function Markdown({
  source,
  lineOffset = 0,
}: {
  source: string;
  lineOffset?: number;
}) {
  return (
    <ReactMarkdown
      remarkPlugins={remarkPlugins(lineOffset)}
      rehypePlugins={rehypePlugins}
      components={components}
    >
      {source}
    </ReactMarkdown>
  );
});
