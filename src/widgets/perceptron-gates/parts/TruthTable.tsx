// The gate's truth table next to the perceptron's outputs: w·x + b, y, the target, ✓ or ✗.
import { fmt } from '../../kit';
import type { Row } from '../model';
import { Mark } from './Mark';

export function TruthTable({
  caption,
  rows,
  current,
}: {
  caption: string;
  rows: Row[];
  current?: number;
}) {
  return (
    <table className="perceptron-gates-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">x₁</th>
          <th scope="col">x₂</th>
          <th scope="col">w·x + b</th>
          <th scope="col">출력 y</th>
          <th scope="col">정답</th>
          <th scope="col">
            <span className="perceptron-gates-sr">일치</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr
            key={i}
            data-output={r.y}
            data-target={r.t}
            data-correct={r.ok}
            className={current === i ? 'perceptron-gates-row-current' : undefined}
          >
            <td>{r.x[0]}</td>
            <td>{r.x[1]}</td>
            <td>{fmt(r.sum)}</td>
            <td>{r.y}</td>
            <td>{r.t}</td>
            <Mark ok={r.ok} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
