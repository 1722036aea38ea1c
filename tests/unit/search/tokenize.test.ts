import { describe, expect, test } from 'vitest';
import {
  END,
  isPrefixToken,
  tokenizeForIndex,
  tokenizeQuery,
} from '../../../src/app/search/tokenize';
import { texToText } from '../../../src/app/search/plainText';
import { snippet } from '../../../src/app/search/query';

describe('tokenizer', () => {
  test('a Hangul run is indexed as syllable bigrams plus its last syllable', () => {
    expect(tokenizeForIndex('오차역전파법은')).toEqual([
      '오차',
      '차역',
      '역전',
      '전파',
      '파법',
      '법은',
      `은${END}`,
    ]);
    expect(tokenizeForIndex('층')).toEqual([`층${END}`]);
  });

  test('Latin words and numbers are lower-cased words; punctuation and Jamo split', () => {
    expect(tokenizeForIndex('Softmax-with-Loss 계층, im2col(ㅎ) 0.93')).toEqual([
      'softmax',
      'with',
      'loss',
      '계층',
      `층${END}`,
      'im2col',
      '0',
      '93',
    ]);
  });

  test('a bigram across a space or hyphen between Hangul runs is indexed too', () => {
    expect(tokenizeForIndex('손실 함수, 원-핫')).toEqual([
      '손실',
      `실${END}`,
      '함수',
      `수${END}`,
      `원${END}`,
      `핫${END}`,
      '실함',
      '원핫',
    ]);
    // not across other punctuation, nor between Hangul and Latin
    expect(tokenizeForIndex('함수. 다음 Adam 층')).not.toContain('수다');
    expect(tokenizeForIndex('함수. 다음 Adam 층')).not.toContain('음층');
  });

  test('a query: bigrams of each Hangul run (exact), one syllable or a word (prefix)', () => {
    expect(tokenizeQuery('역전')).toEqual(['역전']);
    expect(tokenizeQuery('소프트맥스')).toEqual(['소프', '프트', '트맥', '맥스']);
    expect(tokenizeQuery('활성화 함수')).toEqual(['활성', '성화', '함수']);
    expect(tokenizeQuery('Adam 층')).toEqual(['adam', '층']);
    expect(tokenizeQuery('  ?! ')).toEqual([]);
    expect(['역전', '층', 'adam'].map(isPrefixToken)).toEqual([false, true, true]);
  });

  test('every substring of two or more syllables of an indexed word is found by its bigrams', () => {
    const indexed = new Set(tokenizeForIndex('오차역전파법으로'));
    for (const part of ['역전', '전파', '역전파', '오차역전파법'])
      expect(
        tokenizeQuery(part).every((t) => indexed.has(t)),
        part,
      ).toBe(true);
  });
});

describe('plain text for the index', () => {
  test('inline TeX reads as plain text', () => {
    expect(texToText('\\mathbf{y} - \\mathbf{t}')).toBe('y - t');
    expect(texToText('\\frac{\\partial L}{\\partial x}')).toBe('∂L/∂x');
    expect(texToText('\\text{사과 가격} \\times 2')).toBe('사과 가격 ×2');
  });

  test('a snippet is cut around the first hit and marks every hit', () => {
    const text = `${'가'.repeat(200)} 오차역전파법은 역전파를 씁니다 ${'나'.repeat(200)}`;
    const parts = snippet(text, '역전');
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['역전', '역전']);
    expect(snippet('활성화 함수(activation function)', '활성화 함수')[0]).toEqual({
      text: '활성화 함수',
      hit: true,
    });
  });
});
