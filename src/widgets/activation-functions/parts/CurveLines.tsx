// The curves h(x) (solid) and h′(x) (dashed) on the grid: drawn again only when the engine's
// grid result, the shown set or the chart's size changes — never when x moves.
import { memo } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { curveLinear, curveStepBefore, line } from 'd3-shape';
import type { Curves } from '../compute';
import { GRID, type CurveInfo } from '../model';

export const CurveLines = memo(function CurveLines({
  grid,
  shown,
  derivative,
  sx,
  sy,
}: {
  grid: Curves;
  shown: readonly CurveInfo[];
  derivative: boolean;
  sx: ScaleLinear<number, number>;
  sy: ScaleLinear<number, number>;
}) {
  const path = (ys: readonly number[], step: boolean) =>
    line<number>()
      .defined((y) => Number.isFinite(y))
      .x((_, i) => sx(GRID[i]))
      .y((y) => sy(y))
      .curve(step ? curveStepBefore : curveLinear)(ys as number[]) ?? '';
  const draw = (c: CurveInfo, d: boolean) => (
    <path
      key={`${d ? 'd_' : ''}${c.name}`}
      d={path(d ? grid[c.name].dy : grid[c.name].y, c.name === 'step')}
      stroke={c.color}
      strokeWidth={d ? 1.5 : 2.5}
      strokeDasharray={d ? '5 4' : undefined}
      className={`activation-functions-line activation-functions-line-${d ? 'd-' : ''}${c.name}`}
    />
  );
  return (
    <g fill="none">
      {derivative && shown.map((c) => draw(c, true))}
      {shown.map((c) => draw(c, false))}
    </g>
  );
});
