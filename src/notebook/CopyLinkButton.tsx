// "링크 복사" in a widget's header: copies a link that opens the chapter scrolled to this widget
// with the reader's settings (widgetLink.ts). The clipboard API first; where the page may not use
// it (an http address other than localhost, a refused permission) the old copy command on a
// selected field; and where that fails too, a dialog with the address selected, to copy by hand.
import { useEffect, useId, useRef, useState } from 'react';

type Copied = 'idle' | 'copied' | 'manual';

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

export function CopyLinkButton({
  link,
  title,
  titleId: widgetTitleId,
}: {
  link: () => string;
  title: string;
  /** the widget's title element: the button's name is its own text, then that title */
  titleId: string;
}) {
  const [copied, setCopied] = useState<Copied>('idle');
  const [shown, setShown] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const ownId = useId();

  useEffect(() => {
    if (copied !== 'copied') return;
    const t = setTimeout(() => setCopied('idle'), 2500);
    return () => clearTimeout(t);
  }, [copied]);
  useEffect(() => {
    const d = dialog.current;
    if (copied !== 'manual' || !d) return;
    if (!d.open) d.showModal?.();
    if (!d.open) d.setAttribute('open', ''); // (no showModal: an old browser, jsdom)
    field.current?.select();
  }, [copied]);

  const copy = async () => {
    const text = link();
    setShown(text);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard API');
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied(copyBySelection(text) ? 'copied' : 'manual');
    }
  };
  const close = () => {
    dialog.current?.close?.();
    setCopied('idle');
  };

  return (
    <>
      <button
        type="button"
        id={ownId}
        aria-labelledby={`${ownId} ${widgetTitleId}`}
        className="widget-link"
        onClick={() => void copy()}
        title={`지금 설정 그대로 ‘${title}’ 위젯을 여는 링크를 복사해요`}
        data-copied={copied === 'copied' ? '' : undefined}
      >
        {copied === 'copied' ? '복사했어요 ✓' : '링크 복사'}
      </button>
      <span className="widget-link-status visually-hidden" aria-live="polite">
        {copied === 'copied' ? '이 위젯의 링크를 복사했어요.' : ''}
      </span>
      {copied === 'manual' && (
        <dialog
          ref={dialog}
          className="widget-link-dialog"
          aria-labelledby={titleId}
          onClose={() => setCopied('idle')}
        >
          <p id={titleId}>이 브라우저가 자동 복사를 막았어요. 아래 주소를 직접 복사해 주세요.</p>
          <input
            ref={field}
            type="text"
            readOnly
            value={shown}
            aria-label="이 위젯의 링크"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={close}>
            닫기
          </button>
        </dialog>
      )}
    </>
  );
}
