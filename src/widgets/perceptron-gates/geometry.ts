// Plane geometry for the perceptron plot: the half-plane w·x + b > 0 clipped to the view box,
// and the decision line's visible segment. Pure functions (unit-tested).

export type Point = [number, number];

/** The open half-plane w1·x + w2·y + b > 0. */
export interface HalfPlane {
  w: readonly [number, number];
  b: number;
}

export interface Box {
  lo: number;
  hi: number;
}

const f = (h: HalfPlane, p: Point) => h.w[0] * p[0] + h.w[1] * p[1] + h.b;

/** The box's corners, counter-clockwise. */
export function boxPolygon({ lo, hi }: Box): Point[] {
  return [
    [lo, lo],
    [hi, lo],
    [hi, hi],
    [lo, hi],
  ];
}

/** Sutherland–Hodgman: the part of a convex polygon where `h` holds (boundary included). */
export function clipPolygon(poly: Point[], h: HalfPlane): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i];
    const c = poly[(i + 1) % poly.length];
    const fa = f(h, a);
    const fc = f(h, c);
    if (fa >= 0) out.push(a);
    if (fa >= 0 !== fc >= 0) {
      const t = fa / (fa - fc);
      out.push([a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1])]);
    }
  }
  return out.length >= 3 ? out : [];
}

/** The region of the box where every half-plane holds (empty array when none of it does). */
export function regionPolygon(box: Box, halfPlanes: readonly HalfPlane[]): Point[] {
  let poly = boxPolygon(box);
  for (const h of halfPlanes) {
    if (poly.length === 0) break;
    poly = clipPolygon(poly, h);
  }
  return poly;
}

/** The visible piece of the line w·x + b = 0, or null when it misses the box (or w = 0). */
export function lineSegment(box: Box, h: HalfPlane): [Point, Point] | null {
  const [w1, w2] = h.w;
  if (w1 === 0 && w2 === 0) return null;
  const { lo, hi } = box;
  const pts: Point[] = [];
  const push = (p: Point) => {
    if (p[0] < lo - 1e-9 || p[0] > hi + 1e-9 || p[1] < lo - 1e-9 || p[1] > hi + 1e-9) return;
    if (pts.some((q) => Math.abs(q[0] - p[0]) < 1e-9 && Math.abs(q[1] - p[1]) < 1e-9)) return;
    pts.push(p);
  };
  if (w2 !== 0) {
    push([lo, -(w1 * lo + h.b) / w2]);
    push([hi, -(w1 * hi + h.b) / w2]);
  }
  if (w1 !== 0) {
    push([-(w2 * lo + h.b) / w1, lo]);
    push([-(w2 * hi + h.b) / w1, hi]);
  }
  return pts.length >= 2 ? [pts[0], pts[1]] : null;
}

/** Mean of the vertices: a point inside a convex polygon, for labels. */
export function centroid(poly: Point[]): Point {
  const n = poly.length;
  return [poly.reduce((s, p) => s + p[0], 0) / n, poly.reduce((s, p) => s + p[1], 0) / n];
}

/** "0.5·x₁ + 0.5·x₂ − 0.7" with proper minus signs. */
export function formatAffine(
  w: readonly [number, number],
  b: number,
  names: [string, string] = ['x₁', 'x₂'],
): string {
  const num = (v: number) => String(Number(Math.abs(v).toFixed(3)));
  const sign = (v: number, first: boolean) => (v < 0 ? (first ? '−' : ' − ') : first ? '' : ' + ');
  return `${sign(w[0], true)}${num(w[0])}·${names[0]}${sign(w[1], false)}${num(w[1])}·${names[1]}${sign(b, false)}${num(b)}`;
}
