// A box that scrolls sideways when what it holds is wider (a table, a formula, on a phone).
// While it scrolls it is a focusable region with a name, so the keyboard can scroll it too
// (WCAG 2.1.1; axe's scrollable-region-focusable); while everything fits, it is no tab stop.
// (The chapters' own wide formulas get the same from app/focusableOverflow.ts.)
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function ScrollRegion({
  label,
  className,
  children,
}: {
  /** what the region holds, for a screen reader ("단계별 위치 표") */
  label: string;
  /** the box's class: its CSS gives it `overflow-x: auto` */
  className: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return; // (jsdom)
    // the box's width changes with the screen, its content's with the numbers
    const sizes = new ResizeObserver(check);
    sizes.observe(el);
    for (const child of el.children) sizes.observe(child);
    return () => sizes.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={className}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? `${label} (옆으로 스크롤)` : undefined}
    >
      {children}
    </div>
  );
}
