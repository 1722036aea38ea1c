// Every lane's loss against the iteration, one colour per lane (≤ 400 points each), smoothed
// with the book's smooth_curve or raw.
import { useMemo } from 'react';
import type { RaceLane } from '../../../experiments/client';
import { formatNumber, LiveChart, seriesColor } from '../../kit';
import { finalLoss, int, lossTop, raceRows, type Curve } from '../race-model';

export function RaceChart({
  lanes,
  colors,
  curve,
  iterations,
}: {
  lanes: readonly RaceLane[];
  /** the series colour index of each lane */
  colors: readonly number[];
  curve: Curve;
  iterations: number;
}) {
  const rows = useMemo(() => raceRows(lanes, curve), [lanes, curve]);
  const top = useMemo(() => lossTop(rows, lanes.length), [rows, lanes.length]);
  const ticks = useMemo(() => Array.from({ length: Math.round(top * 2) + 1 }, (_, i) => i / 2), [top]); // prettier-ignore
  const summary = lanes
    .map((l) => `${l.label} ${formatNumber(finalLoss(l.loss) ?? NaN, 3)}`)
    .join(', ');
  return (
    <figure className="race__chart" data-points={rows.length} data-curve={curve}>
      <figcaption>
        손실 (미니배치 교차 엔트로피,{' '}
        {curve === 'smooth' ? '책의 smooth_curve로 매끄럽게' : '원래 값'})
      </figcaption>
      <div
        role="img"
        aria-label={
          rows.length
            ? `손실 그래프: 반복 ${int(rows.at(-1)!.iteration)}까지, 마지막 20회 평균 ${summary}`
            : '손실 그래프: 아직 학습 전이에요'
        }
      >
        <LiveChart
          height={240}
          rows={rows}
          x="iteration"
          xDomain={[0, Math.max(1, iterations)]}
          yDomain={[0, top]}
          yTicks={ticks}
          xFormat={int}
          yFormat={(v) => formatNumber(v, 2)}
          lines={lanes.map((_, k) => ({
            key: `l${k}`,
            color: seriesColor(colors[k] ?? k),
            width: curve === 'smooth' ? 2 : 1,
          }))}
        />
      </div>
    </figure>
  );
}
