// The browser's text size against its default 16 px: 1.5 where the reader chose "Very large"
// (24 px), 2 where they doubled it. What a chart drawn in px scales its labels — and the margins
// that hold them — by, so its axes grow with the text around it (CSS rem does that for HTML).

/** The root's font size over 16 px; 1 where it cannot be read (jsdom, no document). */
export function textScale(
  root: Element | null = globalThis.document?.documentElement ?? null,
): number {
  if (!root) return 1;
  const px = parseFloat(getComputedStyle(root).fontSize);
  return Number.isFinite(px) && px > 0 ? px / 16 : 1;
}

/** A chart's margins, given in px at the default text size, at text scale `k`. */
export function scaledMargins<M extends Record<string, number>>(m: M, k: number): M {
  return Object.fromEntries(Object.entries(m).map(([side, px]) => [side, px * k])) as M;
}

/** Tick labels on screen, px at the default text size (0.75rem, as CHART_TICK). */
export const TICK_PX = 12;

/** Tick labels' SVG attributes at text scale `k`: the muted colour, TICK_PX at the default size. */
export const tickText = (k: number) => ({ fill: 'var(--muted)', fontSize: TICK_PX * k }) as const;

/** recharts' tick text (`tick` of an axis): tickText's size in CSS, so it follows the text size. */
export const CHART_TICK = { fill: 'var(--muted)', fontSize: '0.75rem' } as const;
