// One histogram as SVG bars (one path) over [range], on a shared y-scale; bins above it are drawn to the
// top with a mark, and an overflowed layer shows ∞ / NaN instead of bars. The range's ends and the
// ∞ / NaN are page text over and under the picture (in the page's type: the picture shrinks to
// ~60 % in a row of five, and text drawn in it with it, to 7 and 10 px). While the engine computes
// (`counts` null) the picture is its empty background, in its final size, and a range still to
// come (the gradients') is "…".
import { fmt, Pending } from '../../kit';
import { memo, useMemo } from 'react';
import { bars, barsPath } from '../model';

const W = 150;
const H = 90;

export const HistogramSvg = memo(function HistogramSvg({
  counts,
  scale,
  range,
  diverged,
  label,
}: {
  /** null while the engine computes */
  counts: readonly number[] | null;
  scale: number;
  /** null until the engine has answered with it */
  range: readonly [number, number] | null;
  diverged: boolean;
  label: string;
}) {
  // All bars as one path (and the clip marks as another): 2 nodes to update, not 60.
  const paths = useMemo(
    () => (counts ? barsPath(bars(counts, scale, W, H)) : null),
    [counts, scale],
  );
  return (
    <>
      <div className="weight-init-histograms__plot">
        <svg
          viewBox={`0 0 ${W} ${H + 1}`}
          className="weight-init-histograms__svg"
          role="img"
          aria-label={label}
        >
          <rect className="weight-init-histograms__plot-bg" x={0} y={0} width={W} height={H} />
          {paths && !diverged && (
            <>
              <path
                className="weight-init-histograms__bar"
                d={paths.bars}
                data-bars={counts?.length}
              />
              {paths.marks && (
                <path className="weight-init-histograms__clip-mark" d={paths.marks} />
              )}
            </>
          )}
          <line className="weight-init-histograms__axis" x1={0} x2={W} y1={H} y2={H} />
        </svg>
        {diverged && <p className="weight-init-histograms__overflow">∞ / NaN</p>}
      </div>
      <div className="weight-init-histograms__range" aria-hidden="true">
        <span>{range ? fmt(range[0]) : <Pending />}</span>
        <span>{range ? fmt(range[1]) : <Pending />}</span>
      </div>
    </>
  );
});
