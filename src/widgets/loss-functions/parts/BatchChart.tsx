// Cross-entropy of the first N rows, summed and averaged, for N = 1 … 8 (the engine's).
import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { CHART_TICK, formatNumber, seriesColor, Swatch } from '../../kit';
import { sameNumbers } from '../model';

// recharts redraws the whole chart on every render: only when its numbers change.
export const BatchChart = memo(
  function BatchChart({
    sums,
    means,
    n,
  }: {
    sums: readonly number[];
    means: readonly number[];
    n: number;
  }) {
    const rows = useMemo(
      () => sums.map((s, i) => ({ n: i + 1, sum: s, mean: means[i] })),
      [sums, means],
    );
    const line = (key: string, color: string) => (
      <Line
        dataKey={key}
        stroke={color}
        strokeWidth={2.5}
        dot={{ r: 3, fill: color }}
        isAnimationActive={false}
      />
    );
    return (
      <figure className="loss-chart loss-batch-chart">
        {/* the picture is one image with a name; the legend stays text a screen reader reads */}
        <div
          role="img"
          aria-label={`N = 1부터 ${sums.length}까지 교차 엔트로피의 합과 평균. 지금 N = ${n}.`}
        >
          <LineChart
            responsive
            style={{ width: '100%', height: 200 }}
            data={rows}
            margin={{ top: 8, right: 14, bottom: 4, left: -16 }}
          >
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis
              dataKey="n"
              type="number"
              domain={[1, sums.length]}
              ticks={rows.map((r) => r.n)}
              stroke="var(--muted)"
              tick={CHART_TICK}
            />
            <YAxis
              type="number"
              interval={0}
              stroke="var(--muted)"
              tick={CHART_TICK}
              tickFormatter={(v: number) => formatNumber(v, 2)}
            />
            <ReferenceLine x={n} stroke="var(--fg)" strokeDasharray="2 3" />
            {line('sum', seriesColor(1))}
            {line('mean', seriesColor(0))}
          </LineChart>
        </div>
        <figcaption className="loss-legend">
          <span>
            <Swatch color={seriesColor(1)} /> 합 Σ (N에 따라 커짐)
          </span>
          <span>
            <Swatch color={seriesColor(0)} /> 평균 (1/N) Σ
          </span>
          <span>가로축: 배치 크기 N</span>
        </figcaption>
      </figure>
    );
  },
  (a, b) => sameNumbers(a.sums, b.sums) && sameNumbers(a.means, b.means) && a.n === b.n,
);
