// For widgets that compute on the page thread (a few numbers in plain JS): the result in the
// same shape as useLatestResult's, stamped for useReport, computed during render whenever `key`
// changes.
import { useState } from 'react';
import type { LatestResult } from './useLatestResult';
import type { Stamped } from './useReport';

/** A result that is always there: computed before the first paint. */
export type SyncResult<O> = LatestResult<O> & { output: O };

export function useSyncResult<I, O extends object>(
  key: string,
  input: I,
  compute: (input: I) => O,
): SyncResult<O & Stamped> {
  const run = (): SyncResult<O & Stamped> => {
    const t0 = performance.now();
    const output = { ...compute(input), backend: 'JS', doneAt: performance.now() };
    return { output, error: null, busy: false, ms: output.doneAt - t0 };
  };
  const [memo, setMemo] = useState(() => ({ key, result: run() }));
  if (memo.key !== key) {
    const next = { key, result: run() };
    setMemo(next);
    return next.result;
  }
  return memo.result;
}
