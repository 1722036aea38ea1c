// Whether the widget has come near the screen (once true, it stays true). The chapter mounts
// every widget at once; the 10,000-image runs wait until the reader scrolls here, so that a
// reader at the top of the chapter does not pay for them (nor do the other widgets, which
// share the engine's worker). Without IntersectionObserver (jsdom) it is true at once.
import { useEffect, useState, type RefObject } from 'react';

export function useNearViewport(ref: RefObject<Element | null>, margin = '300px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        setNear(true);
        io.disconnect();
      },
      { rootMargin: `${margin} 0px` },
    );
    io.observe(el);
    return () => io.disconnect();
  });
  return near;
}
