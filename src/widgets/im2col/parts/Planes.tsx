// The input channels of the selected window's sample, padded, with the window outlined. Click a
// cell to select the window whose top-left corner it is (where there is one). Before the engine's
// input is in (`x` null) the same grids stand with "…" in the input's cells (the padding's zeros
// and the window are the reader's settings, drawn at once).
import { fmt, Pending } from '../../kit';
import { paddedPlane, rowOf, windowIndices, type Dims } from '../model';

export function Planes({
  x,
  d,
  n,
  oy,
  ox,
  onSelect,
}: {
  /** the engine's input (N, C, H, W); null while it is not in */
  x: Float32Array | null;
  d: Dims;
  n: number;
  oy: number;
  ox: number;
  onSelect: (row: number) => void;
}) {
  const side = d.H + 2 * d.P;
  const on = new Set(windowIndices(d, oy, ox));
  const pick = (k: number) => {
    const y = Math.floor(k / side), xx = k % side; // prettier-ignore
    if (y % d.S || xx % d.S) return;
    const wy = y / d.S, wx = xx / d.S; // prettier-ignore
    if (wy < d.OH && wx < d.OH) onSelect(rowOf(d, n, wy, wx));
  };
  return (
    <div className="im2col-planes" aria-busy={!x}>
      {Array.from({ length: d.C }, (_, c) => {
        // (while waiting, the plane of zeros gives the padding's cells; its inside is not shown)
        const p = paddedPlane(x ?? new Float32Array(d.N * d.C * d.H * d.H), d, n, c);
        return (
          <figure key={c} className="im2col-plane">
            <div
              className="im2col-grid"
              style={{ gridTemplateColumns: `repeat(${side}, 1fr)` }}
              data-plane={c}
              role="img"
              aria-label={`데이터 ${n + 1}의 채널 ${c + 1}${x ? '' : ' (계산 중)'}`}
            >
              {p.values.map((v, k) => (
                <div
                  key={k}
                  className={[
                    'im2col-cell',
                    on.has(k) ? 'im2col-cell-on' : '',
                    p.isPad[k] ? 'im2col-cell-pad' : '',
                  ].join(' ')}
                  data-on={on.has(k) || undefined}
                  onClick={() => pick(k)}
                >
                  {x || p.isPad[k] ? fmt(v) : <Pending />}
                </div>
              ))}
            </div>
            <figcaption>
              x[{n}, {c}]
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}
