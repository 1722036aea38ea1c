// A panel's margins and tick size in its viewBox's units. The panel's SVG scales with its box — a
// 274-unit panel drawn 200 px wide in a row of three shrinks everything in it to 0.73 — so its
// tick labels are sized here for the screen: 11 px times the browser's text scale, whatever the
// panel's drawn width, with the margins grown to hold them where the panel is drawn small.
import type { PlotBox } from './model';

/** the least room around the plotting area, viewBox units */
export const MIN_MARGIN = { top: 8, right: 8, bottom: 18, left: 26 };
/** tick labels on screen, px at the default text size */
const TICK_PX = 11;

export interface PanelLayout {
  margin: typeof MIN_MARGIN;
  /** the ticks' font size, viewBox units */
  tick: number;
  viewBox: string;
}

/**
 * For a plotting area `box` drawn `width` px wide at text scale `k`: margins that hold an 11·k px
 * label ("−10", about 2.1 em, left of the plot; one line under it). The margins change the viewBox
 * and so the scale: a few rounds settle it.
 */
export function panelLayout(box: PlotBox, width: number, k = 1): PanelLayout {
  let margin = MIN_MARGIN;
  let tick = TICK_PX * k;
  for (let round = 0; round < 4; round++) {
    const unitsPerPx = (box.width + margin.left + margin.right) / Math.max(1, width);
    tick = TICK_PX * k * unitsPerPx;
    margin = {
      ...MIN_MARGIN,
      bottom: Math.max(MIN_MARGIN.bottom, Math.ceil(tick + 6)),
      left: Math.max(MIN_MARGIN.left, Math.ceil(2.1 * tick + 4)),
    };
  }
  const w = box.width + margin.left + margin.right;
  const h = box.height + margin.top + margin.bottom;
  return { margin, tick, viewBox: `0 0 ${w} ${h}` };
}
