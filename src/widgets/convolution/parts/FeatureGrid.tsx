// One grid of numbers (small inputs) or grey pixels (a digit): the input, the filter, the
// feature map or the pooled map. Highlighted cells are the current window or output cell. Before
// the engine's numbers are in (`values` null) the grid stands in its size: a "…" in each cell,
// or, for grey pixels, blank cells under one "…".
import { fmt, Pending } from '../../kit';
import { greyLevels } from '../model';

export function FeatureGrid({
  name,
  label,
  values,
  rows,
  cols,
  grey,
  highlight,
  isPad,
  onPick,
}: {
  /** data-grid: how tests and CSS find it */
  name: string;
  label: string;
  /** the numbers; null while they are not in */
  values: ArrayLike<number> | null;
  rows: number;
  cols: number;
  /** draw grey pixels instead of numbers */
  grey: boolean;
  highlight?: ReadonlySet<number>;
  isPad?: readonly boolean[];
  /** clicking a cell picks it (the output map: the step-through follows) */
  onPick?: (k: number) => void;
}) {
  const levels = grey && values ? greyLevels(values).grey : null;
  const cells = Array.from({ length: rows * cols }, (_, k) => {
    const v = values?.[k];
    const cls = [
      'conv-cell',
      highlight?.has(k) ? 'conv-cell-on' : '',
      isPad?.[k] ? 'conv-cell-pad' : '',
    ].join(' ');
    const style = levels
      ? { background: `rgb(${levels[k]},${levels[k]},${levels[k]})` }
      : undefined;
    return (
      <div
        key={k}
        className={cls}
        style={style}
        title={v === undefined ? undefined : fmt(v)}
        data-cell={k}
        onClick={onPick ? () => onPick(k) : undefined}
      >
        {grey ? null : v === undefined ? <Pending /> : fmt(v)}
      </div>
    );
  });
  return (
    <figure className="conv-figure">
      <div
        className={grey ? 'conv-grid conv-grid-grey' : 'conv-grid'}
        style={{ gridTemplateColumns: `repeat(${cols}, ${grey ? '1fr' : 'minmax(1.9em, auto)'})` }}
        data-grid={name}
        data-shape={`${rows}x${cols}`}
        data-values={values ? Array.from(values, (v) => Number(v.toFixed(4))).join(',') : undefined}
        data-waiting={values ? undefined : ''}
        role="img"
        aria-label={`${label}: ${rows}×${cols}${values ? '' : ' (계산 중)'}`}
      >
        {cells}
        {grey && !values && (
          <span className="conv-grid-wait">
            <Pending />
          </span>
        )}
      </div>
      <figcaption>
        {label} ({rows}×{cols})
      </figcaption>
    </figure>
  );
}
