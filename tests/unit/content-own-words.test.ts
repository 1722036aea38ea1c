// The study notes are a topic list, not text to copy. Two checks: no 40-character run shared
// with the notes, and no chapter sentence that carries most of a notes sentence with only its
// endings changed (a sentence's 4-character runs of Hangul, formulas, Latin terms and digits left
// out: the share of a notes sentence's runs found in one chapter sentence).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const dir = resolve('content');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort();
const sources = Object.fromEntries(files.map((f) => [f, readFileSync(resolve(dir, f), 'utf8')]));
const seed = resolve('..', 'shared', 'seed', 'study-notes.md');

const RUN = 4;
/** share of a notes sentence's runs that one chapter sentence may hold */
const MAX_SHARE = 0.55;

/** Sentences with at least 12 Hangul characters, inline formulas removed. */
function sentences(text: string): string[] {
  return text
    .replace(/\$[^$\n]*\$/g, '')
    .split(/(?<=[.?!다요])\s+|\n+/)
    .filter((s) => (s.match(/[가-힣]/g) ?? []).length >= 12);
}

function runs(s: string): Set<string> {
  const t = s.replace(/[^가-힣]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + RUN <= t.length; i++) out.add(t.slice(i, i + RUN));
  return out;
}

/** A finder over the notes (their runs indexed once) of the pairs (share, notes sentence, text
 *  sentence) where a sentence of a text holds ≥ `max` of a notes sentence's runs (notes sentences
 *  of at least 12 runs). */
function nearCopies(notes: string, max = MAX_SHARE) {
  const ref = sentences(notes)
    .map((s) => ({ s, r: runs(s) }))
    .filter((n) => n.r.size >= 12);
  const index = new Map<string, number[]>();
  ref.forEach((n, k) =>
    n.r.forEach((g) => {
      if (!index.has(g)) index.set(g, []);
      index.get(g)!.push(k);
    }),
  );
  return (text: string) => {
    const found: { share: number; notes: string; text: string }[] = [];
    for (const s of sentences(text)) {
      const hits = new Map<number, number>();
      for (const g of runs(s))
        for (const k of index.get(g) ?? []) hits.set(k, (hits.get(k) ?? 0) + 1);
      for (const [k, n] of hits) {
        const share = n / ref[k].r.size;
        if (share >= max)
          found.push({ share: Math.round(share * 100) / 100, notes: ref[k].s, text: s });
      }
    }
    return found;
  };
}

describe('near copies', () => {
  const notes = '- $x_0$: $x_1$을 상수로 취급하고 $x_0$에 대해서만 미분한 값.\n';
  test('a notes sentence with new endings is one', () => {
    const text = '- $x_0$: $x_1$을 상수로 취급하고 $x_0$에 대해서만 미분한 값이에요.';
    expect(nearCopies(notes)(text)).toHaveLength(1);
  });
  test('the same idea in other words is not', () => {
    const text =
      '- $x_0$: $x_1$은 그 자리에 붙잡아 두고 $x_0$만 조금 움직였을 때 변하는 비율이에요.';
    expect(nearCopies(notes)(text)).toEqual([]);
  });
});

describe.runIf(existsSync(seed))('the chapters in their own words', () => {
  // read in the tests: a skipped describe's body still runs where the notes are missing (CI's clone)
  const notes = () => readFileSync(seed, 'utf8');

  test('no 40-character run of the notes', () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    const all = norm(notes());
    const grams = new Set<string>();
    for (let i = 0; i + 40 <= all.length; i++) grams.add(all.slice(i, i + 40));
    const copied: string[] = [];
    for (const f of files) {
      const t = norm(sources[f]);
      for (let i = 0; i + 40 <= t.length; i += 20) {
        const g = t.slice(i, i + 40);
        if (grams.has(g) && /[가-힣]/.test(g)) copied.push(`${f}: ${g}`);
      }
    }
    expect(copied).toEqual([]);
  });

  test('no notes sentence with only its endings changed', () => {
    const inNotes = nearCopies(notes());
    const found = files.flatMap((f) =>
      inNotes(sources[f]).map((c) => `${f} (${c.share}): ${c.text} ← ${c.notes}`),
    );
    expect(found).toEqual([]);
  });
});
