// The 16-panel grid's race: made when the reader asks for it (and the widget is near the
// screen), started at once, paused/resumed, closed (freed) by 닫기 or 책 기본값.
import { useEffect, useMemo, useRef } from 'react';
import { useResettableState } from '../kit';
import { useRaceSession, type RaceView } from '../optimizer-mnist/race-session';
import type { Values } from '../schema';
import { gridOptions } from './model';
import type { BatchNormSchema } from './schema';

export interface GridRace {
  on: boolean;
  view: RaceView;
  start: () => void;
  pause: () => void;
  resume: () => void;
  close: () => void;
}

export function useGridRace(
  values: Values<BatchNormSchema>,
  resetCount: number,
  near: boolean,
): GridRace {
  const [on, setOn] = useResettableState(false, resetCount);
  const options = useMemo(() => (on && near ? gridOptions(values) : null), [on, near, values]);
  const { session, view } = useRaceSession(options, 0);
  // run each new grid race once it is ready (not again after it is paused)
  const started = useRef(-1);
  useEffect(() => {
    if (on && view.status === 'ready' && started.current !== view.gen) {
      started.current = view.gen;
      session.run();
    }
  }, [on, view.status, view.gen, session]);
  return {
    on,
    view,
    start: () => setOn(true),
    pause: () => session.pause(),
    resume: () => session.run(),
    close: () => setOn(false),
  };
}
