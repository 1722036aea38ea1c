// Build time: a page's Markdown → the search documents. Each `##`/`###` heading starts one
// section (a `####` and below stays in its section's text; the text before the first `##` is
// the page's introduction, under its `#`). On an appendix page (no chapter number: the
// glossary) every table row is a document of its own, its first cell the heading, so that a term
// is found with its one-line meaning. Heading ids come from the same remark plugins the pages
// are rendered with, so `/<slug>/#<anchor>` lands on the heading.
import type { Heading, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitFrontMatter } from '../../notebook/frontMatter';
import { remarkPlugins } from '../../notebook/pipeline';
import type { StoredDoc } from './options';
import { plainText, tableRows } from './plainText';

export interface PageSource {
  slug: string;
  /** Whether the page is an appendix (no chapter number): its tables become one doc per row. */
  appendix: boolean;
  /** The Markdown file, front matter included. */
  source: string;
}

/** The parsed page after our remark plugins (headings carry their ids in data.hProperties). */
function parse(source: string): Root {
  const { body, bodyLine } = splitFrontMatter(source);
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins(bodyLine - 1));
  return processor.runSync(processor.parse(body)) as Root;
}

function headingId(h: Heading): string {
  const id = (h.data?.hProperties as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string') throw new Error(`heading without id: ${plainText(h)}`);
  return id;
}

interface OpenSection {
  depth: number;
  anchor: string;
  path: string;
  heading: string;
  parts: string[];
}

export function pageSections(page: PageSource): StoredDoc[] {
  const docs: StoredDoc[] = [];
  let h2 = '';
  let current: OpenSection | undefined;
  const close = () => {
    if (current)
      docs.push({
        slug: page.slug,
        anchor: current.anchor,
        path: current.path,
        heading: current.heading,
        text: current.parts.filter(Boolean).join(' '),
      });
  };
  for (const node of parse(page.source).children as RootContent[]) {
    if (node.type === 'heading' && node.depth <= 3) {
      close();
      const text = plainText(node);
      if (node.depth === 2) h2 = text;
      // what is above the heading: the page's introduction, its `##` for a `###`
      const path = node.depth === 1 ? '들어가며' : node.depth === 3 ? h2 : '';
      current = { depth: node.depth, anchor: headingId(node), path, heading: text, parts: [] };
    } else if (!current) {
      throw new Error(`${page.slug}: text before the page's # heading`);
    } else if (node.type === 'table' && page.appendix) {
      const [, ...rows] = tableRows(node);
      for (const [term, ...rest] of rows)
        docs.push({
          slug: page.slug,
          anchor: current.anchor,
          path: current.depth === 1 ? '' : current.heading,
          heading: term,
          text: rest.join(' · '),
        });
    } else {
      current.parts.push(plainText(node));
    }
  }
  close();
  return docs;
}
