// The top of every race widget's panel: Run/Pause/Step/Reset, the MNIST download while it goes
// on, the lanes that blew up, and speed and time. What comes under it (curves, tables) is the
// widget's own.
import { RunButtons } from '../../kit';
import { divergedNote, int } from '../race-model';
import type { RaceSession, RaceView } from '../race-session';
import { RaceStats } from './RaceStats';

export function RaceControls({
  view,
  session,
  iterations,
}: {
  view: RaceView;
  session: RaceSession;
  /** the run's length before the race reports it */
  iterations: number;
}) {
  const p = view.progress;
  const note = divergedNote(p?.lanes ?? []);
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
      {note && <p className="race__diverged">{note}</p>}
      {/* the download takes the stats' place (their numbers are all "—" until the race runs):
          as a line of its own above them, it went when MNIST was in and the picture below
          moved up by its height */}
      <div className="race__status">
        {view.status === 'loading' && data && data.bytesTotal > 0 ? (
          <label className="race__data">
            MNIST 내려받는 중… {int(data.digitsLoaded)} / {int(data.digitsTotal)}장
            <progress max={data.bytesTotal} value={data.bytesLoaded} />
          </label>
        ) : null}
        <RaceStats progress={p} />
      </div>
    </>
  );
}
