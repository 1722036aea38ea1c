// One weight matrix of the stacked-layers demo, as a small table.
import { fmt } from '../../kit';

export function Matrix({ name, m }: { name: string; m: number[][] }) {
  return (
    <figure className="activation-functions-matrix">
      <figcaption>
        {name}{' '}
        <span className="activation-functions-dims">
          ({m.length}×{m[0]?.length ?? 0})
        </span>
      </figcaption>
      <table aria-label={`${name} 행렬`}>
        <tbody>
          {m.map((row, i) => (
            <tr key={i}>
              {row.map((v, j) => (
                <td key={j}>{fmt(v, 2)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
