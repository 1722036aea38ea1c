// The loss of every mini-batch as training goes (raw, faint) and its moving average (bold),
// drawn with at most 400 points; x is the iteration, y the cross-entropy loss.
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { formatNumber, seriesColor, Swatch } from '../../kit';
import { int, lossDomain, lossRows, lossTicks } from '../model';

export function LossChart({ loss, iterations }: { loss: Float32Array; iterations: number }) {
  const rows = useMemo(() => lossRows(loss, 400), [loss]); // 400 points keep a redraw short
  const domain = useMemo(() => lossDomain(rows), [rows]);
  const last = rows.at(-1);
  return (
    <figure className="train-mnist__chart" data-points={rows.length}>
      <figcaption>
        손실 (미니배치 교차 엔트로피)
        <span className="train-mnist__legend">
          <Swatch color={seriesColor(0)} /> 이동 평균 <Swatch color="var(--muted)" /> 원래 값
        </span>
      </figcaption>
      <div
        role="img"
        aria-label={
          last
            ? `손실 그래프: 반복 ${int(last.iteration)}까지, 마지막 이동 평균 ${formatNumber(last.smooth ?? NaN, 3)}`
            : '손실 그래프: 아직 학습 전이에요'
        }
      >
        <LineChart
          responsive
          style={{ width: '100%', height: 200 }}
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
            domain={domain}
            ticks={lossTicks(domain[1])}
            allowDataOverflow
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            tickFormatter={(v: number) => formatNumber(v, 3)}
          />
          <Line
            dataKey="raw"
            stroke="var(--muted)"
            strokeOpacity={0.45}
            strokeWidth={1}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="smooth"
            stroke={seriesColor(0)}
            strokeWidth={2.25}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
    </figure>
  );
}
