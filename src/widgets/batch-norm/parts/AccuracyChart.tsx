// Training accuracy per epoch (measured in test mode on the 1,000 training digits, as the book
// does): BN solid, without BN dashed, like Fig 6-18.
import { useMemo } from 'react';
import type { RaceLane } from '../../../experiments/client';
import { LiveChart, pct, seriesColor } from '../../kit';
import { accuracyRows, type LaneKind } from '../model';

export const LANE_COLOR: Record<LaneKind, number> = { bn: 0, plain: 1, other: 2 };

export function AccuracyChart({
  lanes,
  kinds,
  epochs,
}: {
  lanes: readonly RaceLane[];
  kinds: readonly LaneKind[];
  epochs: number;
}) {
  const rows = useMemo(() => accuracyRows(lanes), [lanes]);
  const summary = lanes
    .map((l) => `${l.label} ${l.trainAcc.length ? pct(l.trainAcc.at(-1)!) : '—'}`)
    .join(', ');
  return (
    <figure className="bn__chart" data-epochs-drawn={rows.length}>
      <figcaption>훈련 정확도 (에폭이 끝날 때마다 훈련 데이터 1,000장으로 잰 값)</figcaption>
      <div
        role="img"
        aria-label={
          rows.length
            ? `정확도 그래프: 에폭 ${rows.length}까지, ${summary}`
            : '정확도 그래프: 아직 첫 에폭이 끝나지 않았어요'
        }
      >
        <LiveChart
          height={240}
          rows={rows}
          x="epoch"
          xDomain={[0, Math.max(1, epochs)]}
          yDomain={[0, 1]}
          yTicks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
          integerX
          lines={lanes.map((_, k) => ({
            key: `a${k}`,
            color: seriesColor(LANE_COLOR[kinds[k] ?? 'bn']),
            dash: kinds[k] === 'plain' ? '6 4' : undefined,
            dots: rows.length < 3,
          }))}
        />
      </div>
    </figure>
  );
}
