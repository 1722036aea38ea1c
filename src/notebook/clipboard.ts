// Copying text for the reader: the clipboard API first; where the page may not use it (an http
// address other than localhost, a refused permission) the old copy command on a selected field.
// False when both fail (the caller then offers the text to copy by hand).

/**
 * Copies `text` through a selected field that is not drawn (no clipboard API needed); fixed in
 * place, so selecting it does not scroll the page, and the focus goes back where it was.
 */
function copyBySelection(text: string): boolean {
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'visually-hidden';
  field.style.position = 'fixed';
  field.style.top = '0';
  document.body.append(field);
  field.focus({ preventScroll: true });
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
    back?.focus({ preventScroll: true });
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyBySelection(text);
  }
}
