// The U-curve's grid, axes, pass thresholds and the two error curves: they depend on the curve's
// numbers (computed over a fixed range of h) and the chart's size, never on the chosen h.
import { memo } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { GRADIENT_PASS_RELATIVE } from '../../../experiments/client';
import { tickText } from '../../kit';
import { PRECISIONS } from '../model';

const X_TICKS = [-10, -8, -6, -4, -2];
const Y_TICKS = [-12, -10, -8, -6, -4, -2, 0];
/** 10^v as the axes write it: 1, 1e−4 */
export const powerTick = (v: number) => (v === 0 ? '1' : `1e${v}`.replace('-', '−'));

export const UCurveLines = memo(function UCurveLines({
  rows,
  colors,
  sx,
  sy,
  clip,
  k,
}: {
  rows: ReadonlyArray<Record<string, number>>;
  colors: Record<(typeof PRECISIONS)[number], string>;
  sx: ScaleLinear<number, number>;
  sy: ScaleLinear<number, number>;
  clip: string;
  /** the browser's text size over 16 px: the labels' size and offsets */
  k: number;
}) {
  const tick = tickText(k);
  // every other h labelled where the labels (1e−10: ~3 em wide) would touch: a phone, large text
  const xTicks = sx(X_TICKS[1]) - sx(X_TICKS[0]) < 52 * k ? X_TICKS.filter((_, i) => i % 2 === 0) : X_TICKS; // prettier-ignore
  const [x0, x1] = sx.range();
  const [y1, y0] = sy.range();
  return (
    <g aria-hidden="true">
      <g stroke="var(--border)" strokeDasharray="3 3">
        {Y_TICKS.map((t) => (
          <line key={`y${t}`} x1={x0} x2={x1} y1={sy(t)} y2={sy(t)} />
        ))}
        {X_TICKS.map((t) => (
          <line key={`x${t}`} x1={sx(t)} x2={sx(t)} y1={y0} y2={y1} />
        ))}
      </g>
      <g stroke="var(--muted)">
        <line x1={x0} x2={x1} y1={y1} y2={y1} />
        <line x1={x0} x2={x0} y1={y0} y2={y1} />
      </g>
      <g {...tick} textAnchor="middle">
        {xTicks.map((t) => (
          <text key={t} x={sx(t)} y={y1 + 16 * k}>
            {powerTick(t)}
          </text>
        ))}
      </g>
      <g {...tick} textAnchor="end">
        {Y_TICKS.map((t) => (
          <text key={t} x={x0 - 6 * k} y={sy(t) + 4 * k}>
            {powerTick(t)}
          </text>
        ))}
      </g>
      {PRECISIONS.map((p) => {
        const y = sy(Math.log10(GRADIENT_PASS_RELATIVE[p]));
        return (
          <line
            key={`pass-${p}`}
            x1={x0}
            x2={x1}
            y1={y}
            y2={y}
            stroke={colors[p]}
            strokeDasharray="2 4"
          />
        );
      })}
      <g clipPath={`url(#${clip})`}>
        {PRECISIONS.map((p) => {
          const pts = rows.filter((r) => Number.isFinite(r[p]));
          const d = line<Record<string, number>>()
            .x((r) => sx(r.lh))
            .y((r) => sy(r[p]))(pts as Array<Record<string, number>>);
          return (
            <g key={p} className={`gradient-check-line-${p}`} stroke={colors[p]} fill={colors[p]}>
              <path d={d ?? ''} fill="none" strokeWidth={2.2} />
              {pts.map((r) => (
                <circle key={r.lh} cx={sx(r.lh)} cy={sy(r[p])} r={2.5} />
              ))}
            </g>
          );
        })}
      </g>
    </g>
  );
});
