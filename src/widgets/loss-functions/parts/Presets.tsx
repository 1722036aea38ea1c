// The book's two examples (and a flat output) as one-click presets.
import { PRESETS } from '../model';

export function Presets({
  y,
  target,
  onPick,
}: {
  y: string;
  target: string;
  onPick: (p: { y: string; target?: NonNullable<(typeof PRESETS)[number]['target']> }) => void;
}) {
  return (
    <div className="loss-presets" role="group" aria-label="예시 출력">
      {PRESETS.map((p) => (
        <button
          key={p.id}
          type="button"
          data-preset={p.id}
          aria-pressed={p.y === y && (p.target === null || p.target === target)}
          onClick={() => onPick(p.target === null ? { y: p.y } : { y: p.y, target: p.target })}
        >
          {p.label}
        </button>
      ))}
    </div>
  );
}
