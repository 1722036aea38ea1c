// The U-curve: the worst tensor's relative error against h (both log scales), for the numerical
// side in float32 (the engine) and float64 (JS), with each pass threshold, the chosen h as a
// vertical line and a dot on each curve.
import { useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import { GRADIENT_PASS_RELATIVE, type GradientCheckResult } from '../../../experiments/client';
import { seriesColor } from '../../kit';
import { curveRows, fmtH, fmtSci, log10Error, PRECISIONS } from '../model';

const COLOR = { float32: seriesColor(0), float64: seriesColor(1) };
const Y_DOMAIN: [number, number] = [-12, 1];
const tick = (v: number) => (v === 0 ? '1' : `1e${v}`.replace('-', '−'));

export function UCurve({ result }: { result: GradientCheckResult }) {
  const rows = useMemo(() => curveRows(result), [result]);
  const lh = Math.log10(result.h);
  const now = result.uCurve.now;
  const label =
    `h에 따른 수치 미분의 상대 오차 그래프(가로 h, 세로 상대 오차, 둘 다 로그 눈금). 지금 h = ${fmtH(result.h)}: ` +
    `float32 ${fmtSci(now.float32)}, float64 ${fmtSci(now.float64)}.`;
  return (
    <div
      className="gradient-check-chart"
      role="img"
      aria-label={label}
      data-h={result.h}
      data-error-float32={now.float32}
      data-error-float64={now.float64}
    >
      <LineChart
        responsive
        style={{ width: '100%', height: 260 }}
        data={rows}
        margin={{ top: 8, right: 14, bottom: 4, left: -8 }}
      >
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis
          dataKey="lh"
          type="number"
          domain={[-10, -1]}
          ticks={[-10, -8, -6, -4, -2]}
          tickFormatter={tick}
          stroke="var(--muted)"
          tick={{ fill: 'var(--muted)' }}
        />
        <YAxis
          type="number"
          domain={Y_DOMAIN}
          ticks={[-12, -10, -8, -6, -4, -2, 0]}
          allowDataOverflow
          tickFormatter={tick}
          stroke="var(--muted)"
          tick={{ fill: 'var(--muted)' }}
        />
        {PRECISIONS.map((p) => (
          <ReferenceLine
            key={`pass-${p}`}
            y={Math.log10(GRADIENT_PASS_RELATIVE[p])}
            stroke={COLOR[p]}
            strokeDasharray="2 4"
          />
        ))}
        <ReferenceLine x={lh} stroke="var(--fg)" strokeDasharray="4 3" />
        {PRECISIONS.map((p) => (
          <Line
            key={p}
            dataKey={p}
            stroke={COLOR[p]}
            strokeWidth={2.2}
            dot={{ r: 2.5, fill: COLOR[p], stroke: COLOR[p] }}
            isAnimationActive={false}
            className={`gradient-check-line-${p}`}
          />
        ))}
        {PRECISIONS.map((p) => (
          <ReferenceDot
            key={`now-${p}`}
            x={lh}
            y={Math.max(Y_DOMAIN[0], log10Error(now[p]))}
            r={5.5}
            fill="var(--bg)"
            stroke={COLOR[p]}
            strokeWidth={2.5}
          />
        ))}
      </LineChart>
    </div>
  );
}
