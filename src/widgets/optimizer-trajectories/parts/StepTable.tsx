// Position, value and internal state (v, h, m, η_t …) of each shown optimizer at the shown step.
import { OPTIMIZER_NAMES, type OptimizerName } from '../../../experiments/client';
import { cssVars, fmt, fmtPair, ScrollRegion, seriesColor, Swatch } from '../../kit';
import type { RunMap } from '../compute';
import { OPTIMIZER_LABEL, stateEntries } from '../model';

export function StepTable({
  list,
  runs,
  step,
}: {
  list: OptimizerName[];
  runs: RunMap;
  step: number;
}) {
  if (runs.size === 0 || list.length === 0) return null;
  return (
    <ScrollRegion className="optimizer-trajectories__table-wrap" label="단계별 위치와 내부 상태 표">
      <table className="optimizer-trajectories__table">
        <caption>{step}단계의 위치, 함숫값, 내부 상태</caption>
        <thead>
          <tr>
            <th scope="col">옵티마이저</th>
            <th scope="col">위치 (x, y)</th>
            <th scope="col">f(x, y)</th>
            <th scope="col">내부 상태</th>
          </tr>
        </thead>
        <tbody>
          {list.map((o) => {
            const r = runs.get(o);
            if (!r) return null;
            const i = Math.min(step, r.run.points.length - 1);
            const color = seriesColor(OPTIMIZER_NAMES.indexOf(o));
            return (
              <tr
                key={o}
                style={cssVars({ '--ot-color': color })}
                data-optimizer={o}
                data-diverged={r.divergedAt !== null && r.divergedAt <= i ? true : undefined}
              >
                <th scope="row">
                  <Swatch color={color} shape="dot" />
                  {OPTIMIZER_LABEL[o]}
                </th>
                <td>{fmtPair(r.run.points[i])}</td>
                <td>{fmt(r.run.values[i])}</td>
                <td>
                  {stateEntries(o, r.run.lr, i, r.run.state[i]).map((e) => (
                    <span key={e.label} className="optimizer-trajectories__state">
                      {e.label} = {e.value}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
