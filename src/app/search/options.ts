// What the search index holds and how it is searched: shared by the build (scripts/
// vite-search-index.ts writes the index) and the browser (loadIndex.ts reads it back), which
// must use the same fields and tokenizer.
import type { Options } from 'minisearch';
import { isPrefixToken, tokenizeForIndex, tokenizeQuery } from './tokenize';

/** One searchable piece of a page: the text under a `##`/`###` heading, or a glossary row. */
export interface SearchDoc {
  id: number;
  /** The page: a chapter's slug (`05-backpropagation`) or `glossary`. */
  slug: string;
  /** The heading id to jump to (`/<slug>/#<anchor>`). */
  anchor: string;
  /**
   * What is above the heading on its page, shown with the page's label: the `##` of a `###`
   * (`계산 그래프`), `들어가며` for a page's introduction, the table's section for a glossary row;
   * empty for a `##`.
   */
  path: string;
  /** The heading's text (a glossary row: its term), searched with a boost. */
  heading: string;
  /** Plain text: Markdown, display math and directives stripped. */
  text: string;
}

export type StoredDoc = Omit<SearchDoc, 'id'>;

/** The JSON asset: page labels by slug and MiniSearch's serialised index. */
export interface SearchIndexFile {
  version: 1;
  pages: Record<string, string>;
  index: unknown;
}

export const SEARCH_OPTIONS: Options<SearchDoc> = {
  fields: ['heading', 'text'],
  storeFields: ['slug', 'anchor', 'path', 'heading', 'text'],
  tokenize: (text) => tokenizeForIndex(text),
  processTerm: (term) => term,
  searchOptions: {
    tokenize: (query) => tokenizeQuery(query),
    processTerm: (term) => term,
    prefix: (term) => isPrefixToken(term),
    combineWith: 'AND',
    boost: { heading: 3 },
  },
};
