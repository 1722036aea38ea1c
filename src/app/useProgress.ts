// The reader's stored progress as React state (re-renders on changes, from other tabs too).
import { useSyncExternalStore } from 'react';
import { readProgress, subscribeProgress, type Progress } from './progress';

const none: Progress = {};

export function useProgress(): Progress {
  return useSyncExternalStore(subscribeProgress, readProgress, () => none);
}
