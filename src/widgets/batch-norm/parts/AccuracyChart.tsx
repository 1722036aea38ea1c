// Training accuracy per epoch (measured in test mode on the 1,000 training digits, as the book
// does): BN solid, without BN dashed, like Fig 6-18.
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { RaceLane } from '../../../experiments/client';
import { pct, seriesColor } from '../../kit';
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
        <LineChart
          responsive
          style={{ width: '100%', height: 240 }}
          data={rows}
          margin={{ top: 6, right: 10, bottom: 0, left: -16 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={[0, Math.max(1, epochs)]}
            allowDecimals={false}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
          />
          <YAxis
            type="number"
            domain={[0, 1]}
            ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
          />
          {lanes.map((l, k) => (
            <Line
              key={l.label}
              dataKey={`a${k}`}
              name={l.label}
              stroke={seriesColor(LANE_COLOR[kinds[k] ?? 'bn'])}
              strokeWidth={2}
              strokeDasharray={kinds[k] === 'plain' ? '6 4' : undefined}
              dot={rows.length < 3}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
    </figure>
  );
}
