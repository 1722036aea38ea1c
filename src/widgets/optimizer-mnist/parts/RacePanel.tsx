// What every race widget shows under its controls: the buttons, the download while it goes on,
// the lanes that blew up, speed and time, the loss chart and the per-lane table.
import { RaceControls } from './RaceControls';
import type { Curve } from '../race-model';
import type { RaceSession, RaceView } from '../race-session';
import { RaceChart } from './RaceChart';
import { RaceTable } from './RaceTable';

export function RacePanel({
  view,
  session,
  colors,
  names,
  curve,
  iterations,
  evalSize,
  evalEvery,
}: {
  view: RaceView;
  session: RaceSession;
  colors: readonly number[];
  /** the lanes' names in their order (the race's variants' labels) */
  names: readonly string[];
  curve: Curve;
  iterations: number;
  evalSize: number;
  /** iterations between test evaluations (absent: only at the end) */
  evalEvery?: number;
}) {
  const p = view.progress;
  const lanes = p?.lanes ?? [];
  return (
    <>
      <RaceControls view={view} session={session} iterations={iterations} />
      <RaceChart lanes={lanes} colors={colors} curve={curve} iterations={iterations} />
      <RaceTable
        lanes={lanes}
        colors={colors}
        names={names}
        evalSize={evalSize}
        evalEvery={evalEvery}
      />
    </>
  );
}
