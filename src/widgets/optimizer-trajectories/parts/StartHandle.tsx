// The draggable start point: pointer drags (the runs follow while it moves) and arrow keys
// (1/40 of the domain, ×5 with Shift).
import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { fmtPair } from '../../kit';
import type { Point } from '../compute';
import { fromPx, keyboardNudge, toPx, type PlotBox } from '../model';

export function StartHandle({
  box,
  start,
  plotRef,
  focusable,
  onStart,
  helpId,
}: {
  box: PlotBox;
  start: Point;
  /** The plot's <g>, whose screen transform maps the pointer back to the domain. */
  plotRef: RefObject<SVGGElement | null>;
  focusable: boolean;
  onStart: (p: Point) => void;
  helpId: string;
}) {
  const dragging = useRef(false);
  const toDomain = (clientX: number, clientY: number): Point | null => {
    const m = plotRef.current?.getScreenCTM();
    if (!m) return null;
    const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
    return fromPx(box, p.x, p.y);
  };
  const onPointerDown = (e: PointerEvent<SVGElement>) => {
    e.preventDefault();
    dragging.current = true;
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<SVGElement>) => {
    if (!dragging.current) return;
    const p = toDomain(e.clientX, e.clientY);
    if (p) onStart(p);
  };
  const onPointerUp = (e: PointerEvent<SVGElement>) => {
    dragging.current = false;
    e.currentTarget.releasePointerCapture?.(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<SVGElement>) => {
    const d = keyboardNudge(e.key, e.shiftKey, box);
    if (!d) return;
    e.preventDefault();
    onStart([start[0] + d[0], start[1] + d[1]]);
  };
  const [x, y] = toPx(box, start);
  return (
    <g
      className="optimizer-trajectories__handle"
      transform={`translate(${x},${y})`}
      tabIndex={focusable ? 0 : -1}
      // every panel draws the same point; only the focusable one is announced (one 시작점 button)
      aria-hidden={focusable ? undefined : true}
      role="button"
      aria-roledescription="끌 수 있는 점"
      aria-label={`시작점 ${fmtPair(start)}`}
      aria-describedby={helpId}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    >
      <circle className="optimizer-trajectories__handle-hit" r={12} />
      <circle className="optimizer-trajectories__handle-dot" r={5} />
    </g>
  );
}
