// What every race widget shows under its controls: the buttons, the download while it goes on,
// the lanes that blew up, speed and time, the loss chart and the per-lane table.
import type { Curve } from '../race-model';
import { divergedNote, int } from '../race-model';
import type { RaceSession, RaceView } from '../race-session';
import { RunButtons } from '../../kit';
import { RaceChart } from './RaceChart';
import { RaceStats } from './RaceStats';
import { RaceTable } from './RaceTable';

export function RacePanel({
  view,
  session,
  colors,
  curve,
  iterations,
  evalSize,
}: {
  view: RaceView;
  session: RaceSession;
  colors: readonly number[];
  curve: Curve;
  iterations: number;
  evalSize: number;
}) {
  const p = view.progress;
  const lanes = p?.lanes ?? [];
  const note = divergedNote(lanes);
  const data = p?.data;
  return (
    <>
      <RunButtons
        prefix="race"
        status={view.status}
        iteration={p?.iteration ?? 0}
        iterations={p?.iterations ?? iterations}
        onRun={() => session.run()}
        onPause={() => session.pause()}
        onStep={() => session.step()}
        onReset={() => session.reset()}
      />
      {view.status === 'loading' && data && data.bytesTotal > 0 ? (
        <label className="race__data">
          MNIST 내려받는 중… {int(data.digitsLoaded)} / {int(data.digitsTotal)}장
          <progress max={data.bytesTotal} value={data.bytesLoaded} />
        </label>
      ) : null}
      {note && <p className="race__diverged">{note}</p>}
      <RaceStats progress={p} />
      <RaceChart lanes={lanes} colors={colors} curve={curve} iterations={iterations} />
      <RaceTable lanes={lanes} colors={colors} evalSize={evalSize} />
    </>
  );
}
