// A small notice at the bottom of the screen (plain DOM: it appears on every page, chapters
// included, without React). One at a time; a new one replaces the last.
export interface ToastAction {
  label: string;
  run: () => void;
}

export function showToast(text: string, actions: ToastAction[] = []): () => void {
  document.querySelector('.site-toast')?.remove();
  const box = document.createElement('div');
  box.className = 'site-toast';
  box.setAttribute('role', 'status');
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
  return close;
}
