// @vitest-environment jsdom
// The site's notices (offline ready, a new version): shown at the bottom, and said to a screen
// reader through a status region that was in the page before the notice came.
import { afterEach, expect, test, vi } from 'vitest';
import { prepareToasts, showToast } from '../../../src/app/toast';

afterEach(() => {
  document.body.innerHTML = '';
});

test('the status region is in the page, empty, before any notice; a notice fills it', () => {
  const region = prepareToasts();
  expect(region.getAttribute('role')).toBe('status');
  expect(region.textContent).toBe('');
  expect(prepareToasts()).toBe(region); // one region, however often it is asked for
  showToast('오프라인에서도 볼 수 있어요.');
  expect(document.querySelectorAll('[role="status"]')).toHaveLength(1);
  expect(region.textContent).toBe('오프라인에서도 볼 수 있어요.');
  // the visible box is not a second live region (its buttons would be read as the news)
  const box = document.querySelector('.site-toast')!;
  expect(box.getAttribute('role')).toBe('region');
  expect(box.textContent).toContain('오프라인에서도 볼 수 있어요.');
});

test('a notice with an action says where its button is; the action runs and the box closes', () => {
  const run = vi.fn();
  showToast('새 버전이 나왔어요.', [{ label: '새 버전으로 다시 열기', run }]);
  expect(document.getElementById('site-toast-announcer')!.textContent).toBe(
    '새 버전이 나왔어요. 화면 아래 알림에 ‘새 버전으로 다시 열기’ 버튼이 있어요.',
  );
  const button = [...document.querySelectorAll('.site-toast button')].find(
    (b) => b.textContent === '새 버전으로 다시 열기',
  ) as HTMLButtonElement;
  button.click();
  expect(run).toHaveBeenCalledOnce();
  expect(document.querySelector('.site-toast')).toBeNull();
});

test('a new notice replaces the last one', () => {
  showToast('하나');
  showToast('둘');
  expect(document.querySelectorAll('.site-toast')).toHaveLength(1);
  expect(document.querySelector('.site-toast p')!.textContent).toBe('둘');
});
