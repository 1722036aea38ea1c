// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';
import { readProgress, resetProgress, trackChapter } from '../../../src/app/progress';

function chapter(openAnswers: boolean[]): HTMLElement {
  const article = document.createElement('article');
  article.innerHTML = openAnswers
    .map(
      (open) =>
        `<details class="callout-quiz"${open ? ' open' : ''}><summary>답</summary></details>`,
    )
    .join('');
  document.body.append(article);
  return article;
}

afterEach(() => {
  resetProgress();
  document.body.replaceChildren();
});

test('an answer opened before the script ran (static HTML) is recorded', () => {
  trackChapter('ch', chapter([false, true, false]));
  expect(readProgress().ch.quizzes).toEqual([1]);
});

test('answers opened later are added in page order, once each, and kept on a revisit', () => {
  const article = chapter([false, false, false]);
  const stop = trackChapter('ch', article);
  const answers = article.querySelectorAll('details');
  for (const i of [2, 0, 2]) {
    answers[i].open = true;
    answers[i].dispatchEvent(new Event('toggle')); // jsdom does not fire it; it does not bubble
  }
  expect(readProgress().ch.quizzes).toEqual([0, 2]);
  stop();
  document.body.replaceChildren();
  trackChapter('ch', chapter([false, true, false]));
  expect(readProgress().ch.quizzes).toEqual([0, 1, 2]);
});
