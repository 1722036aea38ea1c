// A panel's margins and tick size in its viewBox's units. The panel's SVG scales with its box — a
// 274-unit panel drawn 200 px wide in a row of three shrinks everything in it to 0.73 — so its
// tick labels are sized here for the screen (kit fitLabels): 11 px times the browser's text scale,
// whatever the panel's drawn width, with the margins grown to hold them where it is drawn small.
import { fitLabels, type LabelFit } from '../kit';
import type { PlotBox } from './model';

/** the least room around the plotting area, viewBox units */
export const MIN_MARGIN = { top: 8, right: 8, bottom: 18, left: 26 };
/** tick labels on screen, px at the default text size */
const PANEL_TICK_PX = 11;

/**
 * For a plotting area `box` drawn `width` px wide at text scale `k`: margins that hold an 11·k px
 * label ("−10", about 2.1 em, left of the plot; one line under it); `label` is the ticks' size.
 */
export const panelLayout = (box: PlotBox, width: number, k = 1): LabelFit =>
  fitLabels(box, width, PANEL_TICK_PX * k, MIN_MARGIN, (tick) => ({
    bottom: tick + 6,
    left: 2.1 * tick + 4,
  }));
