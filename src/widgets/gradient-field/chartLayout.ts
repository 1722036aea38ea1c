// The field chart's margins and tick size in its viewBox's units. Its two SVG layers (the grid's
// arrows, the point) are drawn at the stage's width (about 330 px on a phone, up to 30rem), so
// the ticks are sized for the screen through kit fitLabels: 12 px times the browser's text scale.
import { fitLabels, TICK_PX, type LabelFit } from '../kit';
import { SIZE } from './model';

/** the least room around the plotting area, viewBox units */
export const MIN_MARGIN = { top: 8, right: 8, bottom: 26, left: 30 };

/**
 * For the chart drawn `width` px wide at text scale `k`: margins that hold its labels — "−2"
 * (about 1.2 em) left of the plot, a row of ticks and the axis name x₀ under it; `label` is the
 * ticks' size.
 */
export const fieldLayout = (width: number, k = 1): LabelFit =>
  fitLabels({ width: SIZE, height: SIZE }, width, TICK_PX * k, MIN_MARGIN, (tick) => ({
    bottom: 2 * tick + 4,
    left: 1.4 * tick + 8,
  }));
