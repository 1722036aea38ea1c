// The activation curves h(x) (solid) and the engine's h′(x) (dashed) over −5 … 5, with the
// marked x as a vertical line and a dot on each curve.
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
import { ACTIVATION_NAMES } from '../../../experiments/client';
import { fmt, formatNumber } from '../../kit';
import type { Curves } from '../compute';
import { GRID, X_AXIS, yDomain, yTicks, type CurveInfo } from '../model';

type Row = Record<string, number | null>;
const finiteOrNull = (v: number) => (Number.isFinite(v) ? v : null);

export function CurveChart({
  out,
  shown,
  x,
  derivative,
}: {
  out: Curves | null;
  shown: readonly CurveInfo[];
  x: number;
  derivative: boolean;
}) {
  const rows = useMemo(() => {
    if (!out) return [];
    return GRID.map((gx, i) => {
      const r: Row = { x: gx };
      for (const n of ACTIVATION_NAMES) {
        r[n] = finiteOrNull(out[n].y[i]);
        r[`d_${n}`] = finiteOrNull(out[n].dy[i]);
      }
      return r;
    });
  }, [out]);
  const domain = yDomain(shown, derivative);
  const at = GRID.length; // the marked x is the last point of each curve
  const label = shown.length
    ? `활성화 함수 그래프: ${shown.map((c) => c.label).join(', ')}. x = ${fmt(x)}에 세로선.`
    : '활성화 함수 그래프: 선택한 함수가 없어요.';
  const line = (c: CurveInfo, d: boolean) => (
    <Line
      key={`${d ? 'd_' : ''}${c.name}`}
      dataKey={`${d ? 'd_' : ''}${c.name}`}
      type={c.name === 'step' ? 'stepBefore' : 'linear'}
      stroke={c.color}
      strokeWidth={d ? 1.5 : 2.5}
      strokeDasharray={d ? '5 4' : undefined}
      dot={false}
      isAnimationActive={false}
      className={`activation-functions-line activation-functions-line-${d ? 'd-' : ''}${c.name}`}
    />
  );
  return (
    <div
      className="activation-functions-chart"
      role="img"
      aria-label={label}
      data-x={x}
      data-curves={shown.map((c) => c.name).join(' ')}
    >
      {!out ? (
        <p className="activation-functions-wait">엔진이 곡선을 계산하는 중…</p>
      ) : (
        <LineChart
          responsive
          style={{ width: '100%', height: 300 }}
          data={rows}
          margin={{ top: 8, right: 12, bottom: 4, left: -12 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis {...X_AXIS} />
          <YAxis
            type="number"
            domain={domain}
            ticks={yTicks(domain)}
            allowDataOverflow
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
            tickFormatter={(v: number) => formatNumber(v, 2)}
          />
          <ReferenceLine y={0} stroke="var(--muted)" />
          {derivative && shown.map((c) => line(c, true))}
          {shown.map((c) => line(c, false))}
          <ReferenceLine x={x} stroke="var(--fg)" strokeDasharray="2 3" />
          {shown.map((c) => {
            const y = out[c.name].y[at];
            if (!Number.isFinite(y) || y < domain[0] || y > domain[1]) return null;
            return (
              <ReferenceDot
                key={`p_${c.name}`}
                x={x}
                y={y}
                r={5}
                fill={c.color}
                stroke="var(--bg)"
                strokeWidth={2}
              />
            );
          })}
        </LineChart>
      )}
    </div>
  );
}
