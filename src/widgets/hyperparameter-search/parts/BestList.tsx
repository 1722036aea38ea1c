// The best trials by validation accuracy, like the book's printout
// "Best-1 (val acc:0.83) | lr:0.0092, weight decay:3.86e-07".
import type { SearchTrialDone } from '../../../experiments/client';
import { lastTrain, lastVal, sci } from '../model';

export function BestList({ best, count }: { best: SearchTrialDone[]; count: number }) {
  if (best.length === 0) return null;
  return (
    <div className="hps__best">
      <h4>검증 정확도 상위 {Math.min(count, best.length)}개</h4>
      <ol className="hps__best-list">
        {best.slice(0, count).map((t, i) => (
          <li key={t.index} data-index={t.index} data-val={lastVal(t)}>
            <b>Best-{i + 1}</b> (검증 {lastVal(t).toFixed(2)}, 훈련 {lastTrain(t).toFixed(2)}) | lr{' '}
            {sci(t.lr)}, λ {sci(t.weightDecay)}
          </li>
        ))}
      </ol>
    </div>
  );
}
