// One of the overflow demo's two tables: a column of inputs, their exp values and the result y,
// with the sum underneath (float32, the engine's; ∞ and NaN in red). While the engine's numbers
// are not in, the same rows with "…" in each of their cells, each cell in its room
// (softmax.css), so nothing moves when they come.
import type { ReactNode } from 'react';
import { Pending, ScrollRegion } from '../../kit';
import { f32 } from '../model';

/** ∞ and NaN in red. */
const bad = (v: number) => (Number.isFinite(v) ? undefined : 'softmax-bad');

/** A cell: the number, or "…" while it is not in. */
function Cell({ v }: { v: number | undefined }) {
  return <td className={v === undefined ? undefined : bad(v)}>{v === undefined ? <Pending /> : f32(v)}</td>; // prettier-ignore
}

export function OverflowTable({
  kind,
  caption,
  head,
  rows,
  x,
  exp,
  y,
  sum,
}: {
  kind: 'naive' | 'stable';
  caption: ReactNode;
  head: [string, string];
  /** how many inputs (rows) */
  rows: number;
  /** the first column (the inputs, or the engine's a − c); null while it is not in */
  x: readonly number[] | null;
  exp: readonly number[] | null;
  y: readonly number[] | null;
  sum: number | null;
}) {
  return (
    <ScrollRegion className="scroll-x" label="오버플로 계산 표">
      <table
        className="softmax-overflow-table"
        data-kind={kind}
        data-y={y?.join(' ')}
        data-sum={sum === null ? undefined : String(sum)}
        data-waiting={y ? undefined : ''}
      >
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head[0]}</th>
            <th scope="col">{head[1]}</th>
            <th scope="col">y</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i}>
              <Cell v={x?.[i]} />
              <Cell v={exp?.[i]} />
              <Cell v={y?.[i]} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">합 Σ</th>
            <Cell v={sum ?? undefined} />
            <td />
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
