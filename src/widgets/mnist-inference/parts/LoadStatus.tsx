// The first download: the book's weights (177 KB) and the 10,000 test digits (1.6 MB).
import type { InferenceLoadProgress } from '../../../experiments/client';

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

export function LoadStatus({ progress }: { progress: InferenceLoadProgress | null }) {
  const total = progress?.bytesTotal ?? 0;
  const loaded = progress?.bytesLoaded ?? 0;
  return (
    <div className="mnist-inference-loading" data-bytes={loaded}>
      <label>
        <span>
          책의 학습된 가중치와 시험 이미지 10,000장을 받는 중
          {total > 0 ? ` ${mb(loaded)} / ${mb(total)} MB` : '…'}
        </span>
        <progress max={Math.max(1, total)} value={loaded} aria-label="내려받기 진행률" />
      </label>
    </div>
  );
}
