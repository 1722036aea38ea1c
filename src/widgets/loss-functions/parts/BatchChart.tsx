// Cross-entropy of the first N rows, summed and averaged, for N = 1 … 8 (the engine's); before
// they are in, the axes only (N's ticks; no loss ticks, which the numbers decide).
import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { MAX_BATCH } from '../../../experiments/client';
import { CHART_TICK, formatNumber, seriesColor, Swatch } from '../../kit';
import { sameNumbers } from '../model';

// recharts redraws the whole chart on every render: only when its numbers change.
export const BatchChart = memo(
  function BatchChart({
    sums,
    means,
    n,
  }: {
    sums: readonly number[] | null;
    means: readonly number[] | null;
    n: number;
  }) {
    const rows = useMemo(
      () => (sums && means ? sums.map((s, i) => ({ n: i + 1, sum: s, mean: means[i] })) : []),
      [sums, means],
    );
    const last = sums?.length ?? MAX_BATCH;
    const ns = Array.from({ length: last }, (_, i) => i + 1);
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
          aria-label={`N = 1부터 ${last}까지 교차 엔트로피의 합과 평균${sums ? '' : ' (계산하는 중)'}. 지금 N = ${n}.`}
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
              domain={[1, last]}
              ticks={ns}
              stroke="var(--muted)"
              tick={CHART_TICK}
            />
            <YAxis
              type="number"
              interval={0}
              stroke="var(--muted)"
              tick={sums ? CHART_TICK : false}
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
