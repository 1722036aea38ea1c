// @vitest-environment jsdom
// The home page's "이어 읽기": the numbered chapter opened last, with the heading kept for it.
import { afterEach, expect, test } from 'vitest';
import type { ChapterMeta } from '../../../src/notebook/frontMatter';
import { resumePoint } from '../../../src/app/resume';

const ch = (slug: string, number: number | null) => ({ slug, number, title: slug }) as ChapterMeta;
const chapters = [ch('02-a', 2), ch('03-b', 3), ch('glossary', null)];
const at = (iso: string) => ({ openedAt: iso, quizzes: [] });

afterEach(() => localStorage.clear());

test('nothing opened yet: nothing to resume', () => {
  expect(resumePoint({}, chapters)).toBeNull();
});

test('the chapter opened last, under the heading kept for it; the glossary is no chapter', () => {
  localStorage.setItem('scroll:02-a', JSON.stringify({ id: 'x', offset: 10, title: '기울기' }));
  const progress = {
    '02-a': at('2026-12-06T08:00:00Z'),
    '03-b': at('2026-12-05T08:00:00Z'),
    glossary: at('2026-12-06T09:00:00Z'),
  };
  expect(resumePoint(progress, chapters)).toEqual({ chapter: chapters[0], heading: '기울기' });
});

test('a spot kept before titles, or none, gives the chapter alone', () => {
  localStorage.setItem('scroll:03-b', JSON.stringify({ id: 'x', offset: 10 }));
  expect(resumePoint({ '03-b': at('2026-12-06T08:00:00Z') }, chapters)?.heading).toBeNull();
  expect(resumePoint({ '02-a': at('2026-12-06T08:00:00Z') }, chapters)?.heading).toBeNull();
});
