// What a listing's "코드 복사" button does (loaded with the first click: app/codeCopy.ts): copies
// the listing as written (clipboard.ts), says so on the button and to screen readers; where the
// browser refuses both ways of copying, the listing is selected for Ctrl+C.
import { copyText } from '../notebook/clipboard';
import { announce } from './toast';

/** Copies `code`'s text; `label` is the button's own, put back two seconds after a copy. */
export async function copyListing(
  code: HTMLElement,
  button: HTMLButtonElement,
  label: string,
): Promise<void> {
  if (await copyText(code.textContent ?? '')) {
    button.textContent = '복사했어요 ✓';
    button.dataset.copied = '';
    announce('코드를 복사했어요.');
    setTimeout(() => {
      button.textContent = label;
      delete button.dataset.copied;
    }, 2000);
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(code);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  announce(
    '이 브라우저가 자동 복사를 막았어요. 코드를 선택해 두었으니 Ctrl+C(맥은 ⌘C)로 복사하세요.',
  );
}
