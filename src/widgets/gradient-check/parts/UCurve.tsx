// The U-curve: the worst tensor's relative error against h (both log scales), for the numerical
// side in float32 (the engine) and float64 (JS), with each pass threshold, the chosen h as a
// vertical line and a dot on each curve. Plain SVG (d3-scale/d3-shape): the curves are drawn
// again only when their numbers change; moving h redraws the marker (recharts redrew the whole
// chart for every h, 20–30 ms a move). Before the first result: the axes and thresholds only.
import { useId, useMemo, useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import type { GradientCheckResult } from '../../../experiments/client';
import { scaledMargins, seriesColor, useElementBox } from '../../kit';
import { curveRows, fmtH, fmtSci, log10Error, PRECISIONS } from '../model';
import { UCurveLines } from './UCurveLines';

const COLOR = { float32: seriesColor(0), float64: seriesColor(1) };
const Y_DOMAIN: [number, number] = [-12, 1];
const X_DOMAIN: [number, number] = [-10, -1];
const HEIGHT = 260;
/** margins, px at the default text size (they hold the tick labels, which grow with it) */
const M = { top: 8, right: 14, bottom: 24, left: 44 };

const NO_ROWS: ReadonlyArray<Record<string, number>> = [];

export function UCurve({ result }: { result: GradientCheckResult | null }) {
  const box = useRef<HTMLDivElement>(null);
  // its width, and the browser's text size (labels and their margins grow with it; 1 at 16 px)
  const { width, k } = useElementBox(box, 600);
  const clip = `gc-clip-${useId().replace(/:/g, '')}`;
  const margin = scaledMargins(M, k);
  const w = Math.max(40, width - margin.left - margin.right);
  const h = HEIGHT - margin.top - margin.bottom;
  const sx = useMemo(() => scaleLinear().domain(X_DOMAIN).range([0, w]), [w]);
  const sy = useMemo(() => scaleLinear().domain(Y_DOMAIN).range([h, 0]), [h]);
  // The same numbers arrive in new arrays with every result: keep the rows while they match.
  const curve = result?.uCurve;
  const key = curve ? JSON.stringify([curve.hs, curve.float32, curve.float64]) : '';
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the curve's numbers
  const rows = useMemo(() => (result ? curveRows(result) : NO_ROWS), [key]);
  const now = curve?.now;
  const label =
    'h에 따른 수치 미분의 상대 오차 그래프(가로 h, 세로 상대 오차, 둘 다 로그 눈금). ' +
    (result && now
      ? `지금 h = ${fmtH(result.h)}: float32 ${fmtSci(now.float32)}, float64 ${fmtSci(now.float64)}.`
      : '곡선을 계산하는 중이에요.');
  return (
    <div
      ref={box}
      className="gradient-check-chart"
      role="img"
      aria-label={label}
      data-h={result?.h}
      data-error-float32={now?.float32}
      data-error-float64={now?.float64}
    >
      <svg width={width} height={HEIGHT} aria-hidden="true" focusable="false">
        <defs>
          <clipPath id={clip}>
            <rect x={-4} y={-4} width={w + 8} height={h + 8} />
          </clipPath>
        </defs>
        <g transform={`translate(${margin.left},${margin.top})`}>
          <UCurveLines rows={rows} colors={COLOR} sx={sx} sy={sy} clip={clip} k={k} />
          {result && now && (
            <NowMarker
              x={sx(Math.log10(result.h))}
              height={h}
              ys={PRECISIONS.map((p) =>
                sy(Math.min(Y_DOMAIN[1], Math.max(Y_DOMAIN[0], log10Error(now[p])))),
              )}
            />
          )}
        </g>
      </svg>
    </div>
  );
}

/** The chosen h: a vertical line and a dot on each precision's curve (ys in PRECISIONS' order). */
function NowMarker({ x, height, ys }: { x: number; height: number; ys: number[] }) {
  return (
    <>
      <line x1={x} x2={x} y1={0} y2={height} stroke="var(--fg)" strokeDasharray="4 3" />
      {PRECISIONS.map((p, i) => (
        <circle
          key={`now-${p}`}
          cx={x}
          cy={ys[i]}
          r={5.5}
          fill="var(--bg)"
          stroke={COLOR[p]}
          strokeWidth={2.5}
        />
      ))}
    </>
  );
}
