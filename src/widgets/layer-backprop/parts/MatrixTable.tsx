// One matrix (or vector) as a small table, with its KaTeX name and its shape.
import { fmt, Tex } from '../../kit';

export function MatrixTable({
  id,
  tex,
  m,
  shape,
  muted,
}: {
  /** Stable name for tests (data-matrix). */
  id: string;
  tex: string;
  m: readonly (readonly number[])[];
  /** Shape as the book writes it, e.g. "(N, 3)" with N filled in; default rows × cols. */
  shape?: string;
  /** Cells to dim (e.g. where ReLU blocked the gradient). */
  muted?: (i: number, j: number) => boolean;
}) {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  return (
    <figure className="layer-backprop-matrix" data-matrix={id} data-values={JSON.stringify(m)}>
      <figcaption>
        <Tex tex={tex} />
        <span className="layer-backprop-shape">{shape ?? `(${rows}, ${cols})`}</span>
      </figcaption>
      <table>
        <tbody>
          {m.map((row, i) => (
            <tr key={i}>
              {row.map((v, j) => (
                <td key={j} className={muted?.(i, j) ? 'is-muted' : undefined}>
                  {fmt(v, 3)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** An operator between matrices (·, =, ⊙, +), vertically centred. */
export function Op({ tex }: { tex: string }) {
  return (
    <span className="layer-backprop-op">
      <Tex tex={tex} />
    </span>
  );
}
