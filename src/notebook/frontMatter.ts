// Chapter files start with a small front matter block:
//   ---
//   title: 퍼셉트론
//   summary: 한 줄 요약
//   ---
// Only `key: value` lines are read (no YAML library needed for two strings).

export interface FrontMatter {
  title?: string;
  summary?: string;
  [key: string]: string | undefined;
}

export function splitFrontMatter(source: string): {
  data: FrontMatter;
  body: string;
  bodyLine: number;
} {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { data: {}, body: source, bodyLine: 1 };
  const data: FrontMatter = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) data[kv[1]] = kv[2].replace(/^(['"])(.*)\1$/, '$2').trim();
  }
  return { data, body: source.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

export interface ChapterMeta {
  /** URL segment and file stem, e.g. '06-learning-techniques'. */
  slug: string;
  /** Chapter number from the file name (2…8); null for appendix pages like the glossary. */
  number: number | null;
  title: string;
  summary: string;
  /** How many `:::quiz` self-check questions the chapter has. */
  quizzes: number;
}

/** Chapter facts from its file name and source: title from front matter or the first `#` heading. */
export function chapterMeta(fileName: string, source: string): ChapterMeta {
  const slug = fileName.replace(/^.*\//, '').replace(/\.md$/, '');
  const num = /^(\d+)-/.exec(slug);
  const { data, body } = splitFrontMatter(source);
  const h1 = /^#\s+(.+)$/m.exec(body)?.[1]?.trim();
  return {
    slug,
    number: num ? Number(num[1]) : null,
    title: data.title ?? h1 ?? slug,
    summary: data.summary ?? '',
    quizzes: (body.match(/^:::quiz\b/gm) ?? []).length,
  };
}

/** Numbered chapters first (by number), then appendix pages (by slug). */
export function compareChapters(a: ChapterMeta, b: ChapterMeta): number {
  if (a.number !== null && b.number !== null) return a.number - b.number;
  if (a.number !== null) return -1;
  if (b.number !== null) return 1;
  return a.slug.localeCompare(b.slug);
}
