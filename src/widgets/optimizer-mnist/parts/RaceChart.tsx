// Every lane's loss against the iteration, one colour per lane (≤ 400 points each), smoothed
// with the book's smooth_curve or raw.
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { RaceLane } from '../../../experiments/client';
import { formatNumber, seriesColor } from '../../kit';
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
        <LineChart
          responsive
          style={{ width: '100%', height: 240 }}
          data={rows}
          margin={{ top: 6, right: 10, bottom: 0, left: -16 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="iteration"
            type="number"
            domain={[0, Math.max(1, iterations)]}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            tickFormatter={(v: number) => int(v)}
          />
          <YAxis
            type="number"
            domain={[0, top]}
            ticks={ticks}
            allowDataOverflow
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            tickFormatter={(v: number) => formatNumber(v, 2)}
          />
          {lanes.map((l, k) => (
            <Line
              key={l.label}
              dataKey={`l${k}`}
              name={l.label}
              stroke={seriesColor(colors[k] ?? k)}
              strokeWidth={curve === 'smooth' ? 2 : 1}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
    </figure>
  );
}
