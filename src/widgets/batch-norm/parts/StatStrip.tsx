// All 100 values of one running statistic as ticks on a line (min at the left, max at the right),
// so the spread across units shows at a glance. The ticks are one path (one attribute to set when
// the statistics move on, where 100 lines were 200: ten strips of them made a 50–80 ms commit).
export function StatStrip({ values, label }: { values: Float32Array; label: string }) {
  let min = Infinity, max = -Infinity; // prettier-ignore
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min || 1;
  let ticks = '';
  for (const v of values) {
    const x = 1 + ((v - min) / span) * 98;
    if (Number.isFinite(x)) ticks += `M${x.toFixed(2)} 1V9`;
  }
  return (
    <svg
      className="bn__strip"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <line x1="0" y1="5" x2="100" y2="5" className="bn__strip-axis" />
      <path d={ticks} className="bn__strip-tick" data-ticks={values.length} />
    </svg>
  );
}
