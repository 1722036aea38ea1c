// The filter: presets, its size (1 … 5 each way) and one number box per weight. Every change
// writes the filter's text form (the `filter` parameter, so it is in the URL).
import { FILTER_PRESETS, filterText, resizeFilter, type Filter } from '../../../experiments/client';

const SIZES = [1, 2, 3, 4, 5];

export function FilterEditor({
  filter,
  onChange,
}: {
  filter: Filter;
  onChange: (text: string) => void;
}) {
  const { rows, FH, FW } = filter;
  const setCell = (y: number, x: number, v: number) =>
    onChange(filterText(rows.map((r, i) => r.map((c, j) => (i === y && j === x ? v : c)))));
  return (
    <fieldset className="conv-filter">
      <legend>필터 W</legend>
      <div className="conv-presets" role="group" aria-label="필터 프리셋">
        {FILTER_PRESETS.map((p) => (
          <button key={p.name} type="button" onClick={() => onChange(p.text)}>
            {p.label}
          </button>
        ))}
      </div>
      <div className="conv-filter-size">
        <label>
          <span>FH</span>
          <select
            aria-label="필터 높이 FH"
            value={FH}
            onChange={(e) => onChange(resizeFilter(filter, Number(e.target.value), FW))}
          >
            {SIZES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          <span>FW</span>
          <select
            aria-label="필터 너비 FW"
            value={FW}
            onChange={(e) => onChange(resizeFilter(filter, FH, Number(e.target.value)))}
          >
            {SIZES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="conv-filter-cells" style={{ gridTemplateColumns: `repeat(${FW}, 3.6em)` }}>
        {rows.map((r, y) =>
          r.map((v, x) => (
            <input
              key={`${y}-${x}`}
              type="number"
              step={0.1}
              value={v}
              aria-label={`필터 ${y + 1}행 ${x + 1}열`}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (e.target.value !== '' && Number.isFinite(n)) setCell(y, x, n);
              }}
            />
          )),
        )}
      </div>
    </fieldset>
  );
}
