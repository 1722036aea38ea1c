// The contour lines of a surface as SVG paths in a panel's pixel space (d3-contour over the
// engine's grid of f, loaded once per surface).
import { useEffect, useMemo, useState } from 'react';
import { contours as d3contours } from 'd3-contour';
import type { SurfaceName } from '../../experiments';
import { loadGrid, type Grid } from './compute';
import { contourPath, contourThresholds, type PlotBox } from './model';

export function useContours(
  surface: SurfaceName,
  box: PlotBox,
): Array<{ value: number; d: string }> {
  const [grid, setGrid] = useState<(Grid & { surface: SurfaceName }) | null>(null);
  useEffect(() => {
    let live = true;
    loadGrid(surface).then(
      (g) => live && setGrid({ surface, ...g }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [surface]);
  const shown = grid && grid.surface === surface ? grid : null;
  return useMemo(() => {
    if (!shown) return [];
    const th = contourThresholds(shown.values, 12);
    const polys = d3contours().size([shown.nx, shown.ny]).thresholds(th)(Array.from(shown.values));
    return polys.map((mp) => ({ value: mp.value, d: contourPath(mp, shown.nx, shown.ny, box) }));
  }, [shown, box]);
}
