// Searching the loaded index: results in rank order, each with its page, heading path, link
// target and a short snippet around the first place the query occurs.
import type MiniSearch from 'minisearch';
import type { SearchDoc, StoredDoc } from './options';
import { inTextTerms } from './otherNames';
import { loosePattern, runs } from './tokenize';

export interface SnippetPart {
  text: string;
  /** Whether this part is (a piece of) the query, to be highlighted. */
  hit: boolean;
}

export interface SearchResult {
  slug: string;
  anchor: string;
  page: string;
  path: string;
  heading: string;
  snippet: SnippetPart[];
}

/** The query's words, each also matching itself spaced or hyphenated inside. */
const loose = (query: string) => runs(query).map(loosePattern);

/** The whole query as a pattern: its words in order, anything but letters between them. */
const phrase = (words: string[]) => words.join('[^가-힣a-z0-9]*');

/**
 * Where the query occurs in `text`: the whole query if it is there as written (spaces
 * flexible), else each of its words; case-insensitive.
 */
function matcher(query: string): RegExp | undefined {
  const words = loose(query);
  if (!words.length) return undefined;
  return new RegExp(`${phrase(words)}|${words.join('|')}`, 'gi');
}

/** About `width` characters of `text` around the first hit, the hits marked. */
export function snippet(text: string, query: string, width = 90): SnippetPart[] {
  const re = matcher(query);
  const first = re ? text.search(re) : -1;
  let start = first < 0 ? 0 : Math.max(0, first - Math.round(width / 3));
  // begin at a word, not in the middle of one
  const space = start > 0 ? text.indexOf(' ', start) : -1;
  if (space >= 0 && space < first) start = space + 1;
  const end = Math.min(text.length, start + width);
  const cut = text.slice(start, end);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', hit: false });
  let at = 0;
  if (re)
    for (const m of cut.matchAll(re)) {
      if (m.index > at) parts.push({ text: cut.slice(at, m.index), hit: false });
      parts.push({ text: m[0], hit: true });
      at = m.index + m[0].length;
    }
  if (at < cut.length) parts.push({ text: cut.slice(at), hit: false });
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
}

/**
 * The best `limit` sections for a query (none for a query with nothing searchable). A section
 * whose heading or text holds the query as written ranks above one that only has its pieces. A
 * query naming a term as the text does not (렐루, 에포크: otherNames.ts) is searched with the
 * text's name too, and its snippet marks that name.
 */
export function search(
  ms: MiniSearch<SearchDoc>,
  pages: Record<string, string>,
  query: string,
  limit = 8,
): SearchResult[] {
  const found = new Map<number, { doc: StoredDoc; score: number; asked: string }>();
  for (const asked of [query, inTextTerms(query)]) {
    if (!asked || !runs(asked).length) continue;
    const whole = new RegExp(phrase(loose(asked)), 'i');
    for (const r of ms.search(asked)) {
      const doc = r as unknown as StoredDoc & { score: number };
      const exact = whole.test(doc.heading) ? 2 : whole.test(doc.text) ? 1.5 : 1;
      const score = r.score * exact;
      const id = r.id as number;
      if (score > (found.get(id)?.score ?? 0)) found.set(id, { doc, score, asked });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ doc, asked }) => ({
      slug: doc.slug,
      anchor: doc.anchor,
      page: pages[doc.slug] ?? doc.slug,
      path: doc.path,
      heading: doc.heading,
      snippet: snippet(doc.text || doc.heading, asked),
    }));
}
