// The read-out point's gradient by each method, side by side, with each one's difference from
// the engine's backward() and the closed form 2x for comparison.
import { fmt, fmtPair, Pending, Tex } from '../../kit';
import { GRID_N, type FieldOutput } from '../compute';
import type { FieldMethod } from '../schema';

const ROWS: ReadonlyArray<{ method: FieldMethod; label: string; note: string }> = [
  { method: 'backward', label: '역전파', note: '엔진의 backward(), float32' },
  { method: 'numerical', label: '수치 미분', note: '중심 차분 h = 10⁻⁴, float64 (numpy와 같음)' },
  { method: 'numerical32', label: '수치 미분', note: '같은 식을 float32로 (엔진)' },
];

export function PointTable({
  out,
  point,
  method,
}: {
  out: FieldOutput | null;
  point: [number, number];
  method: FieldMethod;
}) {
  const k = 2 * GRID_N;
  const pair = (m: FieldMethod): [number, number] | null => {
    if (!out) return null;
    const g = m === 'backward' ? out.backward : m === 'numerical' ? out.numerical : out.numerical32;
    return [g[k], g[k + 1]];
  };
  const bw = pair('backward');
  return (
    <table className="gradient-field__table">
      <caption>
        점 {fmtPair(point)}에서의 기울기
        <Tex
          className="gradient-field__line"
          tex="\nabla f = (\partial f/\partial x_0,\ \partial f/\partial x_1)"
        />
      </caption>
      <thead>
        <tr>
          <th scope="col">∂f/∂x₀</th>
          <th scope="col">∂f/∂x₁</th>
          <th scope="col">역전파와의 차이</th>
        </tr>
      </thead>
      {/* One body per method: its name on a row of its own above its numbers, so the name never
          shares a line with 8-digit numbers (which would squeeze it) and the table keeps its
          height while the point moves. */}
      {ROWS.map((r) => {
        const g = pair(r.method);
        const diff = g && bw ? Math.max(Math.abs(g[0] - bw[0]), Math.abs(g[1] - bw[1])) : null;
        return (
          <tbody
            key={r.method}
            className={r.method === method ? 'gradient-field__row--drawn' : undefined}
          >
            <tr>
              <th scope="rowgroup" colSpan={3}>
                {r.label} <span className="gradient-field__note">{r.note}</span>
              </th>
            </tr>
            <tr
              data-method={r.method}
              data-g0={g ? String(g[0]) : undefined}
              data-g1={g ? String(g[1]) : undefined}
            >
              <td>{g ? fmt(g[0], 8) : <Pending />}</td>
              <td>{g ? fmt(g[1], 8) : <Pending />}</td>
              <td>{r.method === 'backward' ? '—' : diff === null ? <Pending /> : fmt(diff, 2)}</td>
            </tr>
          </tbody>
        );
      })}
      <tfoot>
        <tr>
          <th scope="row" colSpan={3} className="gradient-field__closed">
            손으로 미분하면 <Tex tex="\nabla f = (2x_0,\ 2x_1)" />
            <span className="gradient-field__line">
              = {fmtPair([2 * point[0], 2 * point[1]], 8)}
            </span>
          </th>
        </tr>
      </tfoot>
    </table>
  );
}
