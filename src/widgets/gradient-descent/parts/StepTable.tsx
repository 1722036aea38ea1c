// Every step's x₀, x₁ and f exactly as the engine returned them; the highlighted step's
// row is marked (a click on a row highlights it).
import { memo, useEffect, useRef } from 'react';
import { fmt } from '../../kit';
import type { Path } from '../model';

export const StepTable = memo(function StepTable({
  path,
  shown,
  onShow,
}: {
  path: Path;
  shown: number;
  onShow: (step: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  // Keep the highlighted row in view inside the scrolling box (not the page). Only when the
  // highlighted step changes: a new path (another lr) keeps its rows where they were, and reading
  // offsetTop would force a layout in the middle of every slider update.
  useEffect(() => {
    const b = box.current;
    const row = b?.querySelector<HTMLElement>(`tr[data-step="${shown}"]`);
    if (!b || !row) return;
    const top = row.offsetTop - b.clientHeight / 2;
    b.scrollTop = Math.max(0, top);
  }, [shown]);
  return (
    <div
      className="gradient-descent__table-box"
      ref={box}
      tabIndex={0}
      role="region"
      aria-label="단계별 값"
    >
      <table className="gradient-descent__table">
        <thead>
          <tr>
            <th scope="col">단계</th>
            <th scope="col">x₀</th>
            <th scope="col">x₁</th>
            <th scope="col">f(x)</th>
          </tr>
        </thead>
        <tbody>
          {path.points.map((p, i) => (
            <tr
              key={i}
              data-step={i}
              data-x0={String(p[0])}
              data-x1={String(p[1])}
              data-f={String(path.values[i])}
              aria-current={i === shown ? 'step' : undefined}
              className={i === shown ? 'gradient-descent__row--shown' : undefined}
              onClick={() => onShow(i)}
            >
              <th scope="row">{i}</th>
              <td>{fmt(p[0], 4)}</td>
              <td>{fmt(p[1], 4)}</td>
              <td>{fmt(path.values[i], 4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
