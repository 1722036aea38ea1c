// The engine status badge on every page: its markup, for the React pages and for the chapters'
// HTML written at build time; what it shows is kept up by plain DOM (engineBadge.ts), wired here
// on the React pages and by chapter-main.ts on the chapters.
import { useEffect, useRef } from 'react';
import { BADGE_TITLE, BADGE_WAITING, wireEngineBadge } from './engineBadge';

export function EngineBadge() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => (ref.current ? wireEngineBadge(ref.current) : undefined), []);
  return (
    <div ref={ref} className="engine-badge" data-engine-status="" title={BADGE_TITLE}>
      <span className="engine-dot" aria-hidden="true" />
      <span className="engine-badge-text">{BADGE_WAITING}</span>
      <span className="engine-badge-reason visually-hidden" />
      <span className="engine-notice" role="status" />
    </div>
  );
}
