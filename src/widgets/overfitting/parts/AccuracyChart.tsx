// Train (solid) and test (dashed) accuracy of every lane against the epoch: the book's
// Fig 6-20 / 6-21 / 6-23, both nets in one chart so the gaps can be compared.
import { useMemo } from 'react';
import type { RaceLane } from '../../../experiments/client';
import { LiveChart, pct, seriesColor, Swatch } from '../../kit';
import { accuracyRows, summarize } from '../model';

const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

export function AccuracyChart({
  lanes,
  perEpoch,
  epochs,
}: {
  lanes: readonly RaceLane[];
  perEpoch: number;
  epochs: number;
}) {
  const rows = useMemo(() => accuracyRows(lanes, perEpoch), [lanes, perEpoch]);
  const last = rows.at(-1);
  const summary = lanes
    .map((l) => {
      const s = summarize(l, perEpoch);
      return `${l.label} 훈련 ${pct(s.train ?? NaN)}, 시험 ${pct(s.test ?? NaN)}`;
    })
    .join('; ');
  return (
    <figure className="overfit__chart" data-points={rows.length}>
      <figcaption>
        정확도 (실선: 훈련 데이터, 점선: 시험 데이터)
        <span className="overfit__legend">
          {lanes.map((l, k) => (
            <span key={l.label}>
              <Swatch color={seriesColor(k)} /> {l.label}
            </span>
          ))}
        </span>
      </figcaption>
      <div
        role="img"
        aria-label={
          last
            ? `정확도 그래프: 에폭 ${last.epoch}까지. ${summary}`
            : '정확도 그래프: 아직 학습 전이에요'
        }
      >
        <LiveChart
          height={260}
          rows={rows}
          x="epoch"
          xDomain={[0, Math.max(1, epochs)]}
          yDomain={[0, 1]}
          yTicks={TICKS}
          integerX
          xLabel="에폭"
          yFormat={(v) => v.toFixed(1)}
          lines={lanes.flatMap((_, k) => [
            { key: `tr${k}`, color: seriesColor(k) },
            { key: `te${k}`, color: seriesColor(k), dash: '5 4' },
          ])}
        />
      </div>
    </figure>
  );
}
