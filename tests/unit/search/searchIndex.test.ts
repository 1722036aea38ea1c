// The index built from the real chapters: the queries a reader types find the sections they
// mean (Korean partial words, Latin names), every result links to a heading that exists, and a
// query that matches nothing returns nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { readChapterIndex } from '../../../scripts/vite-chapter-index';
import { buildSearchIndex } from '../../../src/app/search/buildIndex';
import {
  SEARCH_OPTIONS,
  type SearchDoc,
  type SearchIndexFile,
} from '../../../src/app/search/options';
import { search, type SearchResult } from '../../../src/app/search/query';
import { outline } from '../../../src/notebook/pipeline';

const chapters = readChapterIndex();
const source = (slug: string) => readFileSync(resolve('content', `${slug}.md`), 'utf8');
let file: SearchIndexFile;
let ms: MiniSearch<SearchDoc>;
const find = (q: string): SearchResult[] => search(ms, file.pages, q);
const targets = (q: string) => find(q).map((r) => `${r.slug}#${r.anchor}`);

beforeAll(() => {
  file = buildSearchIndex(
    chapters.map((c) => ({
      slug: c.slug,
      appendix: c.number === null,
      label: c.number !== null ? `${c.number}장 ${c.title}` : c.title,
      source: source(c.slug),
    })),
  );
  // as the browser gets it: through JSON
  const parsed = JSON.parse(JSON.stringify(file)) as SearchIndexFile;
  ms = MiniSearch.loadJS<SearchDoc>(parsed.index as AsPlainObject, SEARCH_OPTIONS);
});

describe('search index', () => {
  test.each([
    ['역전', '05-backpropagation#5장-오차역전파법'],
    ['역전', '05-backpropagation#사과-예제의-역전파'],
    ['전파', '05-backpropagation#5장-오차역전파법'],
    ['오차역전파법', '05-backpropagation#오차역전파법-구현하기'],
    ['기울기', '04-neural-network-learning#기울기'],
    ['기울기 확인', '05-backpropagation#기울기-확인'],
    ['소프트맥스', '03-neural-network#소프트맥스-함수'],
    ['활성화', '03-neural-network#활성화-함수'],
    ['활성화 함수', '03-neural-network#활성화-함수'],
    ['im2col', '07-cnn#im2col로-데이터-펼치기'],
    ['Adam', '06-learning-techniques#adam'],
    ['adam', '06-learning-techniques#adam'],
    ['배치 정규화', '06-learning-techniques#배치-정규화'],
    // spaced as readers type them, not as the text is
    ['손실함수', '04-neural-network-learning#손실-함수'],
    ['원핫', '04-neural-network-learning#교차-엔트로피-오차-cee'],
    ['전이학습', '08-deep-learning#resnet'],
    ['오차 역전파법', '05-backpropagation#5장-오차역전파법'],
    // the other names of a term
    ['과적합', '06-learning-techniques#과대적합'],
    ['오버피팅', '06-learning-techniques#과대적합'],
    // names the text does not write (otherNames.ts)
    ['렐루', '03-neural-network#relu-함수'],
    ['컨볼루션', '07-cnn#합성곱-연산'],
    ['크로스엔트로피', '04-neural-network-learning#교차-엔트로피-오차-cee'],
    ['그래디언트 소실', '06-learning-techniques#표준편차-1일-때'],
    ['에포크', '04-neural-network-learning#시험-데이터로-평가하기'],
    ['데이터 증강', '08-deep-learning#데이터-확장'],
    ['배치놈', '06-learning-techniques#배치-정규화'],
  ])('"%s" finds %s', (q, target) => {
    expect(targets(q)).toContain(target);
  });

  test('the best result for a heading-sized query is that heading', () => {
    expect(targets('소프트맥스 함수')[0]).toBe('03-neural-network#소프트맥스-함수');
    expect(targets('im2col로 데이터 펼치기')[0]).toBe('07-cnn#im2col로-데이터-펼치기');
  });

  test('glossary terms are found with their meaning, under the glossary page', () => {
    const hit = find('오차역전파법').find((r) => r.slug === 'glossary');
    expect(hit).toMatchObject({ page: '용어집', heading: '오차역전파법', anchor: '용어집' });
    expect(hit?.snippet.map((p) => p.text).join('')).toContain('backpropagation');
  });

  test('a query spaced differently from the text still marks it in the snippet', () => {
    const r = find('손실함수').find((x) => x.anchor === '손실-함수');
    expect(r?.snippet.filter((p) => p.hit).map((p) => p.text)).toContain('손실 함수');
  });

  test('a term named otherwise is marked as the text writes it', () => {
    const r = find('렐루').find((x) => x.anchor === 'relu-계층');
    expect(r?.snippet.filter((p) => p.hit).map((p) => p.text)).toContain('ReLU');
  });

  test('a result says where it is and marks the query in its snippet', () => {
    const r = find('역전').find((x) => x.anchor === '사과-예제의-역전파');
    expect(r).toMatchObject({ page: '5장 오차역전파법', path: '역전파의 기본 노드' });
    expect(r?.snippet.some((p) => p.hit && p.text === '역전')).toBe(true);
  });

  test('a query that matches nothing returns nothing', () => {
    for (const q of ['퀘퀘퀘', 'xyzzy', '역전 xyzzy', '', '   ', '?!', 'ㅎㅎ'])
      expect(find(q), q).toEqual([]);
  });

  test('every document links to a heading its page has (the ids the pages are rendered with)', () => {
    const docs = Object.values(
      (file.index as { storedFields: Record<string, { slug: string; anchor: string }> })
        .storedFields,
    );
    expect(docs.length).toBeGreaterThan(200);
    for (const c of chapters) {
      const ids = new Set(outline(source(c.slug)).headings.map((h) => h.id));
      const mine = docs.filter((d) => d.slug === c.slug);
      expect(mine.length, c.slug).toBeGreaterThan(3);
      for (const d of mine) expect(ids.has(d.anchor), `${c.slug}#${d.anchor}`).toBe(true);
    }
  });

  test('display math, directives and link targets are left out of the text', () => {
    const docs = Object.values(
      (file.index as { storedFields: Record<string, { anchor: string; text: string }> })
        .storedFields,
    );
    const left = docs.filter((d) => /\\frac|\$\$|:::|\]\(|\.md#/.test(d.text));
    expect(left.map((d) => d.anchor)).toEqual([]);
  });
});
