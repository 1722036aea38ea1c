// Whether the widget has come near the screen (once true, it stays true). A widget mounts a little
// before it nears the screen (islands.ts) and the playground mounts every widget at once; the
// 10,000-image runs wait until the reader scrolls here, so that a reader elsewhere does not pay
// for them (nor do the other widgets, which share the engine's worker). Without
// IntersectionObserver (jsdom) it is true at once.
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** `margin`: px above and below the screen that count as near. */
export function useNearViewport(ref: RefObject<Element | null>, margin = 300): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  // Mounted already near (a deep link, a reader who scrolled fast): near in the first paint. The
  // observer answers a frame later, and that frame showed the "not near yet" state: a race
  // widget's one-line note, replaced by its whole panel (what was under it jumped down).
  useLayoutEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const r = el.getBoundingClientRect();
    if (r.bottom >= -margin && r.top <= innerHeight + margin) setNear(true);
    // only at mount: the observer follows from there
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        setNear(true);
        io.disconnect();
      },
      { rootMargin: `${margin}px 0px` },
    );
    io.observe(el);
    return () => io.disconnect();
  });
  return near;
}
