// Numbers not in yet. `Slot`: a number (or a name the engine decides, like computational-graph's
// last node) in running text, as wide before it is in as after: until then an invisible template
// of its shape (`0.0e−0`: digits are all alike in tabular figures) holds its room under a "…", so
// the line wraps the same and nothing around it moves when it comes. `Pending`: a "…" on its own
// (a table cell). Both say what the "…" means to a screen reader, which would otherwise read out
// the dots.

/** The room of a number printed with 4 decimals under 10 ("0.6931"), as a Slot's shape. */
export const DEC4_SHAPE = '0.0000';

/** "…" seen, `label` heard. */
export function Pending({ label = '계산 중' }: { label?: string }) {
  return (
    <>
      <span aria-hidden="true">…</span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}

export function Slot({
  text,
  shape,
  label,
}: {
  /** the number (or name) as printed; null while it is not in */
  text: string | null;
  /** a template as wide as the text will be */
  shape: string;
  /** what a screen reader says while it is not in (Pending's default) */
  label?: string;
}) {
  if (text !== null) return <span className="kit-slot">{text}</span>;
  return (
    <span className="kit-slot" data-waiting="">
      <span className="kit-slot-shape" aria-hidden="true">
        {shape}
      </span>
      <span className="kit-slot-dots">
        <Pending label={label} />
      </span>
    </span>
  );
}
