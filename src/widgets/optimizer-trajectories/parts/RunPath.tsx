// One optimizer's path up to the shown step: the line, a dot per update, the current point.
import { cssVars, seriesColor } from '../../kit';
import { OPTIMIZER_NAMES } from '../../../experiments/client';
import type { RunMap } from '../compute';
import { toPx, trajectoryPath, type PlotBox } from '../model';

export function RunPath({
  box,
  entry,
  step,
}: {
  box: PlotBox;
  entry: NonNullable<ReturnType<RunMap['get']>>;
  step: number;
}) {
  const { run, divergedAt } = entry;
  const pts = run.points;
  const shown = Math.min(step, pts.length - 1);
  const cur = pts[shown];
  const curPx = Number.isFinite(cur[0]) && Number.isFinite(cur[1]) ? toPx(box, cur) : null;
  return (
    <g
      className="optimizer-trajectories__run"
      style={cssVars({ '--ot-color': seriesColor(OPTIMIZER_NAMES.indexOf(run.optimizer)) })}
      data-optimizer={run.optimizer}
      data-lr={run.lr}
      data-points={JSON.stringify(pts)}
      data-diverged-at={divergedAt ?? undefined}
    >
      <path className="optimizer-trajectories__path" d={trajectoryPath(box, pts, shown)} />
      {pts.slice(0, shown + 1).map((p, i) => {
        if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
        const [x, y] = toPx(box, p);
        if (x < -10 || y < -10 || x > box.width + 10 || y > box.height + 10) return null;
        return <circle key={i} className="optimizer-trajectories__dot" cx={x} cy={y} r={1.8} />;
      })}
      {curPx && (
        <circle className="optimizer-trajectories__current" cx={curPx[0]} cy={curPx[1]} r={4} />
      )}
    </g>
  );
}
