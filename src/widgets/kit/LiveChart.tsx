// A line chart for curves that grow while a network trains (loss, accuracy): plain SVG, scales
// and paths from d3-scale and d3-shape. recharts (used for the still charts) keeps its own
// store and re-renders every chart synchronously in the next animation frame after each data
// change — 50–150 ms per report on a phone-class CPU; this chart is one React render of a few
// paths and ticks, and React can slice it (the session views arrive in transitions).
import { useId, useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { scaledMargins, tickText } from './textScale';
import { useElementBox } from './useElementBox';

/** One curve: `rows[i][key]` against `rows[i][x]`; null, undefined or non-finite make a gap. */
export interface LiveLine {
  key: string;
  color: string;
  width?: number;
  dash?: string;
  opacity?: number;
  /** a dot at every point */
  dots?: boolean;
}

/** A row of the data: an x value and one value per curve, by key. */
export type LiveRow = object;

export interface LiveChartProps {
  rows: readonly LiveRow[];
  /** the key of the x value in each row */
  x: string;
  lines: readonly LiveLine[];
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  /** y ticks (default: d3's ~5 nice ticks) */
  yTicks?: readonly number[];
  xFormat?: (v: number) => string;
  yFormat?: (v: number) => string;
  /** only whole-number x ticks (epochs) */
  integerX?: boolean;
  /** a unit written at the end of the x axis */
  xLabel?: string;
  height: number;
  /** reference lines: a vertical one at `x` or a horizontal one at `y` (dashed) */
  marks?: readonly LiveMark[];
}

/** A reference line across the plot (a chosen step, a ceiling). */
export interface LiveMark {
  x?: number;
  y?: number;
  color?: string;
  dash?: string;
}

/** margins (px at the default text size: they hold the tick labels, so they grow with them) */
const M = { top: 8, right: 12, bottom: 22, left: 42 };

const valueOf = (r: LiveRow, k: string) => {
  const v = (r as Record<string, unknown>)[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

export function LiveChart(p: LiveChartProps) {
  const box = useRef<HTMLDivElement>(null);
  // its width, and the browser's text size (labels and their margins grow with it; 1 at 16 px)
  const { width, k } = useElementBox(box, 600);
  const clip = `live-clip-${useId().replace(/:/g, '')}`;
  const margin = scaledMargins(M, k);
  const tick = tickText(k);
  const w = Math.max(40, width - margin.left - margin.right);
  const h = Math.max(20, p.height - margin.top - margin.bottom);
  const sx = scaleLinear().domain(p.xDomain).range([0, w]);
  const sy = scaleLinear().domain(p.yDomain).range([h, 0]);
  const xTicks = sx.ticks(Math.max(2, Math.floor(w / (70 * k)))).filter((v) => !p.integerX || Number.isInteger(v)); // prettier-ignore
  const yTicks = p.yTicks ?? sy.ticks(5);
  const xFormat = p.xFormat ?? ((v: number) => String(v));
  const yFormat = p.yFormat ?? ((v: number) => String(v));
  return (
    <div ref={box} className="live-chart">
      <svg width={width} height={p.height} aria-hidden="true" focusable="false">
        <defs>
          <clipPath id={clip}>
            <rect x={0} y={-2} width={w} height={h + 4} />
          </clipPath>
        </defs>
        <g transform={`translate(${margin.left},${margin.top})`}>
          <g stroke="var(--border)" strokeDasharray="3 3">
            {yTicks.map((t) => (
              <line key={`y${t}`} x1={0} x2={w} y1={sy(t)} y2={sy(t)} />
            ))}
            {xTicks.map((t) => (
              <line key={`x${t}`} x1={sx(t)} x2={sx(t)} y1={0} y2={h} />
            ))}
          </g>
          <g stroke="var(--muted)">
            <line x1={0} x2={w} y1={h} y2={h} />
            <line x1={0} x2={0} y1={0} y2={h} />
          </g>
          <g {...tick} textAnchor="middle">
            {xTicks.map((t) => (
              <text key={t} x={sx(t)} y={h + 16 * k}>
                {xFormat(t)}
              </text>
            ))}
          </g>
          <g {...tick} textAnchor="end">
            {yTicks.map((t) => (
              <text key={t} x={-6 * k} y={sy(t) + 4 * k}>
                {yFormat(t)}
              </text>
            ))}
          </g>
          {p.xLabel && (
            <text {...tick} x={w} y={h - 6 * k} textAnchor="end">
              {p.xLabel}
            </text>
          )}
          <g clipPath={`url(#${clip})`} fill="none">
            {p.lines.map((l) => (
              <Curve key={l.key} line={l} rows={p.rows} x={p.x} sx={sx} sy={sy} />
            ))}
            {p.marks?.map((m, i) => (
              <line
                key={i}
                data-mark={m.x !== undefined ? `x=${m.x}` : `y=${m.y}`}
                x1={m.x !== undefined ? sx(m.x) : 0}
                x2={m.x !== undefined ? sx(m.x) : w}
                y1={m.y !== undefined ? sy(m.y) : 0}
                y2={m.y !== undefined ? sy(m.y) : h}
                stroke={m.color ?? 'var(--fg)'}
                strokeDasharray={m.dash ?? '2 3'}
              />
            ))}
          </g>
        </g>
      </svg>
    </div>
  );
}

type Scale = ReturnType<typeof scaleLinear<number, number>>;

function Curve({
  line: l,
  rows,
  x,
  sx,
  sy,
}: {
  line: LiveLine;
  rows: readonly LiveRow[];
  x: string;
  sx: Scale;
  sy: Scale;
}) {
  const path = line<LiveRow>()
    .defined((r) => valueOf(r, l.key) !== null && valueOf(r, x) !== null)
    .x((r) => sx(valueOf(r, x)!))
    .y((r) => sy(valueOf(r, l.key)!))(rows);
  return (
    <g data-line={l.key}>
      {path && (
        <path
          d={path}
          stroke={l.color}
          strokeWidth={l.width ?? 2}
          strokeDasharray={l.dash}
          strokeOpacity={l.opacity}
          strokeLinejoin="round"
        />
      )}
      {l.dots &&
        rows.map((r, i) => {
          const vx = valueOf(r, x);
          const vy = valueOf(r, l.key);
          return vx === null || vy === null ? null : (
            <circle key={i} cx={sx(vx)} cy={sy(vy)} r={2.5} fill={l.color} />
          );
        })}
    </g>
  );
}
