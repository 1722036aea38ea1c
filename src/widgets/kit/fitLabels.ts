// A picture drawn through its viewBox scales everything in it with its drawn width: a 380-unit
// chart drawn 330 px wide on a phone draws an 11-unit label at 9.6 px. `fitLabels` sizes the
// labels in viewBox units for a size on screen instead, and grows the margins that hold them.

/** Room around a plotting area, viewBox units. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface LabelFit<M extends Margins> {
  margin: M;
  /** the labels' font size, viewBox units */
  label: number;
  viewBox: string;
}

/**
 * For a plotting area `plot` (viewBox units) drawn `width` px wide: the font size in viewBox units
 * that is `px` px on screen, and `marginFor(label)`, the margins that hold labels of that size.
 * The margins change the viewBox and so the scale: a few rounds settle it.
 */
export function fitLabels<M extends Margins>(
  plot: { width: number; height: number },
  width: number,
  px: number,
  marginFor: (label: number) => M,
): LabelFit<M> {
  let margin = marginFor(0);
  let label = px;
  for (let round = 0; round < 4; round++) {
    const unitsPerPx = (plot.width + margin.left + margin.right) / Math.max(1, width);
    label = px * unitsPerPx;
    margin = marginFor(label);
  }
  const w = plot.width + margin.left + margin.right;
  const h = plot.height + margin.top + margin.bottom;
  return { margin, label, viewBox: `0 0 ${w} ${h}` };
}
