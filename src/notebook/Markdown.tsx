// Renders Markdown in the browser (the playground): react-markdown with our pipeline; directives
// become live widgets, figures and callouts. Chapters are rendered at build time instead
// (StaticMarkdown). Raw HTML in the source is dropped, never executed.
import ReactMarkdown, { type Components } from 'react-markdown';
import { memo } from 'react';
import { FigureMount } from './FigureMount';
import {
  baseComponents,
  figureDirective,
  widgetDirective,
  type DataProps,
} from './markdownComponents';
import { rehypePlugins, remarkPlugins } from './pipeline';
import { WidgetFrame } from './WidgetFrame';

const components = {
  ...baseComponents,
  'nb-widget': (p: DataProps) => <WidgetFrame {...widgetDirective(p)} />,
  'nb-figure': (p: DataProps) => <FigureMount {...figureDirective(p)} />,
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
