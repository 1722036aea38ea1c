// Build time: every page's search documents → one MiniSearch index, serialised with the pages'
// labels as the JSON asset the search box loads (scripts/vite-search-index.ts).
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS, type SearchDoc, type SearchIndexFile } from './options';
import { pageSections, type PageSource } from './sections';

export interface IndexedPage extends PageSource {
  /** Shown with each result: `5장 오차역전파법`, `용어집`. */
  label: string;
}

export function buildSearchIndex(pages: IndexedPage[]): SearchIndexFile {
  const ms = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  let id = 0;
  for (const page of pages) ms.addAll(pageSections(page).map((d) => ({ ...d, id: id++ })));
  return {
    version: 1,
    pages: Object.fromEntries(pages.map((p) => [p.slug, p.label])),
    index: ms.toJSON(),
  };
}
