// The first download of MNIST: bytes and digits so far ("MNIST 내려받는 중 3.2 / 11.5 MB ·
// 20,000 / 70,000장").
import type { DataProgress } from '../compute';
import { int, megabytes } from '../model';

export function DataProgressBar({ data }: { data: DataProgress | null }) {
  const total = data?.bytesTotal ?? 0;
  const loaded = data?.bytesLoaded ?? 0;
  const text =
    data && total > 0
      ? `MNIST 내려받는 중 ${megabytes(loaded)} / ${megabytes(total)} MB · ${int(data.digitsLoaded)} / ${int(data.digitsTotal)}장`
      : 'MNIST 내려받을 준비 중…';
  return (
    <div className="train-mnist__data" data-bytes={loaded} data-digits={data?.digitsLoaded ?? 0}>
      <label>
        <span>{text}</span>
        <progress max={Math.max(1, total)} value={loaded} aria-label="MNIST 내려받기 진행률" />
      </label>
    </div>
  );
}
