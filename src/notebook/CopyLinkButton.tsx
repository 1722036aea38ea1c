// "링크 복사" in a widget's header: copies a link that opens the chapter scrolled to this widget
// with the reader's settings (widgetLink.ts), as clipboard.ts copies; where that fails, a dialog
// with the address selected, to copy by hand.
import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from './clipboard';

type Copied = 'idle' | 'copied' | 'manual';

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
    setCopied((await copyText(text)) ? 'copied' : 'manual');
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
