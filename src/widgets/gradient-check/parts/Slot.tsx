// A number in running text, as wide before it is in as after: until then an invisible template of
// its shape (`0.0e−0`: digits are all alike in tabular figures) holds its room under a "…", so the
// line wraps the same and nothing around it moves when the number comes.
export function Slot({ text, shape }: { text: string | null; shape: string }) {
  if (text !== null) return <span className="gradient-check-slot">{text}</span>;
  return (
    <span className="gradient-check-slot" data-waiting="">
      <span className="gradient-check-slot-shape" aria-hidden="true">
        {shape}
      </span>
      <span className="gradient-check-slot-dots">…</span>
    </span>
  );
}

/** The shape of fmtSci's numbers (1.3e−3) and of a loss printed with 4 decimals. */
export const SCI_SHAPE = '0.0e−0';
export const LOSS_SHAPE = '0.0000';
