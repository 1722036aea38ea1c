// The stacked networks' outputs over x: linear (with its collapsed line) and ReLU. Until the
// engine's outputs are in, the chart's box in its final size (no axes: their ticks are the data's)
// and the legend.
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { CHART_TICK, fmt, seriesColor, Swatch } from '../../kit';
import type { StackResult } from '../compute';
import { STACK_XS, X_AXIS } from '../model';

const finiteOrNull = (v: number) => (Number.isFinite(v) ? v : null);

const HEIGHT = 240;

export function StackChart({ result }: { result: StackResult | null }) {
  const rows = useMemo(
    () =>
      result &&
      STACK_XS.map((x, i) => {
        const c = result.linear.collapsed;
        return {
          x,
          linear: finiteOrNull(result.linear.y[i]),
          relu: finiteOrNull(result.relu.y[i]),
          collapsed: c ? c.w * x + c.b : null,
        };
      }),
    [result],
  );
  const series = (key: string, color: string, width: number, opacity?: number) => (
    <Line
      dataKey={key}
      stroke={color}
      strokeWidth={width}
      strokeOpacity={opacity}
      dot={false}
      isAnimationActive={false}
    />
  );
  return (
    <div
      className="activation-functions-chart activation-functions-stack-chart"
      role="img"
      aria-label={
        rows
          ? '세 층을 쌓은 신경망의 출력: 선형일 때는 직선, ReLU일 때는 꺾인 선'
          : '세 층을 쌓은 신경망의 출력: 엔진이 계산하는 중'
      }
      aria-busy={!rows || undefined}
    >
      {rows ? (
        <LineChart
          responsive
          style={{ width: '100%', height: HEIGHT }}
          data={rows}
          margin={{ top: 8, right: 12, bottom: 4, left: -12 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis {...X_AXIS} />
          <YAxis
            type="number"
            stroke="var(--muted)"
            tick={CHART_TICK}
            tickFormatter={(v: number) => fmt(v, 2)}
          />
          {series('collapsed', seriesColor(0), 6, 0.3)}
          {series('linear', seriesColor(0), 2)}
          {series('relu', seriesColor(1), 2)}
        </LineChart>
      ) : (
        <div className="activation-functions-stack-wait" style={{ height: HEIGHT }}>
          <p className="activation-functions-chart-wait" aria-hidden="true">
            엔진이 계산하는 중…
          </p>
        </div>
      )}
      <ul className="activation-functions-legend" aria-hidden="true">
        <li>
          <Swatch color={seriesColor(0)} /> 선형 3층 (굵고 옅은 선: 접은 식 w·x + b′)
        </li>
        <li>
          <Swatch color={seriesColor(1)} /> ReLU 3층
        </li>
      </ul>
    </div>
  );
}
