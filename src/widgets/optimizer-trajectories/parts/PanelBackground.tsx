// The contours and axes of a panel: the same for every run, so they skip re-rendering.
import { memo } from 'react';
import { fmt } from '../../kit';
import { toPx, type PlotBox } from '../model';

const ticks = (r: readonly [number, number]) =>
  [r[0], 0, r[1]].filter((v, i, a) => a.indexOf(v) === i && v >= r[0] && v <= r[1]);

export const PanelBackground = memo(function PanelBackground({
  box,
  contours,
  clipId,
  tick,
}: {
  box: PlotBox;
  contours: Array<{ value: number; d: string }>;
  clipId: string;
  /** the tick labels' font size, viewBox units (panelLayout: 11 px on screen) */
  tick: number;
}) {
  const origin = toPx(box, [0, 0]);
  return (
    <g aria-hidden="true">
      <rect
        className="optimizer-trajectories__bg"
        x={0}
        y={0}
        width={box.width}
        height={box.height}
      />
      <g className="optimizer-trajectories__contours" clipPath={`url(#${clipId})`}>
        {contours.map((c) => (
          <path key={c.value} d={c.d} />
        ))}
      </g>
      <g className="optimizer-trajectories__axes" aria-hidden="true" fontSize={tick}>
        {origin[0] >= 0 && origin[0] <= box.width && (
          <line x1={origin[0]} x2={origin[0]} y1={0} y2={box.height} />
        )}
        {origin[1] >= 0 && origin[1] <= box.height && (
          <line x1={0} x2={box.width} y1={origin[1]} y2={origin[1]} />
        )}
        {ticks(box.x).map((v) => (
          <text
            key={`x${v}`}
            x={toPx(box, [v, 0])[0]}
            y={box.height + tick + 2}
            textAnchor={v === box.x[0] ? 'start' : v === box.x[1] ? 'end' : 'middle'}
          >
            {fmt(v)}
          </text>
        ))}
        {ticks(box.y).map((v) => (
          <text
            key={`y${v}`}
            x={-4}
            y={toPx(box, [0, v])[1]}
            textAnchor="end"
            dominantBaseline={v === box.y[1] ? 'hanging' : v === box.y[0] ? 'auto' : 'middle'}
          >
            {fmt(v)}
          </text>
        ))}
      </g>
    </g>
  );
});
