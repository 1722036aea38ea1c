// The activation curves h(x) (solid) and the engine's h′(x) (dashed) over −5 … 5, with the
// marked x as a vertical line and a dot on each curve. Plain SVG on d3-scale/d3-shape: the
// curves come from the engine once (a fixed grid) and are drawn once; moving x redraws only the
// marker (recharts re-rendered every curve for every x: 20–30 ms a move). Until the grid is in,
// the chart stands in its final size: its axes (a fixed domain) and the x line, no curve.
import { useId, useMemo, useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import { fmt, scaledMargins, useElementBox } from '../../kit';
import type { Curves } from '../compute';
import { X_AXIS, X_MAX, X_MIN, yDomain, yTicks, type CurveInfo } from '../model';
import { CurveAxes } from './CurveAxes';
import { CurveLines } from './CurveLines';

const HEIGHT = 300;
/** margins, px at the default text size (they hold the tick labels, which grow with it) */
const M = { top: 8, right: 12, bottom: 24, left: 40 };

export function CurveChart({
  grid,
  point,
  shown,
  x,
  derivative,
}: {
  /** every curve on the grid */
  grid: Curves | null;
  /** every curve at the marked x (one point each) */
  point: Curves | null;
  shown: readonly CurveInfo[];
  x: number;
  derivative: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  // its width, and the browser's text size (labels and their margins grow with it; 1 at 16 px)
  const { width, k } = useElementBox(box, 600);
  const clip = `af-clip-${useId().replace(/:/g, '')}`;
  const margin = scaledMargins(M, k);
  const w = Math.max(40, width - margin.left - margin.right);
  const h = HEIGHT - margin.top - margin.bottom;
  const [lo, hi] = yDomain(shown, derivative);
  const sx = useMemo(() => scaleLinear().domain([X_MIN, X_MAX]).range([0, w]), [w]);
  const sy = useMemo(() => scaleLinear().domain([lo, hi]).range([h, 0]), [lo, hi, h]);
  const ticks = useMemo(() => yTicks([lo, hi]), [lo, hi]);
  const label = !grid
    ? '활성화 함수 그래프: 엔진이 곡선을 계산하는 중.'
    : shown.length
      ? `활성화 함수 그래프: ${shown.map((c) => c.label).join(', ')}. x = ${fmt(x)}에 세로선.`
      : '활성화 함수 그래프: 선택한 함수가 없어요.';
  return (
    <div
      ref={box}
      className="activation-functions-chart"
      role="img"
      aria-label={label}
      data-x={x}
      data-curves={shown.map((c) => c.name).join(' ')}
      aria-busy={!grid || undefined}
    >
      {!grid && (
        <p className="activation-functions-chart-wait" aria-hidden="true">
          엔진이 곡선을 계산하는 중…
        </p>
      )}
      <svg width={width} height={HEIGHT} aria-hidden="true" focusable="false">
        <defs>
          <clipPath id={clip}>
            <rect x={0} y={-2} width={w} height={h + 4} />
          </clipPath>
        </defs>
        <g transform={`translate(${margin.left},${margin.top})`}>
          <CurveAxes sx={sx} sy={sy} xTicks={X_AXIS.ticks} yTicks={ticks} k={k} />
          {grid && (
            <g clipPath={`url(#${clip})`}>
              <CurveLines grid={grid} shown={shown} derivative={derivative} sx={sx} sy={sy} />
            </g>
          )}
          <line x1={sx(x)} x2={sx(x)} y1={0} y2={h} stroke="var(--fg)" strokeDasharray="2 3" />
          {point &&
            shown.map((c) => {
              const y = point[c.name].y[0];
              if (!Number.isFinite(y) || y < lo || y > hi) return null;
              return (
                <circle
                  key={c.name}
                  cx={sx(x)}
                  cy={sy(y)}
                  r={5}
                  fill={c.color}
                  stroke="var(--bg)"
                  strokeWidth={2}
                />
              );
            })}
        </g>
      </svg>
    </div>
  );
}
