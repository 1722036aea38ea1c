// The one number formatter of the widgets. `serializeNumber` writes parameters (URLs, error
// cards: 6 significant digits); `formatNumber` writes what a reader may type back (number boxes,
// the readout); `fmt` writes numbers for reading (a real minus sign, ∞ and NaN spelled out).

/** A parameter value for the URL and messages: 6 significant digits, as short as possible. */
export const serializeNumber = (v: number): string => String(Number(v.toPrecision(6)));

/** Shows a number compactly and parseably: 0.001, 1.5, -0.7, 2.30e-5. */
export function formatNumber(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return String(v);
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5)) return v.toExponential(2);
  return String(Number(v.toPrecision(digits)));
}

/** A number for reading: `digits` significant digits, − for minus, ∞ / NaN spelled out. */
export function fmt(v: number, digits = 3): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return formatNumber(v, digits).replaceAll('-', '−');
}

/** "(−7, 2)" */
export const fmtPair = (p: readonly [number, number], digits = 3): string =>
  `(${fmt(p[0], digits)}, ${fmt(p[1], digits)})`;

/** "+0.1" / "−0.1": a change, always with its sign. */
export const fmtSigned = (v: number, digits = 3): string =>
  v >= 0 ? `+${fmt(v, digits)}` : fmt(v, digits);

/** A share as a percentage with one decimal: 0.1234 → "12.3%"; "—" when not a number. */
export function pct(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return `${(v * 100).toFixed(1)}%`;
}
