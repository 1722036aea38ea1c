// Under the controls: the buttons, the download while it goes on, the lanes that blew up, speed
// and time (the race kit's), the accuracy curves and the gap table.
import { RaceControls } from '../../optimizer-mnist/parts/RaceControls';
import type { RaceSession, RaceView } from '../../optimizer-mnist/race-session';
import { AccuracyChart } from './AccuracyChart';
import { GapTable } from './GapTable';

export function OverfitPanel({
  view,
  session,
  iterations,
  perEpoch,
  epochs,
  trainSize,
  testSize,
}: {
  view: RaceView;
  session: RaceSession;
  iterations: number;
  perEpoch: number;
  epochs: number;
  trainSize: number;
  testSize: number;
}) {
  const p = view.progress;
  const lanes = p?.lanes ?? [];
  return (
    <>
      <RaceControls view={view} session={session} iterations={iterations} />
      <AccuracyChart lanes={lanes} perEpoch={perEpoch} epochs={epochs} />
      <GapTable lanes={lanes} perEpoch={perEpoch} trainSize={trainSize} testSize={testSize} />
    </>
  );
}
