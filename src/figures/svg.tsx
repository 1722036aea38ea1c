// Small SVG drawing primitives shared by the figures in ch2-5/ and ch6-8/.
// Colours are always CSS variables (var(--fg), var(--accent), …) so the figures follow the theme.
// Figure-specific drawing stays in each figure; only pieces that were copied verbatim live here.
import type { ReactNode } from 'react';

/** Props of `T`, a one-line text label. */
export interface TProps {
  /** Anchor point x (user units). */
  x: number;
  /** Baseline y (user units). */
  y: number;
  /** The text itself. */
  children: ReactNode;
  /** Fill colour (a CSS variable); defaults to var(--fg). */
  c?: string;
  /** Font size in user units; defaults to 14. */
  s?: number;
  /** Horizontal anchor; defaults to 'middle'. */
  a?: 'start' | 'middle' | 'end';
  /** Font weight (e.g. 600); unset keeps the inherited weight. */
  w?: number;
  /** Italic when true (for math variables). */
  i?: boolean;
}

/** A text label anchored at (x, y). */
export function T({ x, y, children, c = 'var(--fg)', s = 14, a = 'middle', w, i }: TProps) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={a}
      style={{ fill: c, fontSize: s, fontWeight: w, fontStyle: i ? 'italic' : undefined }}
    >
      {children}
    </text>
  );
}

/** Props of `Node`, a labelled circle (a neuron or a computational-graph node). */
export interface NodeProps {
  /** Centre x. */
  x: number;
  /** Centre y. */
  y: number;
  /** Radius; defaults to 22. */
  r?: number;
  /** Text drawn centred in the circle. */
  label: ReactNode;
  /** Stroke and label colour; defaults to var(--fg). */
  c?: string;
  /** Circle fill; defaults to var(--surface). */
  fill?: string;
  /** Label font size; defaults to 15. */
  s?: number;
  /** Dashed outline when true. */
  dashed?: boolean;
}

/** A circle with a centred label. */
export function Node({
  x,
  y,
  r = 22,
  label,
  c = 'var(--fg)',
  fill = 'var(--surface)',
  s = 15,
  dashed,
}: NodeProps) {
  return (
    <g>
      <circle
        cx={x}
        cy={y}
        r={r}
        style={{ fill, stroke: c, strokeWidth: 1.6, strokeDasharray: dashed ? '4 3' : undefined }}
      />
      <text
        x={x}
        y={y}
        textAnchor="middle"
        dominantBaseline="central"
        style={{ fill: c, fontSize: s }}
      >
        {label}
      </text>
    </g>
  );
}

/** Props of `Arrow`, a straight line ending in an arrowhead. */
export interface ArrowProps {
  /** Start x (the centre of the shape it leaves). */
  x1: number;
  /** Start y. */
  y1: number;
  /** End x (the centre of the shape it points at). */
  x2: number;
  /** End y. */
  y2: number;
  /** id of the `Marker` used as the arrowhead (defined in the figure's <defs>). */
  m: string;
  /** Line colour; defaults to var(--fg). */
  c?: string;
  /** Gap left at the start, e.g. the radius of the node it leaves; defaults to 0. */
  r1?: number;
  /** Gap left at the end, e.g. the radius of the node it points at; defaults to 0. */
  r2?: number;
  /** Dashed line when true. */
  dashed?: boolean;
  /** Stroke width; defaults to 1.6. */
  sw?: number;
}

/** A line from (x1, y1) towards (x2, y2), shortened by r1 and r2 at its ends, with marker `m` at the end. */
export function Arrow({
  x1,
  y1,
  x2,
  y2,
  m,
  c = 'var(--fg)',
  r1 = 0,
  r2 = 0,
  dashed,
  sw = 1.6,
}: ArrowProps) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  return (
    <line
      x1={x1 + ux * r1}
      y1={y1 + uy * r1}
      x2={x2 - ux * r2}
      y2={y2 - uy * r2}
      markerEnd={`url(#${m})`}
      style={{ stroke: c, strokeWidth: sw, strokeDasharray: dashed ? '5 4' : undefined }}
    />
  );
}

/** Props of `Marker`, a triangular arrowhead for <defs>. */
export interface MarkerProps {
  /** Element id, referenced as url(#id) by markerEnd / markerStart; must be unique on the page. */
  id: string;
  /** Fill colour of the head (a CSS variable). */
  c: string;
  /** Where the line end sits along the head, 0 (back) to 10 (tip); defaults to 9. */
  refX?: number;
  /** Width and height of the head in stroke widths; defaults to 7. */
  size?: number;
}

/** A filled triangular arrowhead; points along the line at the end and backwards when used as markerStart. */
export function Marker({ id, c, refX = 9, size = 7 }: MarkerProps) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX={refX}
      refY="5"
      markerWidth={size}
      markerHeight={size}
      orient="auto-start-reverse"
    >
      <path d="M0,0 L10,5 L0,10 z" style={{ fill: c }} />
    </marker>
  );
}

/** Props of `Box`, an outlined rounded rectangle. */
export interface BoxProps {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  w: number;
  /** Height. */
  h: number;
  /** Stroke colour; defaults to var(--fg). */
  c?: string;
  /** Fill; defaults to var(--surface). */
  fill?: string;
  /** Dashed outline when true. */
  dashed?: boolean;
  /** Corner radius; defaults to 8. */
  rx?: number;
}

/** A rounded rectangle with a 1.5-wide outline. */
export function Box({
  x,
  y,
  w,
  h,
  c = 'var(--fg)',
  fill = 'var(--surface)',
  dashed,
  rx = 8,
}: BoxProps) {
  return (
    <rect
      x={x}
      y={y}
      width={w}
      height={h}
      rx={rx}
      style={{ fill, stroke: c, strokeWidth: 1.5, strokeDasharray: dashed ? '5 4' : undefined }}
    />
  );
}

/** Props of `ArrowDefs`, a figure's <defs> holding only arrowheads. */
export interface ArrowDefsProps {
  /** One entry per arrowhead, each drawn as a `Marker` with these props. */
  heads: MarkerProps[];
}

/** The <defs> block of a figure whose only definitions are arrowheads. */
export function ArrowDefs({ heads }: ArrowDefsProps) {
  return (
    <defs>
      {heads.map((h) => (
        <Marker key={h.id} {...h} />
      ))}
    </defs>
  );
}

/** Props of `CrossAxes`, the x and y axes of a plot crossing at the origin, with tick labels. */
export interface CrossAxesProps {
  /** Maps a data x to an SVG x. */
  sx: (v: number) => number;
  /** Maps a data y to an SVG y. */
  sy: (v: number) => number;
  /** Half-extent: both axes run from −d to d. */
  d: number;
  /** Values labelled on both axes (small muted numbers; leave 0 out). */
  ticks: number[];
}

/** Two muted axis lines through (0, 0) and the tick numbers under the x axis and left of the y axis. */
export function CrossAxes({ sx, sy, d, ticks }: CrossAxesProps) {
  return (
    <>
      <line x1={sx(-d)} y1={sy(0)} x2={sx(d)} y2={sy(0)} style={{ stroke: 'var(--muted)' }} />
      <line x1={sx(0)} y1={sy(-d)} x2={sx(0)} y2={sy(d)} style={{ stroke: 'var(--muted)' }} />
      {ticks.map((v) => (
        <g key={v}>
          <T x={sx(v)} y={sy(0) + 16} s={12} c="var(--muted)">
            {v}
          </T>
          <T x={sx(0) - 8} y={sy(v) + 4} a="end" s={12} c="var(--muted)">
            {v}
          </T>
        </g>
      ))}
    </>
  );
}
