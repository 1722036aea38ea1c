// The start point, draggable with the pointer and movable with the arrow keys (0.1 a press,
// 1 with Shift). The plot's <g> maps the pointer back to the data.
import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { fmtPair } from '../../kit';
import type { Point } from '../model';

const KEYS: Record<string, Point> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

export function StartHandle({
  at,
  start,
  plotRef,
  toData,
  onStart,
}: {
  /** where it is drawn, in the plot's units */
  at: Point;
  start: Point;
  plotRef: RefObject<SVGGElement | null>;
  toData: (x: number, y: number) => Point;
  onStart: (p: Point) => void;
}) {
  const dragging = useRef(false);
  const move = (e: PointerEvent<SVGGElement>) => {
    const m = plotRef.current?.getScreenCTM();
    if (!dragging.current || !m) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    onStart(toData(p.x, p.y));
  };
  const end = (e: PointerEvent<SVGGElement>) => {
    dragging.current = false;
    e.currentTarget.releasePointerCapture?.(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const d = KEYS[e.key];
    if (!d) return;
    e.preventDefault();
    const s = e.shiftKey ? 1 : 0.1;
    onStart([start[0] + d[0] * s, start[1] + d[1] * s]);
  };
  return (
    <g
      className="gradient-descent__handle"
      transform={`translate(${at[0]},${at[1]})`}
      tabIndex={0}
      role="button"
      aria-roledescription="끌 수 있는 점"
      aria-label={`시작점 ${fmtPair(start)}: 끌거나 화살표 키로 옮겨요`}
      onPointerDown={(e) => {
        e.preventDefault();
        dragging.current = true;
        e.currentTarget.setPointerCapture?.(e.pointerId);
      }}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
      onKeyDown={onKeyDown}
    >
      <circle className="gradient-descent__handle-hit" r={13} />
      <circle className="gradient-descent__handle-dot" r={6} />
    </g>
  );
}
