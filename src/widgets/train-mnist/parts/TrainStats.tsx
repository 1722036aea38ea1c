// Speed and time of the run: examples per second, the engine's backend, elapsed and remaining
// time (mm:ss, pauses excluded; remaining at the pace so far).
import type { TrainerProgress } from '../compute';
import { formatClock, int, remainingMs } from '../model';

export function TrainStats({
  progress,
  diverged,
}: {
  progress: TrainerProgress | null;
  /** a diverged run will not go on: no time left to show */
  diverged: boolean;
}) {
  const p = progress;
  const left = p && !diverged ? remainingMs(p.elapsedMs, p.iteration, p.iterations) : null;
  const items: Array<[string, string, string]> = [
    ['speed', '초당 학습 이미지', p && p.examplesPerSecond > 0 ? `${int(p.examplesPerSecond)}장/초` : '—'], // prettier-ignore
    ['backend', '백엔드', p?.backend ?? '—'],
    ['elapsed', '경과', formatClock(p ? p.elapsedMs : null)],
    ['remaining', '남은 시간', diverged ? '—' : p && p.iteration >= p.iterations ? '00:00' : formatClock(left)], // prettier-ignore
  ];
  return (
    <dl className="train-mnist__stats">
      {items.map(([key, label, value]) => (
        <div key={key} data-stat={key}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
