// A "코드 복사" button on each code listing of a chapter. The page's script adds them, so a page
// read without JavaScript shows no button that could not work; each sits in its listing's top
// right corner (over the code's box, not in the text's flow: adding it moves nothing). What a
// click does comes with the first click (copyListing.ts), not with the page.

const LABEL = '코드 복사';

/** Wraps each `pre > code` under `root` with its copy button. */
export function addCodeCopyButtons(root: Element): void {
  for (const pre of root.querySelectorAll('pre')) {
    const code = pre.querySelector('code');
    if (!code || pre.parentElement?.classList.contains('code-block')) continue;
    const box = document.createElement('div');
    box.className = 'code-block';
    pre.replaceWith(box);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'code-copy';
    button.textContent = LABEL;
    button.addEventListener('click', () => {
      if (button.dataset.copied === undefined)
        void import('./copyListing').then((m) => m.copyListing(code, button, LABEL));
    });
    box.append(pre, button);
  }
}
