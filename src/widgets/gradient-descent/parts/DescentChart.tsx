// The path of gradient descent over the contour circles of f = x₀² + x₁² (f is radial, so its
// contour lines are circles), dashed axes like the book's Fig 4-10, the highlighted step and
// its update segment, and the draggable start. The view zooms out to fit the path up to ±1000;
// what lies beyond is cut off at the edge (never a broken chart).
import { memo, useId, useRef } from 'react';
import { fmt, fmtPair, useElementBox } from '../../kit';
import { chartLayout, RING_TO_TICK, SIZE } from '../chartLayout';
import { StartHandle } from './StartHandle';
import { clipSegment, inView, ticks, tickStep, viewRadius, type Path, type Point } from '../model';

export const DescentChart = memo(function DescentChart({
  path,
  shown,
  start,
  onStart,
}: {
  path: Path | null;
  /** the highlighted step */
  shown: number;
  start: Point;
  onStart: (p: Point) => void;
}) {
  const plotRef = useRef<SVGGElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const drawn = useElementBox(svgRef, 360);
  const { margin, label: tick, viewBox } = chartLayout(drawn.width, drawn.k);
  const ring = tick * RING_TO_TICK;
  const clipId = `gd-clip-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const r = path ? viewRadius(path.points) : viewRadius([start]);
  const sx = (v: number) => ((v + r) / (2 * r)) * SIZE;
  const sy = (v: number) => SIZE - sx(v);
  const toData = (x: number, y: number): Point => [
    (x / SIZE) * 2 * r - r,
    ((SIZE - y) / SIZE) * 2 * r - r,
  ];
  const seg = (a: Point, b: Point) => {
    const c = clipSegment(a, b, r);
    return c
      ? `M${sx(c[0][0]).toFixed(1)},${sy(c[0][1]).toFixed(1)}L${sx(c[1][0]).toFixed(1)},${sy(c[1][1]).toFixed(1)}`
      : '';
  };
  const pts = path?.points ?? [];
  const line = pts
    .slice(1)
    .map((p, i) => seg(pts[i], p))
    .join('');
  const visible = pts.filter((p) => inView(p, r));
  const hidden = pts.length - visible.length;
  const step = tickStep(r);
  const rings: number[] = [];
  for (let k = 1; k * step <= r * 1.42 && k <= 8; k++) rings.push(k * step);
  const at = pts[shown];
  const next = pts[shown + 1];
  const label = path
    ? `경사 하강법의 경로: 시작점 ${fmtPair(pts[0])}에서 ${pts.length - 1}단계, 마지막 점 ${fmtPair(pts[pts.length - 1])}. 보이는 범위 ±${fmt(r)}.`
    : '경사 하강법의 경로를 계산하는 중';
  return (
    <figure className="gradient-descent__figure" data-view={r}>
      <svg
        className="gradient-descent__svg"
        ref={svgRef}
        viewBox={viewBox}
        role="group"
        aria-label={label}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={0} y={0} width={SIZE} height={SIZE} />
          </clipPath>
        </defs>
        <g ref={plotRef} transform={`translate(${margin.left},${margin.top})`}>
          <rect className="gradient-descent__frame" x={0} y={0} width={SIZE} height={SIZE} />
          <g aria-hidden="true" clipPath={`url(#${clipId})`}>
            {rings.map((rad) => (
              <circle
                key={rad}
                className="gradient-descent__ring"
                cx={sx(0)}
                cy={sy(0)}
                r={(rad / (2 * r)) * SIZE}
              />
            ))}
            {rings
              .filter((rad) => rad * Math.SQRT1_2 < r * 0.95)
              .slice(0, 3)
              .map((rad) => (
                <text
                  key={rad}
                  className="gradient-descent__ring-label"
                  x={sx(rad * Math.SQRT1_2) - 3}
                  y={sy(rad * Math.SQRT1_2) + ring + 1}
                  textAnchor="end"
                  fontSize={ring}
                >
                  f={fmt(rad * rad, 2)}
                </text>
              ))}
            <path className="gradient-descent__axis" d={`M0,${sy(0)}H${SIZE}M${sx(0)},0V${SIZE}`} />
            <path className="gradient-descent__path" d={line} />
            {next && <path className="gradient-descent__step" d={seg(at, next)} />}
            {visible.map((p, i) => (
              <circle key={i} className="gradient-descent__dot" cx={sx(p[0])} cy={sy(p[1])} r={3} />
            ))}
            {at && inView(at, r) && (
              <circle className="gradient-descent__shown" cx={sx(at[0])} cy={sy(at[1])} r={7} />
            )}
          </g>
          <g className="gradient-descent__ticks" aria-hidden="true" fontSize={tick}>
            {ticks(r).map((t) => (
              <g key={t}>
                <text x={sx(t)} y={SIZE + tick + 2} textAnchor="middle">
                  {fmt(t, 3)}
                </text>
                <text x={-5} y={sy(t) + tick / 3} textAnchor="end">
                  {fmt(t, 3)}
                </text>
              </g>
            ))}
            <text
              x={SIZE}
              y={SIZE + 2 * tick + 3}
              textAnchor="end"
              className="gradient-descent__axis-name"
            >
              x₀
            </text>
            <text x={4} y={tick + 1} className="gradient-descent__axis-name">
              x₁
            </text>
          </g>
          {inView(start, r) && (
            <StartHandle
              at={[sx(start[0]), sy(start[1])]}
              start={start}
              plotRef={plotRef}
              toData={toData}
              onStart={onStart}
            />
          )}
        </g>
      </svg>
      <figcaption>
        동심원: f가 같은 곳(등고선). 점: 각 단계의 x. 굵은 선: 강조한 단계에서 다음 단계로 가는 한
        걸음 −lr·∇f.
        {hidden > 0 && (
          <strong className="gradient-descent__hidden">
            {' '}
            점 {hidden}개는 그림 밖(±{fmt(r)} 너머)이거나 ∞/NaN이라 그리지 않았어요. ±10⁸ 너머의
            점으로 가는 선도 생략해요: float32는 수를 7자리까지만 알아서, 그 선이 그림의 어디를
            지나는지 알 수 없어요.
          </strong>
        )}
      </figcaption>
    </figure>
  );
});
