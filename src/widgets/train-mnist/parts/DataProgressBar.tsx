// The download of MNIST: how far it is ("MNIST 내려받는 중 3.2 / 11.5 MB", the bar and
// "20,000 / 70,000장" beside it), then what came ("MNIST 준비 완료 · 11.5 MB", 70,000 / 70,000장).
// It stays once the files are in, and its text is one short line on a phone too, so the buttons
// and charts under it do not move when the download goes on or ends.
import { Pending } from '../../kit';
import { downloadDone } from '../../../experiments/client';
import type { DataProgress } from '../compute';
import { int, megabytes } from '../model';

export function DataProgressBar({ data }: { data: DataProgress | null }) {
  const total = data?.bytesTotal ?? 0;
  const loaded = data?.bytesLoaded ?? 0;
  const done = downloadDone(data);
  const text = done
    ? `MNIST 준비 완료${total > 0 ? ` · ${megabytes(total)} MB` : ''}`
    : data && total > 0
      ? `MNIST 내려받는 중 ${megabytes(loaded)} / ${megabytes(total)} MB`
      : 'MNIST 내려받을 준비 중…';
  return (
    <div
      className="train-mnist__data"
      data-bytes={loaded}
      data-digits={data?.digitsLoaded ?? 0}
      data-done={done || undefined}
    >
      <p className="train-mnist__data-text">{text}</p>
      <div className="train-mnist__data-bar">
        <progress
          max={Math.max(1, total)}
          value={done ? Math.max(1, total) : loaded}
          aria-label="MNIST 내려받기 진행률"
        />
        <span className="train-mnist__data-digits">
          {data && data.digitsTotal > 0 ? (
            `${int(data.digitsLoaded)} / ${int(data.digitsTotal)}장`
          ) : (
            <Pending label="준비 중" />
          )}
        </span>
      </div>
    </div>
  );
}
