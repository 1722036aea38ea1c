// The frame's report of a race widget (useReport): loading until the race exists (also while the
// widget waits to come near the screen, so its frame keeps the room the race will fill), running
// while it trains, diverged when every lane blew up, the race's error otherwise.
import { useCallback, useMemo, useRef } from 'react';
import { type LatestResult, type Stamped, useNearViewport, useReport } from '../kit';
import type { WidgetProps } from '../types';
import { divergedNote } from './race-model';
import type { RaceOptions } from '../../experiments/client';
import { useRaceSession, type RaceView } from './race-session';

export function useRaceReport(view: RaceView, report: WidgetProps['report'], waiting = false) {
  const p = view.progress;
  const result = useMemo<LatestResult<Stamped>>(
    () => ({
      output:
        waiting || view.status === 'loading'
          ? null
          : { backend: p?.backend ?? '', doneAt: view.at },
      error: view.error,
      busy: false,
      ms: null,
    }),
    [waiting, view.status, p, view.at, view.error],
  );
  const lanes = p?.lanes ?? [];
  const all = lanes.length > 0 && lanes.every((l) => l.divergedAt !== null);
  return useReport({
    report,
    result,
    diverged: all ? divergedNote(lanes) : '',
    running: view.status === 'running',
    errorLabel: '학습하지 못했어요',
  });
}

/**
 * A race widget's race, made once the widget comes near the screen: a chapter mounts every widget
 * at once, and a race streams the official MNIST into the engine's worker, which the reader at
 * the top of the chapter (and the other widgets sharing the worker) should not pay for. Until
 * then the race is idle and `near` is false. `setRoot` is the root element's ref.
 */
export function useNearRace(
  options: RaceOptions | null,
  resetCount: number,
  report: WidgetProps['report'],
) {
  const seen = useRef<HTMLDivElement | null>(null);
  const near = useNearViewport(seen);
  const { session, view } = useRaceSession(near ? options : null, resetCount);
  // not near yet: a short note where the race will be (loading, so the frame keeps its room:
  // reported ready, the frame shrank to the note and grew again by ~600 px when the race came)
  const { rootRef } = useRaceReport(view, report, !near && options !== null);
  const setRoot = useCallback(
    (el: HTMLDivElement | null) => {
      seen.current = el;
      rootRef.current = el;
    },
    [rootRef],
  );
  return { session, view, setRoot, near };
}
