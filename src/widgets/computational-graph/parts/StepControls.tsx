// Prev / Next / Play / back-to-start for stepping through the passes (buttons and arrow keys).
export function StepControls({
  step,
  total,
  playing,
  onStep,
  onPlay,
  waiting = false,
}: {
  step: number;
  total: number;
  playing: boolean;
  /** the engine's numbers are not in yet: the buttons stand, disabled */
  waiting?: boolean;
  onStep: (s: number) => void;
  onPlay: (on: boolean) => void;
}) {
  return (
    <div className="computational-graph-steps" role="group" aria-label="단계 이동">
      <button type="button" onClick={() => onStep(0)} disabled={waiting || step === 0}>
        처음으로
      </button>
      <button type="button" onClick={() => onStep(step - 1)} disabled={waiting || step === 0}>
        ◀ 이전
      </button>
      <button type="button" onClick={() => onStep(step + 1)} disabled={waiting || step === total}>
        다음 ▶
      </button>
      <button
        type="button"
        onClick={() => onPlay(!playing)}
        aria-pressed={playing}
        disabled={waiting}
      >
        {playing ? '멈춤' : '재생'}
      </button>
      <span className="computational-graph-count" aria-live="polite">
        단계 {step} / {total}
      </span>
    </div>
  );
}

/** Arrow keys on the figure: ←/→ one step, Home/End to the ends. Returns the new step or null. */
export function stepForKey(key: string, step: number, total: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(total, step + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, step - 1);
    case 'Home':
      return 0;
    case 'End':
      return total;
    default:
      return null;
  }
}
