// The first download: the book's weights (177 KB) and the 10,000 test digits (1.6 MB). Laid out
// as a run's stats are (a bar, then a line of text), which take its place once the files are in.
import type { InferenceLoadProgress } from '../../../experiments/client';

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

export function LoadStatus({ progress }: { progress: InferenceLoadProgress | null }) {
  const total = progress?.bytesTotal ?? 0;
  const loaded = progress?.bytesLoaded ?? 0;
  return (
    <div className="mnist-inference-loading" data-bytes={loaded}>
      <progress
        max={Math.max(1, total)}
        value={loaded}
        aria-label="내려받기 진행률"
        className="mnist-inference-progress"
      />
      <p className="mnist-inference-result">
        책의 학습된 가중치와 시험 이미지 10,000장을 받는 중
        {total > 0 ? ` ${mb(loaded)} / ${mb(total)} MB` : '…'}
      </p>
    </div>
  );
}
