// The book's four settings (the initialisation and σ together, so buttons rather than one
// generated control): σ = 1, σ = 0.01, Xavier, He.
import type { InitKind } from '../model';

const PRESETS: ReadonlyArray<{ label: string; init: InitKind; std?: number; title: string }> = [
  { label: 'σ = 1', init: 'std', std: 1, title: '표준편차 1 (책의 첫 그림)' },
  { label: 'σ = 0.01', init: 'std', std: 0.01, title: '표준편차 0.01 (책의 두 번째 그림)' },
  { label: 'Xavier', init: 'xavier', title: 'Xavier 초깃값 √(1/n)' },
  { label: 'He', init: 'he', title: 'He 초깃값 √(2/n)' },
];

export function Presets({
  init,
  std,
  onPick,
}: {
  init: InitKind;
  std: number;
  onPick: (patch: { init: InitKind; std?: number }) => void;
}) {
  return (
    <div className="weight-init-histograms__presets" role="group" aria-label="초깃값 프리셋">
      {PRESETS.map((p) => (
        <button
          key={p.label}
          type="button"
          aria-pressed={p.init === init && (p.std === undefined || p.std === std)}
          title={p.title}
          onClick={() =>
            onPick(p.std === undefined ? { init: p.init } : { init: p.init, std: p.std })
          }
        >
          {p.label}
        </button>
      ))}
    </div>
  );
}
