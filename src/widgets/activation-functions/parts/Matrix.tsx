// One weight matrix of the stacked-layers demo, as a small table; while the engine draws it
// (`m` null), a table of its shape with "…" in the room of each number.
import { fmt, Slot } from '../../kit';

/** The room of a weight printed with 2 significant digits ("−0.53"). */
const CELL_SHAPE = '−0.00';

export function Matrix({
  name,
  m,
  shape,
}: {
  name: string;
  m: number[][] | null;
  /** rows × columns: the table's shape while `m` is not in */
  shape: readonly [number, number];
}) {
  const [rows, cols] = m ? [m.length, m[0]?.length ?? 0] : shape;
  return (
    <figure className="activation-functions-matrix" aria-busy={!m || undefined}>
      <figcaption>
        {name}{' '}
        <span className="activation-functions-dims">
          ({rows}×{cols})
        </span>
      </figcaption>
      <table aria-label={`${name} 행렬`}>
        <tbody>
          {m
            ? m.map((row, i) => (
                <tr key={i}>
                  {row.map((v, j) => (
                    <td key={j}>{fmt(v, 2)}</td>
                  ))}
                </tr>
              ))
            : Array.from({ length: rows }, (_, i) => (
                <tr key={i}>
                  {Array.from({ length: cols }, (_, j) => (
                    <td key={j}>
                      <Slot text={null} shape={CELL_SHAPE} />
                    </td>
                  ))}
                </tr>
              ))}
        </tbody>
      </table>
    </figure>
  );
}
