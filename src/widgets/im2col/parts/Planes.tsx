// The input channels of the selected window's sample, padded, with the window outlined. Click a
// cell to select the window whose top-left corner it is (where there is one).
import { fmt } from '../../kit';
import { paddedPlane, rowOf, windowIndices, type Dims } from '../model';

export function Planes({
  x,
  d,
  n,
  oy,
  ox,
  onSelect,
}: {
  x: Float32Array;
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
    <div className="im2col-planes">
      {Array.from({ length: d.C }, (_, c) => {
        const p = paddedPlane(x, d, n, c);
        return (
          <figure key={c} className="im2col-plane">
            <div
              className="im2col-grid"
              style={{ gridTemplateColumns: `repeat(${side}, 1fr)` }}
              data-plane={c}
              role="img"
              aria-label={`데이터 ${n + 1}의 채널 ${c + 1}`}
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
                  {fmt(v)}
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
