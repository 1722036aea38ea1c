// 실행 / 일시정지 / 한 단계 / 초기화 of a race, and where it stands (iteration n / N).
import type { RaceStatus } from '../race-session';
import { int } from '../race-model';

export function RaceButtons({
  status,
  iteration,
  iterations,
  onRun,
  onPause,
  onStep,
  onReset,
}: {
  status: RaceStatus;
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
    <div className="race__buttons" role="group" aria-label="학습 조작">
      {/* One button for both, so keyboard focus stays on it when the run starts or stops. */}
      <button
        type="button"
        className="race__primary"
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
      <output className="race__iteration" data-iteration={iteration}>
        반복 {int(iteration)} / {int(iterations)}
      </output>
    </div>
  );
}
