// The download of MNIST: bytes and digits so far ("MNIST 내려받는 중 3.2 / 11.5 MB ·
// 20,000 / 70,000장"), then what came ("MNIST 준비 완료 · 11.5 MB · 70,000장"). It stays once the
// files are in, so the buttons and charts under it do not jump up when the download ends.
import type { DataProgress } from '../compute';
import { int, megabytes } from '../model';

export function DataProgressBar({ data }: { data: DataProgress | null }) {
  const total = data?.bytesTotal ?? 0;
  const loaded = data?.bytesLoaded ?? 0;
  const done = !!data && data.digitsTotal > 0 && data.digitsLoaded >= data.digitsTotal;
  const text = done
    ? `MNIST 준비 완료${total > 0 ? ` · ${megabytes(total)} MB` : ''} · ${int(data.digitsTotal)}장`
    : data && total > 0
      ? `MNIST 내려받는 중 ${megabytes(loaded)} / ${megabytes(total)} MB · ${int(data.digitsLoaded)} / ${int(data.digitsTotal)}장`
      : 'MNIST 내려받을 준비 중…';
  return (
    <div
      className="train-mnist__data"
      data-bytes={loaded}
      data-digits={data?.digitsLoaded ?? 0}
      data-done={done || undefined}
    >
      <label>
        <span>{text}</span>
        <progress
          max={Math.max(1, total)}
          value={done ? Math.max(1, total) : loaded}
          aria-label="MNIST 내려받기 진행률"
        />
      </label>
    </div>
  );
}
