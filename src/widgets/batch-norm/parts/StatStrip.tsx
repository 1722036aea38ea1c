// All 100 values of one running statistic as ticks on a line (min at the left, max at the right),
// so the spread across units shows at a glance.
export function StatStrip({ values, label }: { values: Float32Array; label: string }) {
  let min = Infinity, max = -Infinity; // prettier-ignore
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min || 1;
  return (
    <svg
      className="bn__strip"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <line x1="0" y1="5" x2="100" y2="5" className="bn__strip-axis" />
      {Array.from(values, (v, i) => {
        const x = 1 + ((v - min) / span) * 98;
        return <line key={i} x1={x} x2={x} y1="1" y2="9" className="bn__strip-tick" />;
      })}
    </svg>
  );
}
