// The unrolled matrix col (one row per window, columns in the book's order c, ky, kx): a heat
// map of the values, the selected row outlined; hovering or clicking a row selects its window.
import { cssVars, fmt } from '../../kit';

export function ColMatrix({
  col,
  rows,
  cols,
  selected,
  onSelect,
}: {
  col: Float32Array;
  rows: number;
  cols: number;
  selected: number;
  onSelect: (row: number) => void;
}) {
  const numbers = cols <= 12;
  const row = Array.from(col.subarray(selected * cols, (selected + 1) * cols));
  return (
    <figure className="im2col-matrix-figure">
      <div
        className="im2col-matrix"
        data-rows={rows}
        data-cols={cols}
        data-selected-row={selected}
        data-row-values={row.join(',')}
        role="img"
        aria-label={`im2col 결과 col: ${rows}행 ${cols}열, ${selected + 1}번째 행 강조`}
      >
        {Array.from({ length: rows }, (_, r) => (
          <div
            key={r}
            className={r === selected ? 'im2col-row im2col-row-on' : 'im2col-row'}
            style={{ gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))` }}
            data-row={r}
            onMouseEnter={() => onSelect(r)}
            onClick={() => onSelect(r)}
          >
            {Array.from(col.subarray(r * cols, (r + 1) * cols), (v, j) => (
              <span
                key={j}
                className={numbers ? 'im2col-heat im2col-heat-num' : 'im2col-heat'}
                style={cssVars({ '--heat': `${Math.round(v * 10)}%` })}
              >
                {numbers ? fmt(v) : null}
              </span>
            ))}
          </div>
        ))}
      </div>
      <figcaption>
        col: {rows}행 × {cols}열. 강조한 행 {selected + 1} = [{row.map((v) => fmt(v)).join(', ')}]
      </figcaption>
    </figure>
  );
}
