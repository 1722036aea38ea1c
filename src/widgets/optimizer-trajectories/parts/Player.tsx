// Play / one step / the shown step. The step is the animation's cursor, not a widget parameter
// (it is not in the URL), so it is a plain range input rather than a generated control.
export function Player({
  playing,
  step,
  totalSteps,
  onToggle,
  onStep,
  onSeek,
}: {
  playing: boolean;
  step: number;
  totalSteps: number;
  onToggle: () => void;
  onStep: () => void;
  onSeek: (k: number) => void;
}) {
  return (
    <div className="optimizer-trajectories__player" role="group" aria-label="애니메이션">
      <button type="button" onClick={onToggle} aria-pressed={playing}>
        {playing ? '⏸ 멈춤' : '▶ 재생'}
      </button>
      <button type="button" onClick={onStep}>
        한 단계 ▸
      </button>
      <label className="optimizer-trajectories__step">
        <span>현재 단계</span>
        <input
          type="range"
          min={0}
          max={totalSteps}
          step={1}
          value={step}
          aria-valuetext={`${step} / ${totalSteps}`}
          onChange={(e) => onSeek(Number(e.target.value))}
        />
        <output>
          {step} / {totalSteps}
        </output>
      </label>
    </div>
  );
}
