// The search tokenizer. Korean is written without spaces between a noun and its particle
// ("역전파는", "오차역전파법으로"), and readers type parts of words ("역전" should find
// 오차역전파법), so runs of Hangul syllables are indexed as overlapping syllable bigrams, plus the
// run's last syllable followed by END (so that every syllable starts some token). A query's
// Hangul run of two or more syllables becomes its bigrams, all required (AND); a one-syllable
// query is a prefix search over those tokens. Latin words and numbers are lower-cased words,
// searched by prefix ("adam", "im2col", "relu"). Readers space compounds their own way ("손실함수"
// for the text's "손실 함수", "원핫" for "원-핫"), so where a space or a hyphen is all that stands
// between two Hangul runs, the bigram across it is indexed too.

/** Marks the last syllable of a Hangul run ("층" in "은닉층" → "층$"). Never part of a word. */
export const END = '$';

const HANGUL = /^[\uAC00-\uD7A3]/;
const RUNS = /[\uAC00-\uD7A3]+|[a-z0-9\u00C0-\u024F\u0370-\u03FF]+/g;

/** Hangul and word runs of a text, lower-cased, in order. */
export function runs(text: string): string[] {
  return text.toLowerCase().match(RUNS) ?? [];
}

export const isHangul = (token: string) => HANGUL.test(token);

function bigrams(run: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/** What may stand inside a compound as readers write it: spaces or a hyphen. */
const JOINER = '[\\s\\-\u2010]+';
const JOINT = new RegExp(`([\\uAC00-\\uD7A3])${JOINER}(?=([\\uAC00-\\uD7A3]))`, 'g');

/** Tokens of a text as it is indexed: each run's, then the bigrams across a space or hyphen. */
export function tokenizeForIndex(text: string): string[] {
  const out: string[] = [];
  for (const run of runs(text)) {
    if (isHangul(run)) out.push(...bigrams(run), run[run.length - 1] + END);
    else out.push(run);
  }
  for (const m of text.matchAll(JOINT)) out.push(m[1] + m[2]);
  return out;
}

/**
 * A run of `runs()` (letters and digits only: nothing to escape) as a pattern that also matches
 * it spaced or hyphenated inside ("손실함수" finds "손실 함수").
 */
export function loosePattern(run: string): string {
  return isHangul(run) ? [...run].join(`(?:${JOINER})?`) : run;
}

/** Tokens of a query: Hangul bigrams (or one syllable), words as typed (lower-cased). */
export function tokenizeQuery(query: string): string[] {
  const out: string[] = [];
  for (const run of runs(query)) {
    if (isHangul(run) && run.length > 1) out.push(...bigrams(run));
    else out.push(run);
  }
  return [...new Set(out)];
}

/** Whether a query token is searched as a prefix: one syllable, or a word (not a bigram). */
export function isPrefixToken(token: string): boolean {
  return !isHangul(token) || token.length === 1;
}
