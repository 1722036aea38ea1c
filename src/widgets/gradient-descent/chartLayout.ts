// The descent chart's margins and label sizes in its viewBox's units. Its SVG is drawn at its box's
// width (about 330 px on a phone, up to 30rem), so its labels are sized for the screen through
// kit fitLabels: ticks 12 px and the contour labels 11 px, times the browser's text scale.
import { fitLabels } from '../kit';

/** the plotting area's side, viewBox units */
export const SIZE = 320;
/** the least room around the plotting area, viewBox units */
export const MIN_MARGIN = { top: 8, right: 20, bottom: 26, left: 40 };
/** tick labels on screen, px at the default text size */
const TICK_PX = 12;
/** contour labels (f=…) on screen, px at the default text size */
const RING_PX = 11;

export interface ChartLayout {
  margin: typeof MIN_MARGIN;
  /** the ticks' font size, viewBox units */
  tick: number;
  /** the contour labels' font size, viewBox units */
  ring: number;
  viewBox: string;
}

/**
 * For the chart drawn `width` px wide at text scale `k`: margins that hold its labels — "−1000"
 * (about 3 em) left of the plot, a row of ticks and the axis name x₀ under it, half a label's
 * width right of the last tick.
 */
export function chartLayout(width: number, k = 1): ChartLayout {
  const { margin, label, viewBox } = fitLabels(
    { width: SIZE, height: SIZE },
    width,
    TICK_PX * k,
    (tick) => ({
      ...MIN_MARGIN,
      right: Math.max(MIN_MARGIN.right, Math.ceil(1.4 * tick)),
      bottom: Math.max(MIN_MARGIN.bottom, Math.ceil(2 * tick + 5)),
      left: Math.max(MIN_MARGIN.left, Math.ceil(3 * tick + 6)),
    }),
  );
  return { margin, tick: label, ring: (label * RING_PX) / TICK_PX, viewBox };
}
