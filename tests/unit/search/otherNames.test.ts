// The other names readers type (렐루, 에포크, 크로스 엔트로피) become the text's terms in a query,
// with any spacing, beside the rest of the query; and none of them is a name the text itself
// writes (else a query for it would be rewritten away from what the text says).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { inTextTerms, OTHER_NAMES } from '../../../src/app/search/otherNames';
import { loosePattern, runs } from '../../../src/app/search/tokenize';

describe('other names of the text’s terms', () => {
  test.each([
    ['렐루', 'ReLU'],
    ['렐루 역전파', 'ReLU 역전파'],
    ['크로스엔트로피', '교차 엔트로피'],
    ['크로스 엔트로피 오차', '교차 엔트로피 오차'],
    ['에포크마다', '에폭 마다'],
    ['카이밍 초기값', 'He 초깃값'],
    ['그래디언트 소실', '기울기 소실'],
  ])('"%s" is searched as "%s"', (q, asText) => {
    expect(inTextTerms(q)).toBe(asText);
  });

  test('a query with no other name is left alone', () => {
    for (const q of ['역전파', 'ReLU', '교차 엔트로피', '활성화 함수', '초깃값', ''])
      expect(inTextTerms(q), q).toBeNull();
  });

  test('the chapters never write an other name (they keep the term the table names first)', () => {
    const dir = resolve('content');
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(resolve(dir, f), 'utf8'))
      .join('\n');
    for (const [term, ...others] of OTHER_NAMES) {
      expect(text, term).toContain(term);
      for (const other of others)
        expect(new RegExp(loosePattern(runs(other).join('')), 'i').test(text), other).toBe(false);
    }
  });
});
