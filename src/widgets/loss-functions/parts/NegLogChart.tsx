// −log y over (0, 1] from the engine, with the current point (y of the target class, its CE).
// Before the engine's curve: its axes only (their ranges are fixed), so the chart is as tall
// waiting as drawn.
import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceDot, XAxis, YAxis } from 'recharts';
import { CURVE_YS } from '../../../experiments/client';
import { CHART_TICK, formatNumber, seriesColor } from '../../kit';
import { dec4, sameNumbers } from '../model';

const Y_MAX = 6;

// recharts redraws the whole chart on every render: only when its numbers change (a result
// for another slider brings the same curve in a new array).
export const NegLogChart = memo(
  function NegLogChart({
    curve,
    yt,
    ce,
  }: {
    curve: readonly number[] | null;
    yt: number | null;
    ce: number | null;
  }) {
    const rows = useMemo(
      () => (curve ? CURVE_YS.map((y, i) => ({ y, e: curve[i] })) : []),
      [curve],
    );
    const label =
      yt === null || ce === null
        ? '−log y 곡선 (계산하는 중)'
        : `−log y 곡선. 정답 부류의 확률 y = ${dec4(yt)}에서 교차 엔트로피 ${dec4(ce)}.`;
    return (
      <figure className="loss-chart">
        {/* the picture is one image with a name; the caption stays text a screen reader reads */}
        <div role="img" aria-label={label}>
          <LineChart
            responsive
            style={{ width: '100%', height: 220 }}
            data={rows}
            margin={{ top: 10, right: 14, bottom: 4, left: -16 }}
          >
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis
              dataKey="y"
              type="number"
              domain={[0, 1]}
              ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
              stroke="var(--muted)"
              tick={CHART_TICK}
            />
            <YAxis
              type="number"
              domain={[0, Y_MAX]}
              ticks={[0, 1, 2, 3, 4, 5, 6]}
              allowDataOverflow
              stroke="var(--muted)"
              tick={CHART_TICK}
              tickFormatter={(v: number) => formatNumber(v, 2)}
            />
            <Line
              dataKey="e"
              stroke={seriesColor(0)}
              strokeWidth={2.5}
              dot={false}
              isAnimationActive={false}
            />
            {yt !== null && ce !== null && Number.isFinite(ce) && (
              <ReferenceDot
                x={yt}
                y={Math.min(ce, Y_MAX)}
                r={6}
                fill={seriesColor(1)}
                stroke="var(--bg)"
                strokeWidth={2}
                className="loss-chart-point"
              />
            )}
          </LineChart>
        </div>
        <figcaption className="loss-muted">
          가로축: 정답 부류의 확률 y<sub>t</sub>, 세로축: −log y<sub>t</sub> = 교차 엔트로피.
          {ce !== null && ce > Y_MAX && ` (지금 ${dec4(ce)}: 그림 위로 벗어나 맨 위에 찍었어요)`} y
          <sub>t</sub>가 1에 가까우면 손실은 0에 가깝고, 0으로 갈수록 가파르게 치솟아요.
        </figcaption>
      </figure>
    );
  },
  (a, b) => sameNumbers(a.curve, b.curve) && Object.is(a.yt, b.yt) && Object.is(a.ce, b.ce),
);
