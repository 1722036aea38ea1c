// The chosen w's race: the buttons, the download while it goes on, speed and time, the accuracy
// curves with their key, and test mode (running statistics, test accuracy).
import { RaceControls } from '../../optimizer-mnist/parts/RaceControls';
import type { RaceSession, RaceView } from '../../optimizer-mnist/race-session';
import { ITERS_PER_EPOCH, type LaneKind } from '../model';
import { useBnStats } from '../use-bn-stats';
import { AccuracyChart } from './AccuracyChart';
import { Legend } from './Legend';
import { TestMode } from './TestMode';

export function MainPanel({
  view,
  session,
  kinds,
  epochs,
}: {
  view: RaceView;
  session: RaceSession;
  kinds: readonly LaneKind[];
  epochs: number;
}) {
  const p = view.progress;
  const lanes = p?.lanes ?? [];
  const stats = useBnStats(view, 0);
  return (
    <>
      <RaceControls view={view} session={session} iterations={epochs * ITERS_PER_EPOCH} />
      <AccuracyChart lanes={lanes} kinds={kinds} epochs={epochs} />
      <Legend lanes={lanes} kinds={kinds} />
      <TestMode stats={stats} lane={lanes[0]} />
    </>
  );
}
