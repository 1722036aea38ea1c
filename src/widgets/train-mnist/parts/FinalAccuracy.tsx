// The latest test accuracy in large type, with where it comes from (the data the session trains
// on: the official MNIST or the reader's files; which test digits, at which iteration) and the
// training accuracy beside it.
import { pct } from '../../kit';
import type { TrainerProgress } from '../compute';
import { evalSources, int } from '../model';

export function FinalAccuracy({
  progress,
  evalSize,
  firstEvalAt,
  source,
}: {
  progress: TrainerProgress | null;
  evalSize: number;
  /** the iteration of the first evaluation (one epoch by default) */
  firstEvalAt: number;
  /** the data in one line ("내 파일 · 학습 12,000장 / 시험 2,000장") */
  source: string;
}) {
  const test = progress?.testAcc.at(-1) ?? null;
  const train = progress?.trainAcc.at(-1) ?? null;
  const at = progress?.evalAt.at(-1) ?? 0;
  const src = evalSources(evalSize, progress);
  const finished = progress !== null && progress.iteration >= progress.iterations;
  return (
    <div
      className="train-mnist__final"
      data-test-acc={test ?? undefined}
      data-train-acc={train ?? undefined}
    >
      <p className="train-mnist__final-data">{source}</p>
      <p className="train-mnist__final-label">{finished ? '최종 시험 정확도' : '시험 정확도'}</p>
      <p className="train-mnist__final-value">{test === null ? '—' : pct(test)}</p>
      <p className="train-mnist__final-source">
        {test === null
          ? `반복 ${int(firstEvalAt)}에서 첫 평가를 하면 여기에 나와요`
          : `${src.test} 기준 · 반복 ${int(at)}에서 평가`}
      </p>
      {train !== null && (
        <p className="train-mnist__final-train">
          훈련 정확도 {pct(train)} <span>({src.train} 기준)</span>
        </p>
      )}
    </div>
  );
}
