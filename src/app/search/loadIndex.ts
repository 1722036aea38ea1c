// Loaded when the reader first focuses the search box (never with the page): MiniSearch, the
// index asset (same origin) and the search over it.
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { searchIndexUrl } from 'virtual:search-index';
import { SEARCH_OPTIONS, type SearchDoc, type SearchIndexFile } from './options';
import { search, type SearchResult } from './query';

export type SearchFn = (query: string) => SearchResult[];

export async function loadSearch(): Promise<SearchFn> {
  const res = await fetch(searchIndexUrl);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const file = (await res.json()) as SearchIndexFile;
  const ms = await MiniSearch.loadJSAsync<SearchDoc>(file.index as AsPlainObject, SEARCH_OPTIONS);
  return (query) => search(ms, file.pages, query);
}
