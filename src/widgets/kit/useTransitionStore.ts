// A session's view (an external store) read in a transition: a training run reports every few
// hundred milliseconds, and redrawing its charts synchronously (useSyncExternalStore) blocked
// the page for up to a few hundred ms at a time. In a transition React renders in slices of a
// few ms, lets scrolling, sliders and clicks in between, and drops a render that a newer report
// has made stale. The store stays the truth; the page may show it one report late.
import { startTransition, useEffect, useState } from 'react';

export function useTransitionStore<T>(
  subscribe: (l: () => void) => () => void,
  snapshot: () => T,
): T {
  const [value, setValue] = useState(snapshot);
  useEffect(() => {
    const update = () => startTransition(() => setValue(snapshot));
    update(); // a change between the first render and this effect
    return subscribe(update);
  }, [subscribe, snapshot]);
  return value;
}
