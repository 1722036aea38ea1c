// Train (solid) and test (dashed) accuracy of every lane against the epoch: the book's
// Fig 6-20 / 6-21 / 6-23, both nets in one chart so the gaps can be compared.
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { RaceLane } from '../../../experiments/client';
import { pct, seriesColor, Swatch } from '../../kit';
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
        <LineChart
          responsive
          style={{ width: '100%', height: 260 }}
          data={rows}
          margin={{ top: 6, right: 10, bottom: 12, left: -16 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={[0, Math.max(1, epochs)]}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            label={{ value: '에폭', position: 'insideBottomRight', offset: -8, fill: 'var(--muted)', fontSize: 12 }} // prettier-ignore
          />
          <YAxis
            type="number"
            domain={[0, 1]}
            ticks={TICKS}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            tickFormatter={(v: number) => v.toFixed(1)}
          />
          {lanes.flatMap((l, k) => [
            <Line
              key={`tr${k}`}
              dataKey={`tr${k}`}
              name={`${l.label} 훈련`}
              stroke={seriesColor(k)}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />,
            <Line
              key={`te${k}`}
              dataKey={`te${k}`}
              name={`${l.label} 시험`}
              stroke={seriesColor(k)}
              strokeWidth={2}
              strokeDasharray="5 4"
              dot={false}
              isAnimationActive={false}
            />,
          ])}
        </LineChart>
      </div>
    </figure>
  );
}
