// One matrix (or vector) as a small table, with its KaTeX name and its shape; while the engine's
// numbers are not in, the same table with "…" in each cell. Every cell holds the room of a
// typical number of its matrix (`room`, layer-backprop.css), numbers in or not, so on a phone a
// row of tables wraps where it will wrap once the numbers come (they took 42–73 px a cell at
// 390 px over three seeds; the rooms hold all but the longest, like "−0.0227").
import { fmt, Pending, Tex } from '../../kit';

/** The room of a cell: an input's "−1.4", a value's "−0.06", a gradient's "−0.298", a 0 or 1. */
export type Room = 'input' | 'value' | 'grad' | 'bit';

export function MatrixTable({
  id,
  tex,
  m,
  size,
  room = 'value',
  shape,
  muted,
}: {
  /** Stable name for tests (data-matrix). */
  id: string;
  tex: string;
  /** The engine's numbers; null while they are not in. */
  m: readonly (readonly number[])[] | null;
  /** [rows, cols] while `m` is null (then the table waits with this shape). */
  size?: readonly [number, number];
  /** How wide a typical number of this matrix is (the least width of its cells). */
  room?: Room;
  /** Shape as the book writes it, e.g. "(N, 3)" with N filled in; default rows × cols. */
  shape?: string;
  /** Cells to dim (e.g. where ReLU blocked the gradient). */
  muted?: (i: number, j: number) => boolean;
}) {
  const rows = m ? m.length : (size?.[0] ?? 0);
  const cols = m ? (m[0]?.length ?? 0) : (size?.[1] ?? 0);
  return (
    <figure
      className="layer-backprop-matrix"
      data-matrix={id}
      data-values={m ? JSON.stringify(m) : undefined}
      data-waiting={m ? undefined : ''}
      data-room={room}
    >
      <figcaption>
        <Tex tex={tex} />
        <span className="layer-backprop-shape">{shape ?? `(${rows}, ${cols})`}</span>
      </figcaption>
      <table>
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i}>
              {Array.from({ length: cols }, (_, j) => (
                <td key={j} className={m && muted?.(i, j) ? 'is-muted' : undefined}>
                  {m ? fmt(m[i][j], 3) : <Pending />}
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
