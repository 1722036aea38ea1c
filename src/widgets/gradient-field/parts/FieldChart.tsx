// The arrows of −∇f over the grid (the book's Fig 4-9), the read-out point and its arrow
// highlighted. A click puts the point on the nearest grid point; on the focused point the
// arrow keys move it one grid step. The grid's arrows and the axes are a layer of their own,
// redrawn only when the arrows change (moving the point redraws the point and its arrow).
import { memo, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { fmtPair, useElementBox, type LabelFit } from '../../kit';
import { fieldLayout } from '../chartLayout';
import { GRID_N, type FieldOutput } from '../compute';
import { arrowPath, fromPx, keyMove, px, py, SIZE, snap, TICKS } from '../model';

export function FieldChart({
  out,
  grads,
  point,
  methodLabel,
  onPoint,
}: {
  out: FieldOutput | null;
  /** the drawn method's gradients (grid, then the read-out point) */
  grads: ArrayLike<number> | null;
  point: [number, number];
  methodLabel: string;
  onPoint: (p: [number, number]) => void;
}) {
  const plotRef = useRef<SVGGElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const drawn = useElementBox(stageRef, 360);
  // one object while the width and the text size hold: the background below is memoised on it
  const layout = useMemo(() => fieldLayout(drawn.width, drawn.k), [drawn.width, drawn.k]);
  const { margin } = layout;
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const m = plotRef.current?.getScreenCTM();
    if (!m) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    const [x0, x1] = fromPx(p.x, p.y);
    onPoint([snap(x0), snap(x1)]);
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const next = keyMove(e.key, point);
    if (!next) return;
    e.preventDefault();
    onPoint(next);
  };
  // The grid's 289 arrows as one path, rebuilt only when the gradients change (moving the point
  // re-renders at once, before its numbers arrive).
  const arrows = useMemo(() => {
    const parts: string[] = [];
    if (out && grads)
      for (let i = 0; i < GRID_N; i++)
        parts.push(
          arrowPath(out.points[2 * i], out.points[2 * i + 1], grads[2 * i], grads[2 * i + 1]),
        );
    return parts.join('');
  }, [out, grads]);
  const sel =
    out && grads
      ? arrowPath(out.point[0], out.point[1], grads[2 * GRID_N], grads[2 * GRID_N + 1])
      : null;
  return (
    <div className="gradient-field__stage" ref={stageRef}>
      <FieldBackground arrows={arrows} layout={layout} />
      <svg
        className="gradient-field__svg"
        viewBox={layout.viewBox}
        role="group"
        aria-label={`f(x₀, x₁) = x₀² + x₁²의 기울기에 마이너스를 붙인 벡터 −∇f (${methodLabel}), x₀과 x₁이 −2부터 2까지 0.25 간격인 격자에서. 모든 화살표가 최솟값 (0, 0)을 향해요.`}
        onClick={onClick}
      >
        <g ref={plotRef} transform={`translate(${margin.left},${margin.top})`}>
          {sel && <path className="gradient-field__selected-arrow" d={sel} aria-hidden="true" />}
          <g
            className="gradient-field__point"
            transform={`translate(${px(point[0])},${py(point[1])})`}
            tabIndex={0}
            role="button"
            aria-roledescription="움직일 수 있는 점"
            aria-label={`기울기를 읽을 점 ${fmtPair(point)}: 화살표 키로 한 칸씩 옮겨요`}
            onKeyDown={onKeyDown}
            onClick={(e) => e.stopPropagation()}
          >
            <circle className="gradient-field__point-ring" r={9} />
            <circle className="gradient-field__point-dot" r={4} />
          </g>
        </g>
      </svg>
    </div>
  );
}

/**
 * The frame, the axes and the grid's arrows: one path, the same string → no redraw (a new layout
 * only when the stage's width or the text size changes).
 */
const FieldBackground = memo(function FieldBackground({
  arrows,
  layout,
}: {
  arrows: string;
  layout: LabelFit;
}) {
  const { margin, label: tick, viewBox } = layout;
  return (
    <svg className="gradient-field__background" viewBox={viewBox} aria-hidden="true">
      <g transform={`translate(${margin.left},${margin.top})`}>
        <rect className="gradient-field__frame" x={0} y={0} width={SIZE} height={SIZE} />
        <g className="gradient-field__axes" fontSize={tick}>
          {TICKS.map((t) => (
            <g key={t}>
              <line x1={px(t)} x2={px(t)} y1={0} y2={SIZE} />
              <line x1={0} x2={SIZE} y1={py(t)} y2={py(t)} />
              <text x={px(t)} y={SIZE + tick + 2} textAnchor="middle">
                {t < 0 ? `−${-t}` : t}
              </text>
              <text x={-6} y={py(t) + tick / 3} textAnchor="end">
                {t < 0 ? `−${-t}` : t}
              </text>
            </g>
          ))}
          <text
            x={SIZE}
            y={SIZE + 2 * tick + 1}
            textAnchor="end"
            className="gradient-field__axis-name"
          >
            x₀
          </text>
          <text x={4} y={tick + 1} className="gradient-field__axis-name">
            x₁
          </text>
        </g>
        <path className="gradient-field__arrows" d={arrows} />
      </g>
    </svg>
  );
});
