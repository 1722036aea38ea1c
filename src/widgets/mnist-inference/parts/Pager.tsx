// The grid's page line: previous, "page / pages · count", next. Without `onGo` (the test digits
// still on their way) both buttons are disabled and the counts wait for the file.
import { int } from '../model';

export function Pager({
  page,
  pages,
  count,
  onGo,
}: {
  /** 0-based page shown */
  page: number;
  pages: number;
  /** digits listed over all pages; null before the test digits arrive */
  count: number | null;
  /** go to this page */
  onGo?: (page: number) => void;
}) {
  return (
    <div className="mnist-inference-pager">
      <button type="button" onClick={() => onGo?.(page - 1)} disabled={!onGo || page === 0}>
        ◀ 이전
      </button>
      <span className="mnist-inference-page" data-page={page + 1} data-pages={pages}>
        {count === null ? '…쪽' : `${int(page + 1)} / ${int(pages)}쪽 · ${int(count)}장`}
      </span>
      <button type="button" onClick={() => onGo?.(page + 1)} disabled={!onGo || page >= pages - 1}>
        다음 ▶
      </button>
    </div>
  );
}
