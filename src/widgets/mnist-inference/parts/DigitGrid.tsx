// A page of test digits as a listbox: click a digit, or focus the grid and move with the arrow
// keys (PageUp/PageDown: a page, Home/End: the first/last listed digit). Each tile shows the
// network's answer; a wrong one also shows the true label.
import { useId, useRef, type KeyboardEvent } from 'react';
import { PAGE_SIZE } from '../model';
import { DigitCanvas } from '../../kit';
import { Pager } from './Pager';

export function DigitGrid({
  list,
  selected,
  images,
  labels,
  predicted,
  onSelect,
}: {
  /** test indices listed (all, or the wrong ones) */
  list: number[];
  selected: number;
  images: Uint8Array;
  labels: Uint8Array;
  predicted: Uint8Array;
  onSelect: (index: number) => void;
}) {
  const id = useId();
  const gridRef = useRef<HTMLUListElement>(null);
  const at = list.indexOf(selected);
  // the page of the selected digit (or of the first listed digit after it)
  const anchor =
    at >= 0
      ? at
      : Math.max(
          0,
          list.findIndex((i) => i > selected),
        );
  const page = Math.floor(anchor / PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  const shown = list.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const go = (pos: number) => {
    const p = Math.max(0, Math.min(list.length - 1, pos));
    if (list.length > 0) onSelect(list[p]);
  };
  const columns = () => {
    const items = gridRef.current?.children;
    if (!items || items.length === 0) return 1;
    const top = (items[0] as HTMLElement).offsetTop;
    let n = 0;
    while (n < items.length && (items[n] as HTMLElement).offsetTop === top) n++;
    return Math.max(1, n);
  };
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, () => number> = {
      ArrowRight: () => anchor + 1,
      ArrowLeft: () => anchor - 1,
      ArrowDown: () => anchor + columns(),
      ArrowUp: () => anchor - columns(),
      PageDown: () => anchor + PAGE_SIZE,
      PageUp: () => anchor - PAGE_SIZE,
      Home: () => 0,
      End: () => list.length - 1,
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    go(move());
  };
  const optionId = (i: number) => `${id}-digit-${i}`;
  return (
    <div className="mnist-inference-grid-wrap">
      <Pager page={page} pages={pages} count={list.length} onGo={(p) => go(p * PAGE_SIZE)} />
      {list.length === 0 ? (
        <p className="mnist-inference-note">보여 줄 숫자가 없어요.</p>
      ) : (
        <ul
          ref={gridRef}
          className="mnist-inference-grid"
          role="listbox"
          tabIndex={0}
          aria-label="시험 이미지 (화살표 키로 고르기)"
          aria-activedescendant={at >= 0 ? optionId(selected) : undefined}
          onKeyDown={onKey}
        >
          {shown.map((i) => {
            const wrong = predicted[i] !== labels[i];
            return (
              <li
                key={i}
                id={optionId(i)}
                role="option"
                aria-selected={i === selected}
                // the visible caption ("5→6") is part of the name, as screen-reader users hear it
                aria-label={
                  wrong
                    ? `시험 이미지 ${i}번: ${labels[i]}→${predicted[i]} (정답 ${labels[i]}, 예측 ${predicted[i]}, 틀림)`
                    : `시험 이미지 ${i}번: 예측 ${predicted[i]}`
                }
                data-index={i}
                data-wrong={wrong || undefined}
                className="mnist-inference-tile"
                onClick={() => onSelect(i)}
              >
                <DigitCanvas
                  pixels={images}
                  scale={255}
                  offset={i * 784}
                  className="mnist-inference-digit"
                />
                <span className="mnist-inference-tile-caption" aria-hidden="true">
                  {wrong ? `${labels[i]}→${predicted[i]}` : predicted[i]}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
