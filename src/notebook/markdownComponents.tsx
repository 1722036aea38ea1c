// The HTML elements our Markdown pipeline produces, as React components, shared by the build-time
// renderer (chapters → static HTML) and the client renderer (the playground). Each renderer adds
// its own `nb-widget` and `nb-figure`.
import type { AnchorHTMLAttributes, HTMLAttributes, ReactNode, TableHTMLAttributes } from 'react';
import { Callout, CalloutLabel } from './Callout';
import { resolveContentLink } from './links';

/** The `data-*` properties react-markdown passes for our directive elements. */
export type DataProps = Record<string, unknown> & { children?: ReactNode };

export const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? '' : String(v));
const num = (v: unknown) => (v === undefined || v === '' ? undefined : Number(v));

/** A widget directive as the remark plugin wrote it: name, attributes, instance key, line. */
export function widgetDirective(p: DataProps) {
  let attrs: Record<string, string> = {};
  try {
    attrs = JSON.parse(str(p['data-attrs']) || '{}') as Record<string, string>;
  } catch {
    /* attrs come from our own plugin; unreachable */
  }
  return {
    name: str(p['data-name']),
    attrs,
    instanceKey: str(p['data-instance']),
    line: num(p['data-line']),
  };
}

/** A figure directive: its name and line. */
export function figureDirective(p: DataProps) {
  return { name: str(p['data-name']), line: num(p['data-line']) };
}

function Link({
  href = '',
  children,
  node: _node,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { node?: unknown }) {
  const internal = resolveContentLink(href);
  if (internal) {
    return (
      <a {...rest} href={internal}>
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

type HeadingProps = HTMLAttributes<HTMLHeadingElement> & { node?: unknown };

/**
 * A `##` or `###` heading with a `#` link to itself after its text, shown on hover (always, faintly,
 * on a touch screen): a reader shares a section by it. Hidden from screen readers and left out of
 * the Tab order: the table of contents holds the same links, and the heading's name stays its text.
 */
function sectionHeading(Tag: 'h2' | 'h3') {
  return function SectionHeading({ node: _node, id, children, ...rest }: HeadingProps) {
    return (
      <Tag id={id} {...rest}>
        {children}
        {id && (
          <a className="heading-anchor" href={`#${id}`} aria-hidden="true" tabIndex={-1}>
            #
          </a>
        )}
      </Tag>
    );
  };
}

export const baseComponents = {
  a: Link,
  h2: sectionHeading('h2'),
  h3: sectionHeading('h3'),
  'nb-callout': (p: DataProps) => (
    <Callout kind={str(p['data-kind'])} label={str(p['data-label'])} line={num(p['data-line'])}>
      {p.children}
    </Callout>
  ),
  'nb-callout-label': CalloutLabel,
  // Wide tables scroll on their own instead of widening the page.
  table: ({ node: _node, ...p }: TableHTMLAttributes<HTMLTableElement> & { node?: unknown }) => (
    <div className="table-scroll">
      <table {...p} />
    </div>
  ),
};
