// Every step's x₀, x₁ and f exactly as the engine returned them; the highlighted step's
// row is marked (a click on a row highlights it). Before the engine's path is in, the table
// stands with its rows (one per step of the reader's step_num, and the start) and "…" in each
// number's cell: one line per row either way, so the box is as tall before as after.
import { memo, useEffect, useRef } from 'react';
import { fmt, Pending } from '../../kit';
import type { Path } from '../model';

export const StepTable = memo(function StepTable({
  path,
  rows,
  shown,
  onShow,
}: {
  /** null until the engine's path is in */
  path: Path | null;
  /** the number of rows while the path is not in (the reader's step_num + 1) */
  rows: number;
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
      aria-busy={path ? undefined : true}
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
          {Array.from({ length: path ? path.points.length : rows }, (_, i) => {
            const p = path?.points[i];
            const cell = (v: number | undefined) => (v === undefined ? <Pending /> : fmt(v, 4));
            return (
              <tr
                key={i}
                data-step={i}
                data-x0={p ? String(p[0]) : undefined}
                data-x1={p ? String(p[1]) : undefined}
                data-f={path ? String(path.values[i]) : undefined}
                aria-current={i === shown ? 'step' : undefined}
                className={i === shown ? 'gradient-descent__row--shown' : undefined}
                onClick={() => onShow(i)}
              >
                <th scope="row">{i}</th>
                <td>{cell(p?.[0])}</td>
                <td>{cell(p?.[1])}</td>
                <td>{cell(path?.values[i])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
