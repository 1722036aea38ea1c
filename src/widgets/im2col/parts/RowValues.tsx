// The selected row of col written out, "[6, 3, 4, …]". Every value is an integer 0…9 (one digit),
// so before the engine's col is in (`row` null) the list waits in its exact room: `cols` unseen
// "0"s with their commas, wrapping where the numbers will, and a "…" at its start.
import { fmt, Slot } from '../../kit';

export function RowValues({ row, cols }: { row: number[] | null; cols: number }) {
  if (row) return <span className="im2col-row">[{row.map((v) => fmt(v)).join(', ')}]</span>;
  const room = `${', 0'.repeat(cols - 1)}]`;
  return (
    <span className="im2col-row" data-waiting="">
      [<Slot text={null} shape="0" />
      <span className="im2col-room" aria-hidden="true">
        {room}
      </span>
    </span>
  );
}
