// @vitest-environment jsdom
// Every pre-rendered chapter names its regions uniquely (axe: landmark-unique): the code
// listings ("파이썬 코드 1", "파이썬 코드 2", …) and the widget frames, the second of a name on its
// page with a hidden "(2번째)" (chapter 3's activation-functions, chapter 6's overfitting).
import { describe, expect, test } from 'vitest';
import { chapterSlugs, renderChapter } from '../../../src/app/prerender';

/** The accessible names of the page's regions: labelled by aria-label or aria-labelledby. */
function regionNames(html: string): string[] {
  const root = document.createElement('div');
  root.innerHTML = html;
  const named = [...root.querySelectorAll('[role="region"], section[aria-labelledby]')];
  return named.map((el) => {
    const by = el.getAttribute('aria-labelledby');
    return by ? (root.querySelector(`[id="${by}"]`)?.textContent ?? '') : (el.getAttribute('aria-label') ?? ''); // prettier-ignore
  });
}

describe('region names on the pre-rendered chapters', () => {
  for (const slug of chapterSlugs())
    test(`${slug}: every region has a name of its own`, async () => {
      const names = regionNames((await renderChapter(slug)).html);
      expect(names.every((n) => n.trim() !== '')).toBe(true);
      const repeated = names.filter((n, i) => names.indexOf(n) !== i);
      expect(repeated).toEqual([]);
    });

  test('the second widget of a name is told apart; listings are numbered with their language', async () => {
    const names = regionNames((await renderChapter('03-neural-network')).html);
    const first = names.find((n) => n.startsWith('활성화 함수'))!;
    expect(names).toContain(`${first} (2번째)`);
    expect(names).toContain('파이썬 코드 1');
  });
});
