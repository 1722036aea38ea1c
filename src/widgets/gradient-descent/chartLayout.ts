// The descent chart's margins and label sizes in its viewBox's units. Its SVG is drawn at its box's
// width (about 330 px on a phone, up to 30rem), so its labels are sized for the screen through
// kit fitLabels: ticks 12 px and the contour labels (f=…) 11 px, times the browser's text scale.
import { fitLabels, TICK_PX, type LabelFit } from '../kit';

/** the plotting area's side, viewBox units */
export const SIZE = 320;
/** the least room around the plotting area, viewBox units */
export const MIN_MARGIN = { top: 8, right: 20, bottom: 26, left: 40 };
/** the contour labels' size against the ticks' */
export const RING_TO_TICK = 11 / 12;

/**
 * For the chart drawn `width` px wide at text scale `k`: margins that hold its labels — "−1000"
 * (about 3 em) left of the plot, a row of ticks and the axis name x₀ under it, half a label's
 * width right of the last tick; `label` is the ticks' size.
 */
export const chartLayout = (width: number, k = 1): LabelFit =>
  fitLabels({ width: SIZE, height: SIZE }, width, TICK_PX * k, MIN_MARGIN, (tick) => ({
    right: 1.4 * tick,
    bottom: 2 * tick + 5,
    left: 3 * tick + 6,
  }));
