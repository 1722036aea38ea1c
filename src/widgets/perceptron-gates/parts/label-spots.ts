// Where the plot's small labels go (screen px): beside their point or line, clear of every
// decision line, the other points and the plot's edge. The lines move as the reader drags a
// weight, so one fixed offset put a line straight through "결정 경계" or "(1, 0)". Each label
// tries a few spots in order and takes the first with room, else the one with the most.
type Xy = readonly [number, number];
/** [left, top, right, bottom], px */
type Rect = [number, number, number, number];

/** A label's place: its anchor point and which end of the text sits there. */
export interface Spot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface Scene {
  /** the decision lines, each as two screen points on it */
  lines: readonly (readonly [Xy, Xy])[];
  /** the plotted points' centres */
  points: readonly Xy[];
  /** the plot area: [left, top, right, bottom] */
  box: readonly [number, number, number, number];
  /** where a label may go when nothing fits in the plot: the margin around it, clear of the
   *  axes' tick labels */
  outer: readonly [number, number, number, number];
}

/** Room a label needs from a line, a point's centre, the edge (px). */
const GAP = { line: 4, point: 11, edge: 2, label: 3 };
const FONT_PX = 11;

/** Estimated width of `text` at the plot's 11 px font: Hangul full width, the rest narrower. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\uac00-\ud7a3]/.test(ch) ? FONT_PX : ch === ' ' ? 3.2 : 6.4;
  return w;
}

/** The text's box [left, top, right, bottom] for a spot (baseline at y, cap height above it). */
export function labelRect(s: Spot, text: string): Rect {
  return rect(s, textWidth(text));
}

function rect(s: Spot, width: number): Rect {
  const left = s.anchor === 'start' ? s.x : s.anchor === 'middle' ? s.x - width / 2 : s.x - width;
  return [left, s.y - FONT_PX * 0.8, left + width, s.y + FONT_PX * 0.2];
}

/** Distance from a rectangle to an infinite line through p, q (0 when the line crosses it). */
function lineDistance(r: readonly number[], [p, q]: readonly [Xy, Xy]): number {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const len = Math.hypot(dx, dy) || 1;
  const corners: Xy[] = [[r[0], r[1]], [r[2], r[1]], [r[0], r[3]], [r[2], r[3]]]; // prettier-ignore
  const d = corners.map(([x, y]) => (dx * (y - p[1]) - dy * (x - p[0])) / len);
  if (Math.min(...d) <= 0 && Math.max(...d) >= 0) return 0;
  return Math.min(...d.map(Math.abs));
}

/** Distance from a rectangle to a point (0 inside). */
function pointDistance(r: readonly number[], [x, y]: Xy): number {
  return Math.hypot(Math.max(r[0] - x, 0, x - r[2]), Math.max(r[1] - y, 0, y - r[3]));
}

/** Distance between two rectangles (0 when they overlap). */
function rectDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(Math.max(b[0] - a[2], 0, a[0] - b[2]), Math.max(b[1] - a[3], 0, a[1] - b[3]));
}

/** What a label must keep clear of: the scene, and the labels placed before it. */
interface Clear extends Scene {
  placed: Rect[];
}

/** How much room a label at `s` has left inside `box`, px (negative: it touches something). */
function room(s: Spot, width: number, c: Clear, box: Scene['box'], own?: Xy): number {
  const r = rect(s, width);
  const edge = Math.min(r[0] - box[0], r[1] - box[1], box[2] - r[2], box[3] - r[3]) - GAP.edge;
  const fromLines = c.lines.map((ln) => lineDistance(r, ln) - GAP.line);
  const fromPoints = c.points.filter((p) => p !== own).map((p) => pointDistance(r, p) - GAP.point);
  const fromLabels = c.placed.map((q) => rectDistance(r, q) - GAP.label);
  return Math.min(edge, ...fromLines, ...fromPoints, ...fromLabels);
}

/**
 * The first of `spots` with room inside the plot, else the first with room in the margin around
 * it, else the one with the most room; its rectangle joins `c.placed`.
 */
function pick(spots: Spot[], text: string, c: Clear, own?: Xy): Spot {
  const width = textWidth(text);
  const inMargin = spots.map((s) => room(s, width, c, c.outer, own));
  const roomiest = inMargin.indexOf(Math.max(...inMargin));
  const chosen =
    spots.find((s) => room(s, width, c, c.box, own) >= 0) ??
    spots[inMargin.findIndex((r) => r >= 0)] ??
    spots[roomiest];
  c.placed.push(rect(chosen, width));
  return chosen;
}

/** A point's label: above right, above left, below right, below left, above, below it. */
function pointSpots([x, y]: Xy): Spot[] {
  return [
    { x: x + 10, y: y - 10, anchor: 'start' },
    { x: x - 10, y: y - 10, anchor: 'end' },
    { x: x + 10, y: y + 19, anchor: 'start' },
    { x: x - 10, y: y + 19, anchor: 'end' },
    { x, y: y - 16, anchor: 'middle' },
    { x, y: y + 24, anchor: 'middle' },
  ];
}

/**
 * A line's label near its upper end: left of the line, then right of it, one to four rows
 * down; each spot measured from where the line crosses that row.
 */
function lineSpots([a, b]: readonly [Xy, Xy], box: Scene['box']): Spot[] {
  const top = a[1] < b[1] || (a[1] === b[1] && a[0] > b[0]) ? a : b;
  const other = top === a ? b : a;
  const xAt = (y: number) =>
    other[1] === top[1] ? top[0] : top[0] + ((y - top[1]) / (other[1] - top[1])) * (other[0] - top[0]); // prettier-ignore
  const spots: Spot[] = [];
  for (const down of [14, 30, 46, 62]) {
    const y = Math.max(top[1], box[1]) + down;
    // where the line crosses the text's top and bottom: the nearer one sets the gap
    const xs = [xAt(y - FONT_PX * 0.8), xAt(y + FONT_PX * 0.2)];
    spots.push(
      { x: Math.min(...xs) - 6, y, anchor: 'end' },
      { x: Math.max(...xs) + 6, y, anchor: 'start' },
    );
  }
  return spots;
}

/** Places the lines' labels, then the points', each clear of everything placed before it. */
export function placeLabels(
  scene: Scene,
  lineLabels: readonly { line: readonly [Xy, Xy]; text: string }[],
  pointLabels: readonly { at: Xy; text: string }[],
): { lines: Spot[]; points: Spot[] } {
  const c: Clear = { ...scene, placed: [] };
  return {
    lines: lineLabels.map((l) => pick(lineSpots(l.line, scene.box), l.text, c)),
    points: pointLabels.map((p) => pick(pointSpots(p.at), p.text, c, p.at)),
  };
}
