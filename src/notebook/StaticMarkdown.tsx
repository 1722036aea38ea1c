// Renders a chapter's Markdown at build time (react-dom/server): the same pipeline as the
// playground, but widgets become island frames (mounted later in the browser) and figures are
// drawn into the HTML itself, so text, math and figures need no script.
import type { ComponentType } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import { FIGURES } from '../figures';
import { FigureMount } from './FigureMount';
import {
  baseComponents,
  figureDirective,
  widgetDirective,
  type DataProps,
} from './markdownComponents';
import { rehypePlugins, remarkPlugins } from './pipeline';
import rehypeSections from './rehypeSections';
import { WidgetIsland } from './WidgetIsland';

/** Every figure's component, loaded (render on the server after `loadFigures()`). */
export type LoadedFigures = Record<string, ComponentType>;

export async function loadFigures(): Promise<LoadedFigures> {
  const entries = await Promise.all(
    Object.entries(FIGURES).map(async ([name, f]) => [name, (await f.load()).default] as const),
  );
  return Object.fromEntries(entries);
}

function StaticFigure({
  name,
  line,
  figures,
}: {
  name: string;
  line?: number;
  figures: LoadedFigures;
}) {
  const Figure = Object.prototype.hasOwnProperty.call(figures, name) ? figures[name] : undefined;
  // unknown names get FigureMount's error card (it renders nothing lazy for them)
  if (!Figure) return <FigureMount name={name} line={line} />;
  // a figure that throws fails the build: our own figures must draw
  return (
    <figure className="nb-figure" data-figure={name}>
      <Figure />
      <figcaption>{FIGURES[name].title}</figcaption>
    </figure>
  );
}

export function StaticMarkdown({
  source,
  lineOffset = 0,
  figures,
}: {
  source: string;
  lineOffset?: number;
  figures: LoadedFigures;
}) {
  const components = {
    ...baseComponents,
    'nb-widget': (p: DataProps) => <WidgetIsland {...widgetDirective(p)} />,
    'nb-figure': (p: DataProps) => <StaticFigure {...figureDirective(p)} figures={figures} />,
  } as unknown as Components;
  return (
    <ReactMarkdown
      remarkPlugins={remarkPlugins(lineOffset)}
      rehypePlugins={[...rehypePlugins, rehypeSections]}
      components={components}
    >
      {source}
    </ReactMarkdown>
  );
}
