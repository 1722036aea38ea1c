// The small colour key next to a series' name (in legends, tables, controls).
import './kit.css';

export function Swatch({ color, shape = 'line' }: { color: string; shape?: 'line' | 'dot' }) {
  return (
    <span className={`swatch swatch-${shape}`} style={{ background: color }} aria-hidden="true" />
  );
}
