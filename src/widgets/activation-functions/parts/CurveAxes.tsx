// The chart's grid lines, axes and tick labels (the same for every x).
import { memo } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { fmt, tickText } from '../../kit';

export const CurveAxes = memo(function CurveAxes({
  sx,
  sy,
  xTicks,
  yTicks,
  k,
}: {
  sx: ScaleLinear<number, number>;
  sy: ScaleLinear<number, number>;
  xTicks: readonly number[];
  yTicks: readonly number[];
  /** the browser's text size over 16 px: the labels' size and offsets */
  k: number;
}) {
  const tick = tickText(k);
  const [x0, x1] = sx.range();
  const [y1, y0] = sy.range();
  return (
    <g aria-hidden="true">
      <g stroke="var(--border)" strokeDasharray="3 3">
        {yTicks.map((t) => (
          <line key={`y${t}`} x1={x0} x2={x1} y1={sy(t)} y2={sy(t)} />
        ))}
        {xTicks.map((t) => (
          <line key={`x${t}`} x1={sx(t)} x2={sx(t)} y1={y0} y2={y1} />
        ))}
      </g>
      <g stroke="var(--muted)">
        <line x1={x0} x2={x1} y1={y1} y2={y1} />
        <line x1={x0} x2={x0} y1={y0} y2={y1} />
        {sy(0) >= y0 && sy(0) <= y1 && <line x1={x0} x2={x1} y1={sy(0)} y2={sy(0)} />}
      </g>
      <g {...tick} textAnchor="middle">
        {xTicks.map((t) => (
          <text key={t} x={sx(t)} y={y1 + 16 * k}>
            {fmt(t)}
          </text>
        ))}
      </g>
      <g {...tick} textAnchor="end">
        {yTicks.map((t) => (
          <text key={t} x={x0 - 6 * k} y={sy(t) + 4 * k}>
            {fmt(t, 2)}
          </text>
        ))}
      </g>
    </g>
  );
});
