// 실행 / 일시정지 / 한 단계 / 초기화 of a training run, and where it stands (iteration n / N):
// train-mnist and the chapter-6 races. `prefix` names the widget's classes (`${prefix}__buttons`,
// `__primary`, `__iteration`). Run and Step need a ready or paused run; Reset anything loaded.
const count = (n: number) => Math.round(n).toLocaleString('en-US');

export function RunButtons({
  prefix,
  status,
  iteration,
  iterations,
  onRun,
  onPause,
  onStep,
  onReset,
}: {
  prefix: string;
  /** the run's status: 'ready' | 'paused' | 'running' | 'loading' | 'idle' | … */
  status: string;
  iteration: number;
  iterations: number;
  onRun: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
}) {
  const idle = status === 'ready' || status === 'paused';
  const running = status === 'running';
  return (
    <div className={`${prefix}__buttons`} role="group" aria-label="학습 조작">
      {/* One button for both, so keyboard focus stays on it when the run starts or stops. */}
      <button
        type="button"
        className={`${prefix}__primary`}
        onClick={running ? onPause : onRun}
        disabled={!idle && !running}
      >
        {running ? '⏸ 일시정지' : '▶ 실행'}
      </button>
      <button type="button" onClick={onStep} disabled={!idle}>
        한 단계 ▸
      </button>
      <button
        type="button"
        onClick={onReset}
        disabled={status === 'loading' || status === 'idle'}
        title="같은 시드의 같은 초기 가중치로 처음부터 다시 시작해요"
      >
        ↺ 초기화
      </button>
      <output
        className={`${prefix}__iteration`}
        data-iteration={iteration}
        data-iterations={iterations}
      >
        반복 {count(iteration)} / {count(iterations)}
      </output>
    </div>
  );
}
