// The frame's report of a race widget (useReport): loading until the race exists, running while
// it trains, diverged when every lane blew up, the race's error otherwise.
import { useMemo } from 'react';
import { type LatestResult, type Stamped, useReport } from '../kit';
import type { WidgetProps } from '../types';
import { divergedNote } from './race-model';
import type { RaceView } from './race-session';

export function useRaceReport(view: RaceView, report: WidgetProps['report']) {
  const p = view.progress;
  const result = useMemo<LatestResult<Stamped>>(
    () => ({
      output: view.status === 'loading' ? null : { backend: p?.backend ?? '', doneAt: view.at },
      error: view.error,
      busy: false,
      ms: null,
    }),
    [view.status, p, view.at, view.error],
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
