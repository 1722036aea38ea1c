// The Markdown pipeline, shared by the renderer (react-markdown), the table of contents and the
// content lint: GFM tables, $math$ via KaTeX, directives for widgets, figures and callouts.
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import python from 'highlight.js/lib/languages/python';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import { unified, type PluggableList } from 'unified';
import { splitFrontMatter } from './frontMatter';
import rehypeTables from './rehypeTables';
import remarkNotebook, { type NotebookData } from './remarkNotebook';

export function remarkPlugins(
  lineOffset: number,
  collect?: (d: NotebookData) => void,
): PluggableList {
  return [
    // strikethrough only with ~~: Korean writes a range with one ~ (0~255, 1~2개), and GFM's
    // default pairs two of them in a paragraph and strikes out what lies between
    [remarkGfm, { singleTilde: false }],
    remarkMath,
    remarkDirective,
    [remarkNotebook, { lineOffset, collect }],
  ];
}

// A bad formula renders as KaTeX's red inline error text, never an exception. Tables are labelled
// after KaTeX has drawn their formulas (a formula's cell is measured by the glyphs it shows).
// ```python listings are coloured at build time (highlight.js's grammar through lowlight: spans
// with hljs-* classes, styled by app/styles/code.css; no script in the page); only Python is
// registered, a fence in another language stays plain.
export const rehypePlugins: PluggableList = [
  [rehypeKatex, { throwOnError: false, strict: 'ignore' }],
  [rehypeHighlight, { languages: { python }, detect: false }],
  rehypeTables,
];

/** Headings and directives of a chapter source (front matter allowed), without rendering. */
export function outline(source: string): NotebookData & { body: string; bodyLine: number } {
  const { body, bodyLine } = splitFrontMatter(source);
  let data: NotebookData = { headings: [], directives: [] };
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins(bodyLine - 1, (d) => (data = d)));
  processor.runSync(processor.parse(body));
  return { ...data, body, bodyLine };
}
