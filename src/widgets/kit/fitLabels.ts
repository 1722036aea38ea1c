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

export interface LabelFit {
  margin: Margins;
  /** the labels' font size, viewBox units */
  label: number;
  viewBox: string;
}

/**
 * For a plotting area `plot` (viewBox units) drawn `width` px wide: the font size in viewBox units
 * that is `px` px on screen, and margins that hold labels of that size — on each side the larger
 * of `least` and what `room(label)` asks for there. The margins change the viewBox and so the
 * scale: a few rounds settle it.
 */
export function fitLabels(
  plot: { width: number; height: number },
  width: number,
  px: number,
  least: Margins,
  room: (label: number) => Partial<Margins>,
): LabelFit {
  const marginFor = (label: number): Margins => {
    const asked = room(label);
    const side = (s: keyof Margins) => Math.max(least[s], Math.ceil(asked[s] ?? 0));
    return { top: side('top'), right: side('right'), bottom: side('bottom'), left: side('left') };
  };
  let margin = least;
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
