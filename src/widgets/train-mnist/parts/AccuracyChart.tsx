// Train and test accuracy at every evaluation (one epoch by default): the book's Fig 4-12.
import { useMemo } from 'react';
import { LiveChart, pct, seriesColor, Swatch } from '../../kit';
import type { TrainerProgress } from '../compute';
import { evalSources, int } from '../model';

export function AccuracyChart({
  progress,
  evalSize,
}: {
  progress: TrainerProgress | null;
  evalSize: number;
}) {
  const rows = useMemo(
    () =>
      (progress?.evalAt ?? []).map((at, i) => ({
        iteration: at,
        train: progress?.trainAcc[i] ?? null,
        test: progress?.testAcc[i] ?? null,
      })),
    [progress?.evalAt, progress?.trainAcc, progress?.testAcc],
  );
  const src = evalSources(evalSize, progress);
  const last = rows.at(-1);
  return (
    <figure className="train-mnist__chart" data-evals={rows.length}>
      <figcaption>
        정확도 (평가할 때마다)
        <span className="train-mnist__legend">
          <Swatch color={seriesColor(1)} /> 훈련 <Swatch color={seriesColor(2)} /> 시험
        </span>
      </figcaption>
      <div
        role="img"
        aria-label={
          last
            ? `정확도 그래프: 반복 ${int(last.iteration)}에서 훈련 ${pct(last.train ?? NaN)} (${src.train}), 시험 ${pct(last.test ?? NaN)} (${src.test})`
            : '정확도 그래프: 첫 평가 전이에요'
        }
      >
        <LiveChart
          height={200}
          rows={rows}
          x="iteration"
          xDomain={[0, Math.max(1, progress?.iterations ?? 1)]}
          yDomain={[0, 1]}
          yTicks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
          xFormat={int}
          yFormat={(v) => `${Math.round(v * 100)}%`}
          lines={(['train', 'test'] as const).map((k, i) => ({
            key: k,
            color: seriesColor(i + 1),
            dash: k === 'test' ? '5 3' : undefined,
            dots: true,
          }))}
        />
      </div>
      <p className="train-mnist__note">
        훈련 정확도는 {src.train}, 시험 정확도는 {src.test}으로 잰 값이에요.
      </p>
    </figure>
  );
}
