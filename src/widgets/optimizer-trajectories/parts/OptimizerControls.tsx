// Per optimizer, in its series colour: show or hide it, and its learning rate.
import { OPTIMIZER_NAMES } from '../../../experiments/client';
import { ParamControl, cssVars, seriesColor, Swatch, type Bound } from '../../kit';
import type { RunMap } from '../compute';
import { lrKey, OPTIMIZER_LABEL, showKey } from '../model';
import type { OptimizerTrajectoriesSchema } from '../schema';

export function OptimizerControls({
  of,
  runs,
}: {
  of: Bound<OptimizerTrajectoriesSchema>;
  runs: RunMap;
}) {
  return (
    <div className="optimizer-trajectories__optimizers">
      {OPTIMIZER_NAMES.map((o, i) => (
        <fieldset
          key={o}
          className="optimizer-trajectories__optimizer"
          style={cssVars({ '--ot-color': seriesColor(i) })}
          data-diverged={runs.get(o)?.divergedAt != null || undefined}
        >
          <legend>
            <Swatch color={seriesColor(i)} shape="dot" />
            {OPTIMIZER_LABEL[o]}
          </legend>
          <ParamControl of={of} name={showKey(o)} />
          <ParamControl of={of} name={lrKey(o)} />
        </fieldset>
      ))}
    </div>
  );
}
