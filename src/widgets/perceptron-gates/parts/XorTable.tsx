// The two-layer XOR's table: inputs, hidden outputs s₁ = NAND and s₂ = OR, y = AND(s₁, s₂).
import type { Bit } from '../../../experiments';
import { Mark } from './Mark';

export interface XorRow {
  x: readonly [Bit, Bit];
  s1: Bit;
  s2: Bit;
  y: Bit;
  t: Bit;
}

export function XorTable({ rows }: { rows: XorRow[] }) {
  return (
    <table className="perceptron-gates-table perceptron-gates-xor-table">
      <caption>2층 퍼셉트론으로 만든 XOR</caption>
      <thead>
        <tr>
          <th scope="col">x₁</th>
          <th scope="col">x₂</th>
          <th scope="col">s₁ = NAND</th>
          <th scope="col">s₂ = OR</th>
          <th scope="col">y = AND(s₁, s₂)</th>
          <th scope="col">정답</th>
          <th scope="col">
            <span className="perceptron-gates-sr">일치</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} data-output={r.y} data-target={r.t} data-correct={r.y === r.t}>
            <td>{r.x[0]}</td>
            <td>{r.x[1]}</td>
            <td>{r.s1}</td>
            <td>{r.s2}</td>
            <td>{r.y}</td>
            <td>{r.t}</td>
            <Mark ok={r.y === r.t} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
