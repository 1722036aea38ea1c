// The perceptron's input plane as SVG: shaded half-planes (or regions), decision lines, and the
// four inputs coloured by target (filled = 1, hollow = 0), misclassified ones ringed in red.
import {
  centroid,
  lineSegment,
  regionPolygon,
  type Box,
  type HalfPlane,
  type Point,
} from '../model';
import { placeLabels } from './label-spots';
import './GatePlot.css';

/** Where a region's text goes: inside it, as far as possible from the plotted points. */
function labelSpot(poly: Point[], points: readonly PlotPoint[]): Point {
  const c = centroid(poly);
  const candidates: Point[] = [
    c,
    ...poly.map((v): Point => [v[0] + (c[0] - v[0]) * 0.3, v[1] + (c[1] - v[1]) * 0.3]),
  ];
  const clearance = (p: Point) =>
    Math.min(...points.map((q) => Math.hypot(q.at[0] - p[0], q.at[1] - p[1])), Infinity);
  return candidates.reduce((best, p) => (clearance(p) > clearance(best) + 1e-9 ? p : best), c);
}

export interface PlotPoint {
  at: Point;
  target: 0 | 1;
  /** The model's output; a mismatch is marked ✗. */
  output?: 0 | 1;
  label: string;
}

export interface PlotRegion {
  /** Every half-plane must hold. */
  halfPlanes: HalfPlane[];
  /** 'one' (output 1) or 'zero' (output 0): picks the fill colour. */
  kind: 'one' | 'zero';
  /** Text drawn inside the region (e.g. "y = 1"). */
  text?: string;
}

export interface PlotLine extends HalfPlane {
  /** Short name drawn at the line's end, e.g. "s₁ (NAND)". */
  label?: string;
  variant: 'main' | 'hidden-1' | 'hidden-2';
  role?: string;
}

const SIZE = 260;
const PAD = 30;
const BOX: Box = { lo: -0.5, hi: 1.5 };

const sx = (x: number) => PAD + ((x - BOX.lo) / (BOX.hi - BOX.lo)) * (SIZE - 2 * PAD);
const sy = (y: number) => SIZE - PAD - ((y - BOX.lo) / (BOX.hi - BOX.lo)) * (SIZE - 2 * PAD);
const pts = (poly: Point[]) =>
  poly.map((p) => `${sx(p[0]).toFixed(2)},${sy(p[1]).toFixed(2)}`).join(' ');

export function GatePlot({
  label,
  points,
  regions,
  lines,
  axes = ['x₁', 'x₂'],
  className,
}: {
  /** Accessible description of the picture. */
  label: string;
  points: PlotPoint[];
  regions: PlotRegion[];
  lines: PlotLine[];
  axes?: [string, string];
  className?: string;
}) {
  const segments = lines.map((l) => lineSegment(BOX, l));
  const toScreen = (p: Point): [number, number] => [sx(p[0]), sy(p[1])];
  const shown = segments.flatMap((seg, i) =>
    seg
      ? [{ i, label: lines[i].label, screen: [toScreen(seg[0]), toScreen(seg[1])] as const }]
      : [],
  );
  const wrong = (p: PlotPoint) => p.output !== undefined && p.output !== p.target;
  const pointTexts = points.map((p) => (wrong(p) ? `${p.label} ✗` : p.label));
  const labelled = shown.filter((s) => s.label);
  const spots = placeLabels(
    {
      lines: shown.map((s) => s.screen),
      points: points.map((p) => toScreen(p.at)),
      box: [sx(BOX.lo), sy(BOX.hi), sx(BOX.hi), sy(BOX.lo)],
      outer: [PAD - 4, 2, SIZE - 2, SIZE - PAD],
    },
    labelled.map((s) => ({ line: s.screen, text: s.label! })),
    points.map((p, i) => ({ at: toScreen(p.at), text: pointTexts[i] })),
  );
  const lineSpot = new Map(labelled.map((s, k) => [s.i, spots.lines[k]]));
  return (
    <svg
      className={`perceptron-gates-plot ${className ?? ''}`}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="img"
      aria-label={label}
    >
      <rect
        className="perceptron-gates-plot-bg"
        x={sx(BOX.lo)}
        y={sy(BOX.hi)}
        width={sx(BOX.hi) - sx(BOX.lo)}
        height={sy(BOX.lo) - sy(BOX.hi)}
      />
      {regions.map((r, i) => {
        const poly = regionPolygon(BOX, r.halfPlanes);
        if (poly.length === 0) return null;
        const c = labelSpot(poly, points);
        return (
          <g key={i} data-region={r.kind}>
            <polygon
              className={`perceptron-gates-region perceptron-gates-region-${r.kind}`}
              points={pts(poly)}
            />
            {r.text && (
              <text
                className="perceptron-gates-region-text"
                x={sx(c[0])}
                y={sy(c[1])}
                textAnchor="middle"
                dominantBaseline="middle"
              >
                {r.text}
              </text>
            )}
          </g>
        );
      })}
      {/* Axes through the origin, ticks at 0 and 1. */}
      <line
        className="perceptron-gates-axis"
        x1={sx(BOX.lo)}
        y1={sy(0)}
        x2={sx(BOX.hi)}
        y2={sy(0)}
      />
      <line
        className="perceptron-gates-axis"
        x1={sx(0)}
        y1={sy(BOX.lo)}
        x2={sx(0)}
        y2={sy(BOX.hi)}
      />
      {[0, 1].map((t) => (
        <g key={t} className="perceptron-gates-tick">
          <text x={sx(t)} y={SIZE - PAD + 14} textAnchor="middle">
            {t}
          </text>
          <text x={PAD - 8} y={sy(t)} textAnchor="end" dominantBaseline="middle">
            {t}
          </text>
        </g>
      ))}
      <text className="perceptron-gates-axis-label" x={SIZE - PAD} y={SIZE - 6} textAnchor="end">
        {axes[0]}
      </text>
      <text className="perceptron-gates-axis-label" x={6} y={PAD - 10}>
        {axes[1]}
      </text>
      {lines.map((l, i) => {
        const seg = segments[i];
        if (!seg) return null;
        const [a, b] = seg;
        const spot = lineSpot.get(i);
        return (
          <g key={i}>
            <line
              className={`perceptron-gates-line perceptron-gates-line-${l.variant}`}
              data-role={l.role}
              x1={sx(a[0]).toFixed(2)}
              y1={sy(a[1]).toFixed(2)}
              x2={sx(b[0]).toFixed(2)}
              y2={sy(b[1]).toFixed(2)}
            />
            {l.label && spot && (
              <text
                className={`perceptron-gates-line-label perceptron-gates-line-label-${l.variant}`}
                x={spot.x.toFixed(1)}
                y={spot.y.toFixed(1)}
                textAnchor={spot.anchor}
              >
                {l.label}
              </text>
            )}
          </g>
        );
      })}
      {points.map((p, i) => {
        const spot = spots.points[i];
        return (
          <g key={p.label} data-point={p.label} data-target={p.target} data-output={p.output}>
            {wrong(p) && (
              <circle className="perceptron-gates-miss" cx={sx(p.at[0])} cy={sy(p.at[1])} r={12} />
            )}
            <circle
              className={`perceptron-gates-point perceptron-gates-point-${p.target}`}
              cx={sx(p.at[0])}
              cy={sy(p.at[1])}
              r={7}
            />
            <text
              className="perceptron-gates-point-label"
              x={spot.x.toFixed(1)}
              y={spot.y.toFixed(1)}
              textAnchor={spot.anchor}
            >
              {pointTexts[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
