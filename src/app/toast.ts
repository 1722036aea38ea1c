// A small notice at the bottom of the screen (plain DOM: it appears on every page, chapters
// included, without React). One at a time; a new one replaces the last. Screen readers hear it
// through one polite status region that is in the page before any notice (prepareToasts): a
// status region inserted with its text already in it is often not announced.
export interface ToastAction {
  label: string;
  run: () => void;
}

const ANNOUNCER = 'site-toast-announcer';

/** Puts the (empty, visually hidden) status region in the page; call early, before any toast. */
export function prepareToasts(): HTMLElement {
  let region = document.getElementById(ANNOUNCER);
  if (!region) {
    region = document.createElement('p');
    region.id = ANNOUNCER;
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  return region;
}

/** Says `text` to screen readers through the status region, without a notice on the screen. */
export function announce(text: string): void {
  const region = prepareToasts();
  region.textContent = '';
  // a change, even when the same words were said last time
  requestAnimationFrame(() => (region.textContent = text));
}

export function showToast(text: string, actions: ToastAction[] = []): () => void {
  const region = prepareToasts();
  document.querySelector('.site-toast')?.remove();
  const box = document.createElement('div');
  box.className = 'site-toast';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', '알림');
  const p = document.createElement('p');
  p.textContent = text;
  box.append(p);
  const close = () => box.remove();
  for (const a of [...actions, { label: '닫기', run: close }]) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = a.label;
    b.addEventListener('click', () => {
      a.run();
      close();
    });
    box.append(b);
  }
  document.body.append(box);
  // the text changes in a region already there; a button to act on is said to be below
  const more = actions.length
    ? ` 화면 아래 알림에 ${actions.map((a) => `‘${a.label}’`).join(', ')} 버튼이 있어요.`
    : '';
  region.textContent = `${text}${more}`;
  return close;
}
